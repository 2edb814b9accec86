/**
 * @module
 * Revising a household's advance after its facts changed (Awir art. 16: the advance is revised when
 * the data it rests on changes) — one way for every path that changes facts: a citizen's reported
 * change (`wijzigingen.ts`) and a partner's report (`partner/`). First the effect per toeslag (the
 * advance in force, the new year amount, the schedule over the months not yet paid); then, in the
 * caller's transaction, a new advance decision version per toeslag whose schedule changes (each has
 * its letter, `brieven/`), or — when a maatwerk decision is in force for it — a case in the maatwerk
 * queue with the new standard amount instead (issue 10, item 12: maatwerk is never dropped).
 */
import {
  type BeschikkingVersie,
  beschikkingenVan,
  betalingenVan,
  geldende,
  herbereken,
  nieuwSchema,
  schrijfBeschikkingVersie,
} from '@regelmaat/beschikking';
import type { Sql } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';
import { Onverwerkbaar } from '@regelmaat/kernel';
import { REGELINGEN, type RegelingId } from '@regelmaat/law';
import { maakZaak } from '@regelmaat/zaken';
import { datumVan, type Omgeving } from './omgeving';
import { volgendeBetaaldatum } from './overzicht';
import { uitvalBuitenRun } from './uitval/uitval-buiten-run';

export interface WijzigingsEffect {
  regeling: RegelingId;
  naam: string;
  /** Year amount of the advance in force now, and after the change (eurocents). */
  jaarbedragNu: number;
  jaarbedragNieuw: number;
  /**
   * The first month not yet paid, with its advance now and after the change: from the payments
   * of this toeslag when there are any, else the month of the next payment date (the month after
   * today, as the overview says); absent when no month of the year is left to pay.
   */
  volgendeMaand?: { maand: number; nu: number; nieuw: number };
  /**
   * What reporting now prevents: the recovery after the year if the old advance kept being paid,
   * less what is still recovered with the new schedule (months already paid stay paid). Zero when
   * no month is left to pay (December): then nothing can be avoided.
   */
  voorkomenTerugvordering: number;
  /**
   * What is still recovered in the definitive calculation after the change (the months already
   * paid exceed the new year amount); zero when nothing changes.
   */
  terugvorderingNaJaar: number;
  /**
   * How much more the year amount becomes (paid over the months left, or after the year when none
   * is left). Never a rounding remainder of the schedule in force: the same year amount is no change.
   */
  extra: number;
  nieuwSchema: number[];
  /**
   * Present when a maatwerk decision is in force for this toeslag: the amount then stays as it is
   * (`jaarbedragNieuw` = `jaarbedragNu`, the schedule unchanged) and a case worker decides again;
   * `standaardNieuw` is what the standard rule would give after the change.
   */
  maatwerk?: { besluitId: number; standaardNieuw: number };
}

/** The reason code of a case opened because a change meets maatwerk in force. */
export const WIJZIGING_BIJ_MAATWERK = 'WIJZIGING_BIJ_MAATWERK';

/**
 * The index (0 = January) of the first month of `jaar` whose advance is not yet paid, or -1. With
 * payment data: the first month without a payment. Without any (no payment run yet for this
 * toeslag): the month of the next payment date after `vandaag`, never a month already past.
 */
export function eersteOnbetaaldeMaand(
  betaald: readonly (number | null)[],
  vandaag: string,
  jaar: number,
): number {
  if (betaald.some((x) => x !== null)) return betaald.indexOf(null);
  const v = volgendeBetaaldatum(vandaag, jaar);
  return v ? v.maand - 1 : -1;
}

export interface Herziening {
  effecten: WijzigingsEffect[];
  /** The advance in force per toeslag before the change. */
  inKracht: Map<RegelingId, BeschikkingVersie>;
  invoerHash: string;
  /** The persons of the household after the change. */
  bsn: ReturnType<typeof herbereken>['dossier']['bsn'];
  /** The facts after the change (the exception rules read them, uitval/uitval-buiten-run.ts). */
  feiten: readonly Feit[];
}

/**
 * The effect of the household's facts `na` (as they will be after the change) on its advances of
 * `jaar`. A dossier that the change makes inconsistent is refused (422), nothing written.
 */
export async function herzieningVan(
  tx: Sql,
  o: Omgeving,
  huishoudenId: number,
  jaar: number,
  na: readonly Feit[],
  op: string,
): Promise<Herziening> {
  const vandaag = datumVan(op);
  const h = herbereken(na, jaar, op, o.wetgeving);
  if (h.problemen.length > 0) {
    throw new Onverwerkbaar(
      'wijziging-onverwerkbaar',
      `Met deze wijziging klopt het dossier niet: ${h.problemen.join('; ')}`,
    );
  }
  const inKracht = geldende(await beschikkingenVan(tx, huishoudenId), jaar, 'voorschot');
  const betaald = await betalingenVan(tx, huishoudenId, jaar);
  const effecten: WijzigingsEffect[] = [];
  for (const r of REGELINGEN) {
    const oud = inKracht.get(r.id);
    const nieuwJaar = Math.max(0, h.jaarbedragen.get(r.id) ?? 0);
    const jaarNu = oud?.jaarbedrag ?? 0;
    if (!oud && nieuwJaar === 0) continue;
    const b = betaald.get(r.id) ?? new Array<number | null>(12).fill(null);
    const volgende = eersteOnbetaaldeMaand(b, vandaag, jaar);
    if (oud?.aanleiding === 'maatwerk' && oud.maatwerkbesluitId !== undefined) {
      // Maatwerk in force: the amount stays until a case worker has decided on the new facts.
      effecten.push({
        regeling: r.id,
        naam: r.naam,
        jaarbedragNu: jaarNu,
        jaarbedragNieuw: jaarNu,
        ...(volgende >= 0
          ? {
              volgendeMaand: {
                maand: volgende + 1,
                nu: oud.maandbedragen[volgende]!,
                nieuw: oud.maandbedragen[volgende]!,
              },
            }
          : {}),
        voorkomenTerugvordering: 0,
        terugvorderingNaJaar: 0,
        extra: 0,
        nieuwSchema: [...oud.maandbedragen],
        maatwerk: { besluitId: oud.maatwerkbesluitId, standaardNieuw: nieuwJaar },
      });
      continue;
    }
    effecten.push(effectVanSchema(r, oud, nieuwJaar, b, volgende));
  }
  return { effecten, inKracht, invoerHash: h.invoerHash, bsn: h.dossier.bsn, feiten: na };
}

/**
 * The effect on one toeslag (pure): the advance in force `oud` (none: no advance yet), the new year
 * amount, the months paid (null: not yet) and the first month not yet paid (-1: none left).
 */
export function effectVanSchema(
  r: { id: RegelingId; naam: string },
  oud: Pick<BeschikkingVersie, 'jaarbedrag' | 'maandbedragen'> | undefined,
  nieuwJaar: number,
  b: readonly (number | null)[],
  volgende: number,
): WijzigingsEffect {
  const jaarNu = oud?.jaarbedrag ?? 0;
  // The same year amount is no change: the schedule in force stays (its rounding remainder is
  // settled after the year as it would have been), so nothing is written and nothing is promised.
  const zelfde = oud !== undefined && oud.jaarbedrag === nieuwJaar;
  const schema = zelfde ? [...oud.maandbedragen] : nieuwSchema(nieuwJaar, b);
  const oudTotaal = oud ? oud.maandbedragen.reduce((s, x) => s + x, 0) : 0;
  const nieuwTotaal = schema.reduce((s, x) => s + x, 0);
  // Recovered after the year if nothing were reported, and still recovered with the new schedule
  // (months already paid stay paid): the difference is what reporting now avoids — nothing once
  // every month is paid.
  const terugZonder = Math.max(0, oudTotaal - nieuwJaar);
  const terugMet = zelfde ? terugZonder : Math.max(0, nieuwTotaal - nieuwJaar);
  return {
    regeling: r.id,
    naam: r.naam,
    jaarbedragNu: jaarNu,
    jaarbedragNieuw: nieuwJaar,
    ...(volgende >= 0
      ? {
          volgendeMaand: {
            maand: volgende + 1,
            nu: oud?.maandbedragen[volgende] ?? 0,
            nieuw: schema[volgende]!,
          },
        }
      : {}),
    voorkomenTerugvordering: zelfde ? 0 : Math.max(0, terugZonder - terugMet),
    terugvorderingNaJaar: zelfde ? 0 : terugMet,
    extra: Math.max(0, nieuwJaar - jaarNu),
    nieuwSchema: schema,
  };
}

/** Whether an effect changes the advance in force (a new version would differ from it). */
export function verandertVoorschot(e: WijzigingsEffect, oud: BeschikkingVersie | undefined): boolean {
  if (e.maatwerk) return false;
  return !(oud && oud.maandbedragen.join() === e.nieuwSchema.join() && oud.jaarbedrag === e.jaarbedragNieuw);
}

/**
 * Writes what a revision decides, in the caller's transaction: a new advance version per toeslag
 * whose schedule changes, and a maatwerk case per toeslag with maatwerk in force. `aanleiding`
 * names the change in the decisions' and cases' notes ("wijziging doorgegeven: inkomen").
 */
export async function schrijfHerziening(
  tx: Sql,
  o: Omgeving,
  huishoudenId: number,
  jaar: number,
  herziening: Herziening,
  aanleiding: { toelichting: string; wijziging: string },
  op: string,
): Promise<{ beschikkingen: number[]; zaken: number[] }> {
  const beschikkingen: number[] = [];
  const zaken: number[] = [];
  for (const e of herziening.effecten) {
    const oud = herziening.inKracht.get(e.regeling);
    if (e.maatwerk) {
      const zaak = await maakZaak(
        tx,
        {
          soort: 'maatwerk-verzoek',
          huishoudenId,
          onderwerp: `Wijziging bij maatwerk: ${e.naam} ${jaar} opnieuw beoordelen`,
          redenen: [WIJZIGING_BIJ_MAATWERK],
          toelichting: {
            wijziging: aanleiding.wijziging,
            maatwerkbesluitId: e.maatwerk.besluitId,
            beschikkingId: oud?.id,
            jaarbedragInKracht: e.jaarbedragNu,
            standaardNieuw: e.maatwerk.standaardNieuw,
          },
          prioriteit: 2,
          regeling: e.regeling,
          jaar,
        },
        { id: 'systeem', rol: 'systeem' },
        op,
      );
      zaken.push(zaak.id);
      continue;
    }
    if (!verandertVoorschot(e, oud)) continue;
    beschikkingen.push(
      await schrijfBeschikkingVersie(tx, {
        huishoudenId,
        regeling: e.regeling,
        jaar,
        soort: 'voorschot',
        jaarbedrag: e.jaarbedragNieuw,
        maandbedragen: e.nieuwSchema,
        aanleiding: 'wijziging',
        ...(oud ? { vorigeId: oud.id } : {}),
        toelichting: aanleiding.toelichting,
        invoerHash: herziening.invoerHash,
        parameterset: o.wetgeving,
        bekendOp: op,
      }),
    );
  }
  // The exception rules run here as in the runs (issue 16): a revision that leaves a recovery of
  // € 1,500 or more opens the hearing case, missing data their case (uitval/uitval-buiten-run.ts).
  if (beschikkingen.length > 0) {
    const betaald: Partial<Record<RegelingId, number>> = {};
    const besluit: Partial<Record<RegelingId, number>> = {};
    for (const e of herziening.effecten) {
      betaald[e.regeling] = e.nieuwSchema.reduce((s, x) => s + x, 0);
      besluit[e.regeling] = e.jaarbedragNieuw;
    }
    const zaak = await uitvalBuitenRun(
      tx,
      o,
      { huishoudenId, jaar, feiten: herziening.feiten, betaald, besluit, aanleiding: aanleiding.toelichting },
      op,
    );
    if (zaak !== undefined) zaken.push(zaak);
  }
  return { beschikkingen, zaken };
}
