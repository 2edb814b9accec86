/**
 * @module
 * The auditor's workspace on the processing log (issue 19): search by person, activity, staff
 * member and period, a page at a time, and the trace of one record. Reading log records about
 * people is itself a processing: logged (`logboek-inzien-auditor`) for every person on the page —
 * by BSN when the auditor searched one, otherwise by the pseudonym the records hold.
 */

import type { Sql } from '@regelmaat/db';
import { Ongeldig } from '@regelmaat/kernel';
import {
  activiteitId,
  type GezochteVerwerking,
  logVerwerking,
  pseudoniem,
  verwerkingenVanTrace,
  type Zoekresultaat,
  zoekVerwerkingen,
} from '@regelmaat/logboek';
import { type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import { LogboekZoekVerzoek } from './verzoeken/logboek-zoeken';
import { valideer } from './verzoeken/valideer';

export const LOGBOEK_PER_PAGINA = 25;

async function logInzage(
  o: Omgeving,
  ctx: Context,
  tx: Sql,
  regels: readonly GezochteVerwerking[],
  bsn: string | undefined,
  op: string,
): Promise<void> {
  const pseudoniemen = [...new Set(regels.map((r) => r.betrokkene))];
  if (!bsn && pseudoniemen.length === 0) return;
  const s = ctx.sessie!;
  await logVerwerking(tx, {
    trace: ctx.trace,
    activiteit: activiteitId('logboek-inzien-auditor'),
    naam: 'verwerkingenlogboek doorzoeken',
    betrokkenen: bsn ? [bsn] : [],
    pseudoniemen: bsn
      ? pseudoniemen.filter((p) => p !== pseudoniem(bsn, o.sleutels.pseudoniem))
      : pseudoniemen,
    start: op,
    eind: o.klok(),
    actor: { id: s.id, rol: s.rol },
    sleutel: o.sleutels.pseudoniem,
  });
}

/** One page of the processing log matching the auditor's filters, newest first. */
export async function zoekInLogboek(o: Omgeving, ctx: Context, invoer: unknown): Promise<Zoekresultaat> {
  vereis(ctx, 'verwerkingen:lezen');
  const v = valideer(LogboekZoekVerzoek, invoer);
  const bsn = v.persoon && /^\d{9}$/.test(v.persoon) ? v.persoon : undefined;
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const r = await zoekVerwerkingen(tx, {
      ...(v.persoon ? { pseudoniem: bsn ? pseudoniem(bsn, o.sleutels.pseudoniem) : v.persoon } : {}),
      ...(v.activiteit ? { activiteit: activiteitId(v.activiteit) } : {}),
      ...(v.medewerker ? { actorId: v.medewerker } : {}),
      ...(v.van ? { van: `${v.van}T00:00:00.000Z` } : {}),
      // The last day counts: up to the start of the next day (UTC).
      ...(v.tot ? { tot: new Date(Date.parse(`${v.tot}T00:00:00.000Z`) + 86_400_000).toISOString() } : {}),
      pagina: v.pagina ?? 1,
      perPagina: LOGBOEK_PER_PAGINA,
    });
    await logInzage(o, ctx, tx, r.regels, bsn, op);
    return r;
  });
}

/** Every record of one trace: what else happened in the same request or run step. */
export async function spoorInLogboek(
  o: Omgeving,
  ctx: Context,
  traceId: string,
): Promise<GezochteVerwerking[]> {
  vereis(ctx, 'verwerkingen:lezen');
  if (!/^[0-9a-f]{32}$/.test(traceId))
    throw new Ongeldig([{ naam: 'traceId', reden: 'moet 32 tekens 0-9 en a-f zijn', code: 'formaat' }]);
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const r = await verwerkingenVanTrace(tx, traceId);
    await logInzage(o, ctx, tx, r, undefined, op);
    return r;
  });
}
