/**
 * @module
 * The result of a run as data (the CLI's JSON, the API's answer, the web's tables): budgets per
 * toeslag and in total, recipients who gain, lose, start or stop, the five buckets per income
 * decile and household type with the average change, and the waterfall of the parts. Amounts are
 * eurocents a year over the simulated households; `opgehoogd` figures are those times the
 * `ophoogfactor` (households in the Netherlands ÷ simulated households), in whole euros.
 */
import { REGELINGEN, type RegelingId } from '@regelmaat/law';
import { AANTAL_HUISHOUDENS, HUISHOUDTYPEN, type HuishoudType } from '@regelmaat/populatie';
import type { Hervorming } from './hervorming/hervorming';
import { type Marges, margesVan } from './marges/resultaat';
import { DECIELEN, EMMERS, type Emmer, type Telling } from './telling';
import { type VariantWaarde, variantVan } from './varianten/variant';
import { STANDAARD_NORMEN, type WerklastNormen } from './werklast/normen';
import { type Werklast, werklastVan } from './werklast/resultaat';

export interface BudgetRegel {
  regeling: RegelingId | 'totaal';
  naam: string;
  /** Eurocents a year over the simulated households. */
  basis: number;
  hervorming: number;
  verschil: number;
  ontvangersBasis: number;
  ontvangersHervorming: number;
  /** Whole euros a year, scaled to all households. */
  opgehoogdVerschil: number;
}

export interface OntvangersRegel {
  regeling: RegelingId;
  naam: string;
  wint: number;
  verliest: number;
  start: number;
  stopt: number;
  /** Households for which the toeslag could not be computed (law values missing), per scenario. */
  nietBerekenbaar: number[];
  /**
   * The new recipients' own average amount under the reform, and what those who stop had under
   * the baseline (eurocents a month: the year amount ÷ 12, rounded; 0 when there are none).
   */
  gemiddeldNieuwPerMaand: number;
  gemiddeldGestoptPerMaand: number;
}

export interface GroepRegel {
  /** `1` … `10` for a decile, the household type otherwise. */
  groep: string;
  huishoudens: number;
  emmers: Record<Emmer, number>;
  /** Average change of the household's toeslagen (eurocents a year, rounded). */
  gemiddeldeVerandering: number;
  /** Sum of the change (eurocents a year). */
  verschil: number;
}

export interface WatervalStap {
  naam: string;
  /** Change per toeslag (REGELINGEN order) and in total against the step before (eurocents). */
  perRegeling: number[];
  totaal: number;
  opgehoogdTotaal: number;
}

export interface Resultaat {
  hervorming: Pick<Hervorming, 'naam' | 'auteur' | 'datum' | 'beschrijving' | 'jaar'> & {
    beperkingen: string[];
    onderdelen: string[];
    /** The variant modules the reform uses, with their proposal values and sources. */
    varianten: { naam: string; titel: string; beschrijving: string; waarden: VariantWaarde[] }[];
  };
  huishoudens: number;
  ophoogfactor: number;
  begroting: BudgetRegel[];
  ontvangers: OntvangersRegel[];
  emmers: {
    namen: readonly Emmer[];
    totaal: Record<Emmer, number>;
    perDeciel: GroepRegel[];
    perType: GroepRegel[];
  };
  waterval: WatervalStap[];
  /** The uitvoeringstoets: what the reform does to the work of the agency and to recoveries. */
  werklast: Werklast;
  /** Households near a threshold under baseline and reform, and those the reform moves across. */
  marges: Marges;
}

function emmersVan(t: Telling, g: number): Record<Emmer, number> {
  return Object.fromEntries(EMMERS.map((e, i) => [e, t.emmer(g, i)])) as Record<Emmer, number>;
}

function groep(t: Telling, g: number, naam: string): GroepRegel {
  const n = t.groepHuishoudens(g);
  return {
    groep: naam,
    huishoudens: n,
    emmers: emmersVan(t, g),
    verschil: t.groepVerschil(g),
    gemiddeldeVerandering: n > 0 ? Math.round(t.groepVerschil(g) / n) : 0,
  };
}

/** The result of a finished count for reform `h` with the names of its parts. */
export function resultaatVan(
  t: Telling,
  h: Hervorming,
  normen: WerklastNormen = STANDAARD_NORMEN,
  totaalHuishoudens = AANTAL_HUISHOUDENS,
): Resultaat {
  const n = t.huishoudens;
  const factor = n > 0 ? totaalHuishoudens / n : 0;
  const laatste = t.scenarios - 1;
  const som = (s: number, f: (s: number, r: number) => number) =>
    REGELINGEN.reduce((acc, _, r) => acc + f(s, r), 0);
  const begroting: BudgetRegel[] = REGELINGEN.map((reg, r) => ({
    regeling: reg.id,
    naam: reg.naam,
    basis: t.budget(0, r),
    hervorming: t.budget(laatste, r),
    verschil: t.budget(laatste, r) - t.budget(0, r),
    ontvangersBasis: t.ontvangers(0, r),
    ontvangersHervorming: t.ontvangers(laatste, r),
    opgehoogdVerschil: Math.round(((t.budget(laatste, r) - t.budget(0, r)) * factor) / 100),
  }));
  const basis = som(0, (s, r) => t.budget(s, r));
  const hervorming = som(laatste, (s, r) => t.budget(s, r));
  begroting.push({
    regeling: 'totaal',
    naam: 'Totaal',
    basis,
    hervorming,
    verschil: hervorming - basis,
    // The sum of the recipients per toeslag (a household with two toeslagen counts twice); the
    // tables show no household count in this row.
    ontvangersBasis: som(0, (s, r) => t.ontvangers(s, r)),
    ontvangersHervorming: som(laatste, (s, r) => t.ontvangers(s, r)),
    opgehoogdVerschil: Math.round(((hervorming - basis) * factor) / 100),
  });
  const waterval: WatervalStap[] = h.onderdelen.map((o, i) => {
    const perRegeling = REGELINGEN.map((_, r) => t.budget(i + 1, r) - t.budget(i, r));
    const totaal = perRegeling.reduce((a, b) => a + b, 0);
    return { naam: o.naam, perRegeling, totaal, opgehoogdTotaal: Math.round((totaal * factor) / 100) };
  });
  const totaal = Object.fromEntries(
    EMMERS.map((e, i) => [
      e,
      Array.from({ length: DECIELEN }, (_, d) => t.emmer(d, i)).reduce((a, b) => a + b, 0),
    ]),
  ) as Record<Emmer, number>;
  return {
    hervorming: {
      naam: h.naam,
      auteur: h.auteur,
      datum: h.datum,
      beschrijving: h.beschrijving,
      jaar: h.jaar,
      beperkingen: h.beperkingen ?? [],
      onderdelen: h.onderdelen.map((o) => o.naam),
      varianten: h.onderdelen.flatMap((o) => {
        if (o.variant === undefined) return [];
        const v = variantVan(o.variant);
        return [{ naam: v.naam, titel: v.titel, beschrijving: v.beschrijving, waarden: [...v.waarden] }];
      }),
    },
    huishoudens: n,
    ophoogfactor: factor,
    begroting,
    ontvangers: REGELINGEN.map((reg, r) => ({
      regeling: reg.id,
      naam: reg.naam,
      wint: t.wint(r),
      verliest: t.verliest(r),
      start: t.start(r),
      stopt: t.stopt(r),
      nietBerekenbaar: Array.from({ length: t.scenarios }, (_, s) => t.nietBerekenbaar(s, r)),
      gemiddeldNieuwPerMaand: t.start(r) > 0 ? Math.round(t.startBedrag(r) / t.start(r) / 12) : 0,
      gemiddeldGestoptPerMaand: t.stopt(r) > 0 ? Math.round(t.stopBedrag(r) / t.stopt(r) / 12) : 0,
    })),
    emmers: {
      namen: EMMERS,
      totaal,
      perDeciel: Array.from({ length: DECIELEN }, (_, d) => groep(t, d, String(d + 1))),
      perType: HUISHOUDTYPEN.map((ty: HuishoudType, i) => groep(t, DECIELEN + i, ty)),
    },
    waterval,
    werklast: werklastVan(t, normen, factor),
    marges: margesVan(t, factor * n),
  };
}
