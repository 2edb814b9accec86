/**
 * @module
 * The structured maatwerk decision record (C6, domain reference §4.4): the standard outcome, the
 * deviation, the legal ground, the weighing (optionally on the three perspectives legal,
 * financial-economic and social of the UWV Maatwerkplaats), the answers to the three house
 * questions, and the level (this case, comparable cases, structural). Checking the input is pure:
 * every problem gets a Dutch message with its field.
 */
import { isRegelingId } from '@regelmaat/law';
import { GRONDSLAGEN, grondslagMetId } from './grondslagen';
import type { Regeling } from './typen';

export type Niveau = 'geval' | 'vergelijkbaar' | 'structureel';
export const NIVEAUS: readonly Niveau[] = ['geval', 'vergelijkbaar', 'structureel'];

/** Household types used to compare decisions (no protected or proxy features). */
export const HUISHOUDTYPEN = [
  'alleenstaande',
  'alleenstaande-met-kinderen',
  'paar',
  'paar-met-kinderen',
  'overig',
] as const;
export type Huishoudtype = (typeof HUISHOUDTYPEN)[number];

export type BesluitStatus = 'wacht-op-goedkeuring' | 'goedgekeurd' | 'afgewezen' | 'van-kracht';

export interface Afwijking {
  /** The amount decided instead of the standard outcome (eurocents). */
  bedrag: number;
  /** The period it applies to (civil dates, inclusive). */
  periode?: { van: string; tot: string };
  /** A payment arrangement instead of paying at once. */
  betalingsregeling?: { termijnen: number; bedragPerTermijn: number };
}

export interface MaatwerkInvoer {
  zaakId: number;
  regeling: Regeling;
  jaar: number;
  /**
   * What the law gives (eurocents) and where that comes from. Computed by the caller's server side
   * (diensten: the definitive decision in force, or the advance recomputed from the dossier), never
   * taken from a request: the approval threshold compares the deviation with it.
   */
  standaardUitkomst: { bedrag: number; omschrijving: string };
  afwijking: Afwijking;
  /** Id from GRONDSLAGEN. */
  grondslag: string;
  /** The weighing of interests, in words. */
  afweging: string;
  /** Optional weighing per perspective. */
  perspectieven?: { juridisch: string; financieel: string; sociaal: string };
  /** The three house questions: Is het rechtvaardig? Doen we het samen? Zijn we aanspreekbaar op de uitkomsten? */
  vragen: { rechtvaardig: string; samen: string; aanspreekbaar: string };
  niveau: Niveau;
  huishoudtype: Huishoudtype;
  /** Reason codes of the situation, for finding comparable decisions and cases. */
  redenen: string[];
  /** Ids of earlier decisions that were considered (precedents). */
  precedenten?: number[];
}

export interface Maatwerkbesluit {
  id: number;
  zaakId: number;
  huishoudenId: number;
  regeling: Regeling;
  jaar: number;
  standaardUitkomst: { bedrag: number; omschrijving: string };
  afwijking: Afwijking;
  /** afwijking.bedrag − standaardUitkomst.bedrag (eurocents). */
  verschil: number;
  grondslag: string;
  afweging: string;
  perspectieven?: { juridisch: string; financieel: string; sociaal: string };
  vragen: { rechtvaardig: string; samen: string; aanspreekbaar: string };
  niveau: Niveau;
  huishoudtype: Huishoudtype;
  redenen: string[];
  precedenten: number[];
  status: BesluitStatus;
  auteur: string;
  aangemaaktOp: string;
  beoordelaar: string | null;
  beoordeeldOp: string | null;
  beoordelingToelichting: string | null;
  beschikkingId: number | null;
  vanKrachtOp: string | null;
}

const leeg = (s: unknown) => typeof s !== 'string' || s.trim() === '';
/** The amounts and counts are `integer` columns (migration 007): anything larger is refused here. */
const INTEGER_MAX = 2 ** 31 - 1;
const centen = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= INTEGER_MAX;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;
/** A date that exists (2026-02-30 does not; the database would refuse it). */
const bestaat = (d: string) => DATUM.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

/** Every problem with the input, in Dutch; empty when it is complete and consistent. */
export function controleerMaatwerk(i: MaatwerkInvoer): string[] {
  const p: string[] = [];
  if (!Number.isSafeInteger(i?.zaakId) || i.zaakId <= 0) p.push('zaakId: moet een zaaknummer zijn');
  if (!isRegelingId(i?.regeling)) p.push(`regeling: onbekende regeling "${i?.regeling}"`);
  if (!Number.isInteger(i?.jaar) || i.jaar < 2000 || i.jaar > 2100) p.push('jaar: moet een jaartal zijn');
  if (!centen(i?.standaardUitkomst?.bedrag))
    p.push('standaardUitkomst.bedrag: moet een bedrag in hele centen zijn, van 0 tot € 21.474.836,47');
  if (leeg(i?.standaardUitkomst?.omschrijving))
    p.push('standaardUitkomst.omschrijving: beschrijf de standaarduitkomst');
  if (!centen(i?.afwijking?.bedrag))
    p.push('afwijking.bedrag: moet een bedrag in hele centen zijn, van 0 tot € 21.474.836,47');
  const periode = i?.afwijking?.periode;
  if (periode !== undefined) {
    if (!bestaat(periode.van ?? '') || !bestaat(periode.tot ?? ''))
      p.push('afwijking.periode: van en tot moeten datums zijn (JJJJ-MM-DD)');
    else if (periode.tot < periode.van) p.push('afwijking.periode: tot ligt vóór van');
  }
  const regeling = i?.afwijking?.betalingsregeling;
  if (regeling !== undefined) {
    if (
      !Number.isSafeInteger(regeling.termijnen) ||
      regeling.termijnen < 1 ||
      regeling.termijnen > INTEGER_MAX
    )
      p.push('afwijking.betalingsregeling.termijnen: minstens 1 termijn');
    if (!centen(regeling.bedragPerTermijn) || regeling.bedragPerTermijn < 1)
      p.push('afwijking.betalingsregeling.bedragPerTermijn: een bedrag in hele centen (> 0)');
  }
  if (!grondslagMetId(i?.grondslag))
    p.push(`grondslag: kies een van ${GRONDSLAGEN.map((g) => g.id).join(', ')}`);
  if (leeg(i?.afweging)) p.push('afweging: beschrijf de afweging van belangen');
  if (i?.perspectieven !== undefined)
    for (const k of ['juridisch', 'financieel', 'sociaal'] as const)
      if (leeg(i.perspectieven[k]))
        p.push(`perspectieven.${k}: vul dit perspectief in of laat perspectieven weg`);
  if (leeg(i?.vragen?.rechtvaardig)) p.push('vragen.rechtvaardig: beantwoord "Is het rechtvaardig?"');
  if (leeg(i?.vragen?.samen)) p.push('vragen.samen: beantwoord "Doen we het samen?"');
  if (leeg(i?.vragen?.aanspreekbaar))
    p.push('vragen.aanspreekbaar: beantwoord "Zijn we aanspreekbaar op de uitkomsten?"');
  if (!NIVEAUS.includes(i?.niveau)) p.push('niveau: kies geval, vergelijkbaar of structureel');
  if (!(HUISHOUDTYPEN as readonly string[]).includes(i?.huishoudtype))
    p.push(`huishoudtype: kies een van ${HUISHOUDTYPEN.join(', ')}`);
  if (!Array.isArray(i?.redenen) || i.redenen.some(leeg)) p.push('redenen: een lijst met redencodes');
  if (
    i?.precedenten !== undefined &&
    (!Array.isArray(i.precedenten) || i.precedenten.some((n) => !Number.isSafeInteger(n)))
  )
    p.push('precedenten: een lijst met besluitnummers');
  return p;
}

/**
 * The approval threshold (eurocents, € 500): a deviation of more than this from the standard
 * outcome needs a team lead other than the author (four-eyes). The database holds the same value
 * (`maatwerk_goedkeuringsdrempel()`, migration 013) and refuses an approved or in-force decision
 * above it without a reviewer. A lower threshold may be configured (stricter); a higher one not.
 */
export const GOEDKEURINGSDREMPEL = 50_000;

/**
 * Four-eyes is needed when the requested amount departs from the standard outcome by more than the
 * threshold, and always for a remedy meant for more cases than this one (level 2 or 3): its effect
 * is multiplied over the comparable cases. Mirrors `maatwerk_vier_ogen_nodig` of migration 013.
 */
export function goedkeuringNodig(
  standaard: number,
  afwijking: number,
  niveau: Niveau,
  drempel: number = GOEDKEURINGSDREMPEL,
): boolean {
  return niveau !== 'geval' || Math.abs(afwijking - standaard) > Math.min(drempel, GOEDKEURINGSDREMPEL);
}
