/**
 * @module
 * The workload of a run as data: cases per reason code on both sides, the staff hours they take,
 * letters, objections and calls, households whose advance changes, and recoveries at the
 * definitive calculation. Counts of the sample are kept as counted; every `opgehoogd` figure is
 * scaled to all households in the Netherlands (whole numbers). The prices come from the norms,
 * which are assumptions (see `normen.ts`).
 */
import { STANDAARD_REGELS } from '@regelmaat/uitval';
import type { Telling } from '../telling';
import type { WerklastNormen } from './normen';

export interface ZaakRegel {
  code: string;
  titel: string;
  prioriteit: number;
  /** Cases in the sample whose first reason is this code: advance run, definitive run. */
  basis: { voorschot: number; definitief: number };
  hervorming: { voorschot: number; definitief: number };
  /** Findings of the code in the sample (also as a later reason), both runs. */
  vondstenBasis: number;
  vondstenHervorming: number;
  urenPerZaak: number;
  /** Scaled to all households: extra cases (reform − baseline) and the hours they take. */
  opgehoogdExtraZaken: number;
  opgehoogdExtraUren: number;
}

export interface Werklast {
  /** Households whose cases and recoveries were counted, and the factor to all households. */
  steekproef: number;
  factor: number;
  zaken: ZaakRegel[];
  /** Scaled to all households. */
  opgehoogd: {
    zakenBasis: number;
    zakenHervorming: number;
    extraZaken: number;
    /** Households whose advance changes (over all simulated households, scaled). */
    voorschotWijzigt: number;
    beschikkingenGewijzigd: number;
    beschikkingenLager: number;
    brieven: number;
    bezwaren: number;
    gesprekken: number;
    uren: { zaken: number; bezwaren: number; gesprekken: number; totaal: number };
  };
  /** Recoveries of € 1,000 or more at the definitive calculation (households), and all recoveries (euros), scaled. */
  terugvorderingen: {
    basis: { groot: number; bedrag: number };
    hervorming: { groot: number; bedrag: number };
    /** In the sample (not scaled). */
    steekproefGroot: { basis: number; hervorming: number };
  };
  normen: WerklastNormen;
}

/**
 * The workload of count `t`; `ophoog` scales all simulated households to the Netherlands, the
 * sample is scaled by `ophoog × simulated ÷ sample`.
 */
export function werklastVan(t: Telling, normen: WerklastNormen, ophoog: number): Werklast {
  const steekproef = t.steekproef;
  const factor = steekproef > 0 ? (ophoog * t.huishoudens) / steekproef : 0;
  const zaken: ZaakRegel[] = STANDAARD_REGELS.map((r, c) => {
    const basis = { voorschot: t.zaken(0, 0, c), definitief: t.zaken(0, 1, c) };
    const hervorming = { voorschot: t.zaken(1, 0, c), definitief: t.zaken(1, 1, c) };
    const extra = hervorming.voorschot + hervorming.definitief - basis.voorschot - basis.definitief;
    const uren = normen.urenPerZaak[r.code]?.waarde ?? 0;
    return {
      code: r.code,
      titel: r.titel,
      prioriteit: r.prioriteit,
      basis,
      hervorming,
      vondstenBasis: t.vondsten(0, c),
      vondstenHervorming: t.vondsten(1, c),
      urenPerZaak: uren,
      opgehoogdExtraZaken: Math.round(extra * factor),
      opgehoogdExtraUren: Math.round(extra * uren * factor),
    };
  });
  const som = (f: (z: ZaakRegel) => number) => zaken.reduce((a, z) => a + f(z), 0);
  const zakenBasis = Math.round(som((z) => z.basis.voorschot + z.basis.definitief) * factor);
  const zakenHervorming = Math.round(som((z) => z.hervorming.voorschot + z.hervorming.definitief) * factor);
  const extraZaken = zakenHervorming - zakenBasis;
  const gewijzigd = t.beschikkingGewijzigd * ophoog;
  const lager = t.beschikkingLager * ophoog;
  const brieven = gewijzigd + extraZaken * normen.brievenPerZaak.waarde;
  const bezwaren =
    lager * normen.bezwaarKansLager.waarde + (gewijzigd - lager) * normen.bezwaarKansAnders.waarde;
  const gesprekken = brieven * normen.belKansPerBrief.waarde;
  const uren = {
    zaken: Math.round(som((z) => z.opgehoogdExtraUren)),
    bezwaren: Math.round(bezwaren * normen.urenPerBezwaar.waarde),
    gesprekken: Math.round(gesprekken * normen.urenPerGesprek.waarde),
    totaal: 0,
  };
  uren.totaal = uren.zaken + uren.bezwaren + uren.gesprekken;
  const kant = (k: number) => ({
    groot: Math.round(t.terugGroot(k) * factor),
    bedrag: Math.round((t.terugSom(k) * factor) / 100),
  });
  return {
    steekproef,
    factor,
    zaken,
    opgehoogd: {
      zakenBasis,
      zakenHervorming,
      extraZaken,
      voorschotWijzigt: Math.round(t.voorschotWijzigt * ophoog),
      beschikkingenGewijzigd: Math.round(gewijzigd),
      beschikkingenLager: Math.round(lager),
      brieven: Math.round(brieven),
      bezwaren: Math.round(bezwaren),
      gesprekken: Math.round(gesprekken),
      uren,
    },
    terugvorderingen: {
      basis: kant(0),
      hervorming: kant(1),
      steekproefGroot: { basis: t.terugGroot(0), hervorming: t.terugGroot(1) },
    },
    normen,
  };
}
