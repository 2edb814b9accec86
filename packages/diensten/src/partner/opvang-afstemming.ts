/**
 * @module
 * Comparing a childcare provider's report with what the parent said (Awir art. 38 lid 4/5: the
 * provider reports per child the hours, the average hourly rate and the contract's start and end).
 * Pure: the household's facts and the report in, what follows out. The provider's data is a
 * separate source and never silently overwrites the parent's statement:
 *
 * - **Deregistration** (an end date): the parent's childcare for this child that runs past it ends
 *   on it — from the first of the next month it counts no more (Awir art. 5; a month the contract
 *   overlaps still counts, Besluit kinderopvangtoeslag art. 2) — unless the parent reported that
 *   childcare *after* the provider drew up its report: then the parent's word is newer and the two
 *   go to a case worker with both values. A parent's contract that starts after the end date (a new
 *   provider, say) is not touched.
 * - **Hours and rate**: in each month that is over when the report was drawn up, the provider's
 *   hours are compared with the parent's; a clear difference (the thresholds of the exception rule
 *   OPVANGUREN_VERSCHIL: more than 10% and more than 8 hours) — or a rate more than 10% off — is a
 *   question for a case worker with both values, never a new amount.
 * - When the parent reported no childcare for this child in the year there is nothing to compare.
 */
import type { Feit } from '@regelmaat/dossier';
import type { DossierFeit } from '@regelmaat/dossier-opslag';
import { hoursToCentihours, storedEurosToCents } from '@regelmaat/kernel';
import { maandenMetOverlap, opvangCentiurenPerMaand } from '@regelmaat/law';
import { OPVANGUREN_AFWIJKING_AANDEEL, OPVANGUREN_AFWIJKING_MINIMUM } from '@regelmaat/uitval';

export interface OpvangMeldingInhoud {
  kindBsn: string;
  jaar: number;
  soort: 'dagopvang' | 'buitenschoolse-opvang' | 'gastouderopvang';
  /** Hours per month, January..December. */
  uren: readonly number[];
  /** Average hourly rate (euros, at most 2 decimals). */
  uurprijs?: number;
  /** Last day of the contract (deregistration), `YYYY-MM-DD` in `jaar`. */
  einddatum?: string;
}

/** One month whose hours clearly differ (centihours). */
export interface UrenVerschil {
  maand: number;
  ouder: number;
  aanbieder: number;
}

export interface Afwijking {
  maanden: UrenVerschil[];
  /** The hourly rates (eurocents) when they clearly differ. */
  uurprijs?: { ouder: number; aanbieder: number };
  /**
   * A deregistration the parent contradicted later: the parent's last day (null: no end) and the
   * provider's, and when the parent said so.
   */
  einde?: { ouder: string | null; aanbieder: string; ouderGemeldOp: string };
}

export interface Uitschrijving {
  einddatum: string;
  /** The parent's childcare facts to supersede, and their copies that end on the end date. */
  vervallen: number[];
  nieuw: Feit[];
}

export interface Afstemming {
  /** Whether the parent reported childcare for this child in this year. */
  opgave: boolean;
  uitschrijving?: Uitschrijving;
  afwijking?: Afwijking;
}

/** The day after a civil date (the exclusive end of a period that includes it). */
export function dagNa(datum: string): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The day before a civil date (the last day of a period that ends before it). */
export function dagVoor(datum: string): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Whether `verschil` is a clear difference against `basis` (more than the share and the minimum). */
function duidelijk(verschil: number, basis: number, minimum: number): boolean {
  return verschil > minimum && verschil * 1_000_000 > OPVANGUREN_AFWIJKING_AANDEEL * basis;
}

/** The parent's centihours per month of the year for one child, from its childcare facts. */
function ouderUren(facts: readonly DossierFeit[], jaar: number): number[] {
  const uit = new Array<number>(12).fill(0);
  for (const f of facts) {
    const w = f.waarde as Feit<'kinderopvang'>['waarde'];
    const centi = hoursToCentihours(w.urenPerMaand);
    const per = opvangCentiurenPerMaand(jaar, centi, f.geldigVanaf, f.geldigTot);
    const mask = maandenMetOverlap(jaar, f.geldigVanaf, f.geldigTot);
    for (let m = 0; m < 12; m++) if (mask & (1 << m)) uit[m]! += per?.[m] ?? centi;
  }
  return uit;
}

/**
 * What a report means against the household's current facts. `opgesteldOp` is when the provider
 * drew it up (ISO timestamp), `op` now (the copies' recording time).
 */
export function stemOpvangAf(
  feiten: readonly DossierFeit[],
  m: OpvangMeldingInhoud,
  opgesteldOp: string,
  op: string,
): Afstemming {
  const jaarBegin = `${m.jaar}-01-01`;
  const jaarEinde = `${m.jaar + 1}-01-01`;
  const ouder = feiten.filter(
    (f) =>
      f.soort === 'kinderopvang' &&
      !f.vervallenOp &&
      f.persoonBsn === m.kindBsn &&
      (f.geldigVanaf ?? jaarBegin) < jaarEinde &&
      (f.geldigTot ?? jaarEinde) > jaarBegin,
  );
  if (ouder.length === 0) return { opgave: false };
  const afwijking: Afwijking = { maanden: [] };
  let uitschrijving: Uitschrijving | undefined;

  if (m.einddatum) {
    const tot = dagNa(m.einddatum);
    const lopend = ouder.filter(
      (f) => (f.geldigVanaf ?? '0000-01-01') < tot && (f.geldigTot ?? '9999-12-31') > tot,
    );
    const nieuwer = lopend.filter((f) => f.geregistreerdOp > opgesteldOp);
    if (nieuwer.length > 0) {
      const ouderTot = nieuwer[0]!.geldigTot;
      afwijking.einde = {
        ouder: ouderTot ? dagVoor(ouderTot) : null,
        aanbieder: m.einddatum,
        ouderGemeldOp: nieuwer[0]!.geregistreerdOp,
      };
    } else if (lopend.length > 0) {
      uitschrijving = {
        einddatum: m.einddatum,
        vervallen: lopend.map((f) => f.id),
        nieuw: lopend.map((f): Feit => {
          const { id: _id, vervallenOp: _v, ...rest } = f;
          return { ...rest, geldigTot: tot, bron: 'aanbieder', geregistreerdOp: op } as Feit;
        }),
      };
    }
  }

  // Hours: only months that were over when the report was drawn up, and before a reported end.
  const opgesteld = opgesteldOp.slice(0, 7);
  const ouderPerMaand = ouderUren(ouder, m.jaar);
  for (let maand = 0; maand < 12; maand++) {
    const maandEinde = `${m.jaar}-${String(maand + 1).padStart(2, '0')}`;
    if (maandEinde >= opgesteld) break;
    if (m.einddatum && `${maandEinde}-01` > m.einddatum) break;
    const a = hoursToCentihours(m.uren[maand] ?? 0);
    const o = ouderPerMaand[maand]!;
    if (duidelijk(Math.abs(a - o), o, OPVANGUREN_AFWIJKING_MINIMUM))
      afwijking.maanden.push({ maand: maand + 1, ouder: o, aanbieder: a });
  }
  if (m.uurprijs !== undefined) {
    const laatste = [...ouder]
      .sort((x, y) => ((x.geldigVanaf ?? '') < (y.geldigVanaf ?? '') ? -1 : 1))
      .at(-1)!;
    // The parent's fact holds eurocents; the report gives euros.
    const o: number = (laatste.waarde as Feit<'kinderopvang'>['waarde']).uurprijs;
    const a = storedEurosToCents(m.uurprijs);
    if (duidelijk(Math.abs(a - o), o, 0)) afwijking.uurprijs = { ouder: o, aanbieder: a };
  }
  const wijktAf = afwijking.maanden.length > 0 || afwijking.uurprijs || afwijking.einde;
  return {
    opgave: true,
    ...(uitschrijving ? { uitschrijving } : {}),
    ...(wijktAf ? { afwijking } : {}),
  };
}
