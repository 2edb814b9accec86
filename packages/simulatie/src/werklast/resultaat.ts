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
import { type Interval95, interval95 } from './interval';
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
  /** The 95 % interval of the scaled extra cases (the sample's uncertainty). */
  extraZakenInterval95: Interval95;
}

/** Recoveries on one side, scaled: households with € 1,000 or more, and the amount (euros), with 95 % intervals. */
export interface TerugKant {
  groot: number;
  bedrag: number;
  grootInterval95: Interval95;
  bedragInterval95: Interval95;
}

export interface Werklast {
  /**
   * Households whose cases and recoveries were counted (every simulated household up to 100,000,
   * a systematic sample above), and the factor to all households.
   */
  steekproef: number;
  /** Whether every simulated household was counted (`steekproef` equals the run's households). */
  alleHuishoudens: boolean;
  factor: number;
  zaken: ZaakRegel[];
  /** Scaled to all households. */
  opgehoogd: {
    zakenBasis: number;
    zakenHervorming: number;
    extraZaken: number;
    /** 95 % intervals of the extra cases and of the hours they take (the sample's uncertainty). */
    extraZakenInterval95: Interval95;
    urenZakenInterval95: Interval95;
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
    basis: TerugKant;
    hervorming: TerugKant;
    /** The change in recoveries of € 1,000 or more (households, scaled) and its 95 % interval. */
    verschilGroot: number;
    verschilGrootInterval95: Interval95;
    /** The change in the amount recovered (euros, scaled) and its 95 % interval. */
    verschilBedrag: number;
    verschilBedragInterval95: Interval95;
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
  const totaal = ophoog * t.huishoudens;
  const factor = steekproef > 0 ? totaal / steekproef : 0;
  const kruis = (gewicht: (c: number) => number) => {
    let som = 0;
    for (let a = 0; a < t.c; a++)
      for (let b = 0; b < t.c; b++) som += gewicht(a) * gewicht(b) * t.zaakKruis(a, b);
    return som;
  };
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
      extraZakenInterval95: interval95(extra, t.zaakKruis(c, c), steekproef, totaal),
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
  const kant = (k: number): TerugKant => ({
    groot: Math.round(t.terugGroot(k) * factor),
    bedrag: Math.round((t.terugSom(k) * factor) / 100),
    grootInterval95: interval95(t.terugGroot(k), t.terugGroot(k), steekproef, totaal),
    bedragInterval95: interval95(t.terugSom(k), t.terugKwadraat(k), steekproef, totaal, 100),
  });
  const extraPerCode = STANDAARD_REGELS.map(
    (_, c) => t.zaken(1, 0, c) + t.zaken(1, 1, c) - t.zaken(0, 0, c) - t.zaken(0, 1, c),
  );
  const urenVan = (c: number) => normen.urenPerZaak[STANDAARD_REGELS[c]!.code]?.waarde ?? 0;
  const somExtra = extraPerCode.reduce((a, b) => a + b, 0);
  const somUren = extraPerCode.reduce((a, e, c) => a + e * urenVan(c), 0);
  return {
    steekproef,
    alleHuishoudens: steekproef === t.huishoudens,
    factor,
    zaken,
    opgehoogd: {
      zakenBasis,
      zakenHervorming,
      extraZaken,
      extraZakenInterval95: interval95(
        somExtra,
        kruis(() => 1),
        steekproef,
        totaal,
      ),
      urenZakenInterval95: interval95(somUren, kruis(urenVan), steekproef, totaal),
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
      verschilGroot: Math.round((t.terugGroot(1) - t.terugGroot(0)) * factor),
      verschilGrootInterval95: interval95(
        t.terugGroot(1) - t.terugGroot(0),
        t.terugGrootVerschilKwadraat,
        steekproef,
        totaal,
      ),
      verschilBedrag: Math.round(((t.terugSom(1) - t.terugSom(0)) * factor) / 100),
      verschilBedragInterval95: interval95(
        t.terugSom(1) - t.terugSom(0),
        t.terugVerschilKwadraat,
        steekproef,
        totaal,
        100,
      ),
      steekproefGroot: { basis: t.terugGroot(0), hervorming: t.terugGroot(1) },
    },
    normen,
  };
}
