/**
 * @module
 * Gelijke gevallen gelijk (domain reference §3.2 lesson 8, W-04): finding earlier maatwerk
 * decisions comparable to a situation, and warning when a choice departs from them.
 *
 * Score (0…1) of an earlier, approved decision (same regeling always):
 *  - 0.5 × overlap of reason codes (Jaccard: shared / all),
 *  - 0.3 × closeness of the standard amount (1 − |a − b| / max(a, b); 1 when both are 0),
 *  - 0.2 × same household type.
 * Only decisions that share a reason code or the household type are candidates.
 */
import type { Sql } from '@regelmaat/db';
import type { Maatwerkbesluit } from './maatwerk-invoer';
import { BESLUIT_KOLOMMEN, type BesluitRij, naarBesluit } from './maatwerk-rij';

export interface VergelijkZoekvraag {
  regeling: string;
  redenen: string[];
  /** The standard outcome of the situation (eurocents). */
  bedrag: number;
  huishoudtype: string;
  /** At most this many, best first; default 10. */
  limiet?: number;
}

export interface VergelijkbaarBesluit {
  besluit: Maatwerkbesluit;
  /** 0…1, higher is more alike. */
  score: number;
  gedeeldeRedenen: string[];
  zelfdeHuishoudtype: boolean;
  /** besluit.standaardUitkomst.bedrag − zoekvraag.bedrag (eurocents). */
  bedragVerschil: number;
}

/** How many candidates are read before scoring (most recent first). */
const KANDIDATEN = 1000;

export function vergelijkingsscore(
  vraag: Pick<VergelijkZoekvraag, 'redenen' | 'bedrag' | 'huishoudtype'>,
  b: Pick<Maatwerkbesluit, 'redenen' | 'standaardUitkomst' | 'huishoudtype'>,
): Omit<VergelijkbaarBesluit, 'besluit'> {
  const eigen = new Set(vraag.redenen);
  const ander = new Set(b.redenen);
  const gedeeld = [...eigen].filter((r) => ander.has(r)).sort();
  const alle = new Set([...eigen, ...ander]).size;
  const redenScore = alle === 0 ? 0 : gedeeld.length / alle;
  const a = vraag.bedrag;
  const c = b.standaardUitkomst.bedrag;
  const grootste = Math.max(Math.abs(a), Math.abs(c));
  const bedragScore = grootste === 0 ? 1 : Math.max(0, 1 - Math.abs(a - c) / grootste);
  const zelfde = vraag.huishoudtype === b.huishoudtype;
  return {
    score: Math.round((0.5 * redenScore + 0.3 * bedragScore + 0.2 * (zelfde ? 1 : 0)) * 1000) / 1000,
    gedeeldeRedenen: gedeeld,
    zelfdeHuishoudtype: zelfde,
    bedragVerschil: c - a,
  };
}

/** Approved (or in force) decisions for the same regeling, scored, best first. */
export async function vergelijkbareBesluiten(
  sql: Sql,
  vraag: VergelijkZoekvraag,
): Promise<VergelijkbaarBesluit[]> {
  const r = await sql.query<BesluitRij>(
    `SELECT ${BESLUIT_KOLOMMEN} FROM maatwerkbesluit b
      WHERE b.regeling = $1 AND b.status IN ('goedgekeurd', 'van-kracht')
        AND (b.redenen && $2::text[] OR b.huishoudtype = $3)
      ORDER BY b.id DESC LIMIT ${KANDIDATEN}`,
    [vraag.regeling, vraag.redenen, vraag.huishoudtype],
  );
  return r.rows
    .map((rij) => {
      const besluit = naarBesluit(rij);
      return { besluit, ...vergelijkingsscore(vraag, besluit) };
    })
    .sort((x, y) => y.score - x.score || y.besluit.id - x.besluit.id)
    .slice(0, Math.max(1, vraag.limiet ?? 10));
}

export interface MaatwerkKeuze {
  standaardBedrag: number;
  afwijkingBedrag: number;
}

export interface Waarschuwing {
  code: 'AFWIJKEND_VAN_VERGELIJKBAAR';
  /** Dutch, for the case worker. */
  melding: string;
  /** The comparable decisions the warning is about. */
  besluitIds: number[];
  /** Median deviation of those decisions, as a fraction of their standard amount (−0.25 = 25 % lower). */
  mediaanAfwijking: number;
}

/** Only decisions at least this alike count for the warning. */
export const MIN_SCORE = 0.5;
/** Allowed distance between the relative deviation chosen and the median of comparable ones. */
export const MARGE = 0.25;

function relatief(standaard: number, afwijking: number): number {
  if (standaard === 0) return afwijking === 0 ? 0 : 1;
  return (afwijking - standaard) / standaard;
}

function mediaan(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const procent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * A warning when the choice departs from comparable decisions (score ≥ MIN_SCORE): the relative
 * deviation differs from their median by more than MARGE, or goes the other way. Undefined when
 * there are no comparable decisions or the choice is in line with them. A warning does not block:
 * the case worker explains the difference in the weighing.
 */
export function afwijkingVanVergelijkbaar(
  keuze: MaatwerkKeuze,
  vergelijkbaar: readonly VergelijkbaarBesluit[],
): Waarschuwing | undefined {
  const telt = vergelijkbaar.filter((v) => v.score >= MIN_SCORE);
  if (telt.length === 0) return undefined;
  const hun = telt.map((v) => relatief(v.besluit.standaardUitkomst.bedrag, v.besluit.afwijking.bedrag));
  const m = mediaan(hun);
  const eigen = relatief(keuze.standaardBedrag, keuze.afwijkingBedrag);
  const andereRichting = Math.sign(eigen) !== Math.sign(m) && Math.abs(eigen - m) > 0.05;
  if (!andereRichting && Math.abs(eigen - m) <= MARGE) return undefined;
  const richting = (x: number) => (x < 0 ? `${procent(-x)} lager` : x > 0 ? `${procent(x)} hoger` : 'gelijk');
  return {
    code: 'AFWIJKEND_VAN_VERGELIJKBAAR',
    melding:
      `Uw keuze (${richting(eigen)} dan de standaarduitkomst) wijkt af van ${telt.length} vergelijkbare ` +
      `besluit${telt.length === 1 ? '' : 'en'} (mediaan: ${richting(m)}). Leg in de afweging uit waarom dit geval anders is.`,
    besluitIds: telt.map((v) => v.besluit.id),
    mediaanAfwijking: Math.round(m * 1000) / 1000,
  };
}
