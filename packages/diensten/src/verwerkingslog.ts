/**
 * @module
 * Writes the processing log (Logboek Dataverwerkingen) for one service action: one record per data
 * subject, in the same transaction as the action itself, so a read or write of personal data is
 * never done without its log record (and a failing log write undoes the action).
 */
import type { Sql } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';
import { personenVanHuishoudens } from '@regelmaat/dossier-opslag';
import { type ActiviteitSleutel, activiteitId, logVerwerking } from '@regelmaat/logboek';
import { huishoudensVanZaken } from '@regelmaat/zaken';
import type { Context } from './context';
import type { Omgeving } from './omgeving';

export async function log(
  o: Omgeving,
  ctx: Context,
  sql: Sql,
  activiteit: ActiviteitSleutel,
  naam: string,
  betrokkenen: readonly string[],
  start: string,
): Promise<void> {
  if (betrokkenen.length === 0) return;
  await logVerwerking(sql, {
    trace: ctx.trace,
    activiteit: activiteitId(activiteit),
    naam,
    betrokkenen: [...new Set(betrokkenen)],
    start,
    eind: o.klok(),
    actor: ctx.sessie ? { id: ctx.sessie.id, rol: ctx.sessie.rol } : { id: 'anoniem', rol: 'anoniem' },
    sleutel: o.sleutels.pseudoniem,
  });
}

export { huishoudensVanZaken, personenVanHuishoudens };

/**
 * Logs one action on the data of these households: a record for every person of each of them
 * (`personenVanHuishoudens`), in the caller's transaction.
 */
export async function logHuishoudens(
  o: Omgeving,
  ctx: Context,
  sql: Sql,
  activiteit: ActiviteitSleutel,
  naam: string,
  huishoudenIds: readonly number[],
  start: string,
): Promise<void> {
  await log(o, ctx, sql, activiteit, naam, await personenVanHuishoudens(sql, huishoudenIds), start);
}

/** All persons of a household as known in its dossier. */
export function personen(bsn: {
  aanvrager: string;
  toeslagpartner?: string;
  kinderen: readonly string[];
  medebewoners: readonly string[];
}): string[] {
  return [
    bsn.aanvrager,
    ...(bsn.toeslagpartner ? [bsn.toeslagpartner] : []),
    ...bsn.kinderen,
    ...bsn.medebewoners,
  ];
}

/** The persons of a household as its current facts know them (for operations without a built dossier). */
export function personenUitFeiten(feiten: readonly Feit[]): string[] {
  return feiten
    .filter((f) => f.soort === 'persoon' && f.persoonBsn && !f.vervallenOp)
    .map((f) => f.persoonBsn!);
}
