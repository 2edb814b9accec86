/**
 * @module
 * What a housing corporation's and a health insurer's report share (issue 16, migration 043): the
 * partner is the authenticated client of the session and must be of the right kind; every report
 * carries its own id (a repeat changes nothing and answers as the first time, the same id with
 * other content is refused with 409); a report drawn up before the newest accepted one on the same
 * link changes nothing (`verouderd`); the report is stored once, also when two arrive at once.
 */
import { createHash } from 'node:crypto';
import type { Sql } from '@regelmaat/db';
import { Conflict, Geweigerd, Ongeldig } from '@regelmaat/kernel';
import {
  type EerdereWijziging,
  eerdereWijziging,
  legPartnerWijzigingVast,
  type PartnerWijzigingRij,
  type WijzigingUitkomst,
} from '@regelmaat/partner-opslag';
import { type PartnerSoort, partnerSoort } from '@regelmaat/toegang';
import { type Context, vereis } from '../context';
import type { Omgeving } from '../omgeving';

export type { WijzigingUitkomst };

export interface WijzigingAntwoord {
  /** True when this request changed the dossier (never for a repeat). */
  verwerkt: boolean;
  melding: string;
  uitkomst: WijzigingUitkomst;
  meldingId: string;
  /** True when this report id was received before (nothing changed now). */
  herhaald: boolean;
  /** The new advance decisions this report caused (empty for a repeat). */
  beschikkingen: number[];
  /** The case opened (or joined) for this report. */
  zaakId?: number;
}

const VERANDERT: readonly WijzigingUitkomst[] = ['verwerkt', 'afwijking', 'herberekend', 'in-behandeling'];

/** The partner of the session, checked to be of `soort`; throws 403 otherwise. */
export async function partnerVan(
  o: Omgeving,
  ctx: Context,
  soort: PartnerSoort,
  wat: string,
): Promise<string> {
  const s = vereis(ctx, 'feit:melden');
  const clientId = s.clientId;
  if (!clientId || (await partnerSoort(o.db, clientId)) !== soort)
    throw new Geweigerd(`Alleen een ${wat} doet deze melding.`);
  return clientId;
}

export interface Voorbereid {
  meldingId: string;
  opgesteldOp: string;
  inhoud: string;
}

/** Checks when the report was drawn up (not in the future) and hashes what it says. */
export function bereidVoor(
  meldingId: string,
  opgesteldOp: string | undefined,
  inhoud: readonly unknown[],
  op: string,
): Voorbereid {
  const t = opgesteldOp === undefined ? Date.parse(op) : Date.parse(opgesteldOp);
  if (Number.isNaN(t)) throw new Ongeldig([{ naam: 'opgesteldOp', reden: 'is geen tijdstip' }]);
  const iso = new Date(t).toISOString();
  if (t > Date.parse(op) + 5 * 60_000)
    throw new Ongeldig([{ naam: 'opgesteldOp', reden: 'ligt in de toekomst' }]);
  return {
    meldingId,
    opgesteldOp: iso,
    inhoud: createHash('sha256')
      .update(JSON.stringify([...inhoud, iso]))
      .digest('hex'),
  };
}

/** A report's date must lie in a year whose law values are known (2025 or 2026). */
export function inBekendJaar(naam: string, datum: string): void {
  if (datum < '2025-01-01' || datum > '2026-12-31')
    throw new Ongeldig([{ naam, reden: 'moet in 2025 of 2026 liggen' }]);
}

export function wijzigingAntwoord(
  uitkomst: WijzigingUitkomst,
  meldingId: string,
  herhaald: boolean,
  teksten: Record<WijzigingUitkomst, string>,
  gevolgen: { beschikkingen: number[]; zaakId?: number | null } = { beschikkingen: [] },
): WijzigingAntwoord {
  return {
    verwerkt: VERANDERT.includes(uitkomst) && !herhaald,
    melding: herhaald
      ? `Deze melding was al ontvangen; er is niets gewijzigd. (${teksten[uitkomst]})`
      : teksten[uitkomst],
    uitkomst,
    meldingId,
    herhaald,
    beschikkingen: herhaald ? [] : gevolgen.beschikkingen,
    ...(gevolgen.zaakId ? { zaakId: gevolgen.zaakId } : {}),
  };
}

/** A repeat of a report id: the same content answers as the first time, other content is refused. */
export function alsHerhaling(
  v: Voorbereid,
  eerder: EerdereWijziging,
  teksten: Record<WijzigingUitkomst, string>,
): WijzigingAntwoord {
  if (eerder.inhoud !== v.inhoud)
    throw new Conflict(
      'melding-id-hergebruikt',
      `Melding ${v.meldingId} is al ontvangen met een andere inhoud. Geef een nieuwe melding een nieuw meldingId.`,
    );
  return wijzigingAntwoord(eerder.uitkomst, v.meldingId, true, teksten, {
    beschikkingen: [],
    zaakId: eerder.zaakId,
  });
}

class GelijktijdigeHerhaling extends Error {}

/**
 * Runs one report in its own transaction: a repeat answers as before (and is logged by `logHerhaling`),
 * otherwise `verwerk` decides and writes, and the report is stored with its outcome. When the same
 * id was stored at the same moment by another transaction, this one rolls back and answers as a repeat.
 */
export async function inTransactie(
  o: Omgeving,
  clientId: string,
  v: Voorbereid,
  teksten: Record<WijzigingUitkomst, string>,
  logHerhaling: (tx: Sql) => Promise<void>,
  verwerk: (tx: Sql) => Promise<{
    rij: Omit<PartnerWijzigingRij, 'clientId' | 'meldingId' | 'opgesteldOp' | 'inhoud'>;
    antwoord: WijzigingAntwoord;
  }>,
): Promise<WijzigingAntwoord> {
  return o.db
    .transaction(async (tx) => {
      const eerder = await eerdereWijziging(tx, clientId, v.meldingId);
      if (eerder) {
        const a = alsHerhaling(v, eerder, teksten);
        await logHerhaling(tx);
        return a;
      }
      const { rij, antwoord } = await verwerk(tx);
      const opgeslagen = await legPartnerWijzigingVast(tx, {
        ...rij,
        clientId,
        meldingId: v.meldingId,
        opgesteldOp: v.opgesteldOp,
        inhoud: v.inhoud,
      });
      if (!opgeslagen) throw new GelijktijdigeHerhaling();
      return antwoord;
    })
    .catch(async (e: unknown) => {
      if (!(e instanceof GelijktijdigeHerhaling)) throw e;
      const eerder = await eerdereWijziging(o.db, clientId, v.meldingId);
      if (!eerder) throw e;
      return alsHerhaling(v, eerder, teksten);
    });
}
