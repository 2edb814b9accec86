/**
 * @module
 * The counts of a run, as one flat Float64Array so that a worker's part travels to the main thread
 * as one buffer and parts add up element by element. Per scenario (baseline, then the law after
 * each part of the reform) and toeslag: the budget and the recipients. Between the baseline and the
 * whole reform: per toeslag who gains, loses, starts and stops; per group (ten income deciles, then
 * the household types) the households, their toeslagen before, the sum of the change and the five
 * buckets of the change relative to the household's toeslagen before. The workload: over all
 * households the changed and lower advance decisions; over the sampled households, per side
 * (baseline, whole reform), the cases per reason code and run, the findings, and the recoveries
 * (`voegWerklastToe`, from `werklast/teller.ts`). Sums of eurocents in a
 * Float64 are exact up to 2^53 cents (€ 90 trillion).
 */
import { type Bedragen, NIET_BEREKENBAAR, REGELINGEN } from '@regelmaat/law';
import { HUISHOUDTYPEN } from '@regelmaat/populatie';
import { STANDAARD_REGELS } from '@regelmaat/uitval';
import { GRENZEN } from './marges/grenzen';

/** A recovery of at least this much (eurocents) is counted apart: € 1,000. */
export const GROTE_TERUGVORDERING = 100_000;

/** The five buckets, in this order. */
export const EMMERS = ['winst-groot', 'winst-klein', 'gelijk', 'verlies-klein', 'verlies-groot'] as const;
export type Emmer = (typeof EMMERS)[number];
export const DECIELEN = 10;
/** Groups: the ten deciles, then the household types. */
export const GROEPEN = DECIELEN + HUISHOUDTYPEN.length;

/**
 * The bucket of a household whose toeslagen go from `voor` to `na` (eurocents a year): a change of
 * less than 0.1 % of `voor` is no change; more than 5 % is large; from nothing to something is a
 * large gain.
 */
export function emmerVan(voor: number, na: number): number {
  const d = na - voor;
  if (d === 0) return 2;
  const a = Math.abs(d);
  if (voor > 0 && a * 1000 < voor) return 2;
  if (voor === 0 || a * 20 > voor) return d > 0 ? 0 : 4;
  return d > 0 ? 1 : 3;
}

export class Telling {
  readonly waarden: Float64Array;
  readonly r = REGELINGEN.length;
  private readonly oBudget: number;
  private readonly oOntvangers: number;
  private readonly oNietBerekenbaar: number;
  private readonly oWint: number;
  private readonly oVerliest: number;
  private readonly oStart: number;
  private readonly oStopt: number;
  private readonly oGroepHuishoudens: number;
  private readonly oGroepVoor: number;
  private readonly oGroepVerschil: number;
  private readonly oEmmers: number;
  private readonly laatste: number;
  readonly c = STANDAARD_REGELS.length;
  private readonly oSteekproef: number;
  private readonly oZaken: number;
  private readonly oVondsten: number;
  private readonly oMetZaak: number;
  private readonly oTerugGroot: number;
  private readonly oTerugSom: number;
  private readonly oNabetaalSom: number;
  private readonly oVoorschotWijzigt: number;
  private readonly oBeschikkingGewijzigd: number;
  private readonly oBeschikkingLager: number;
  private readonly oStartBedrag: number;
  private readonly oStopBedrag: number;
  /** Sums of squares for the sample's 95 % intervals (see `werklast/interval.ts`). */
  private readonly oZaakKruis: number;
  private readonly oTerugGrootVerschilKw: number;
  private readonly oTerugKw: number;
  private readonly oTerugVerschilKw: number;
  readonly g = GRENZEN.length;
  private readonly oMarge: number;
  private readonly oKruist: number;

  /** Counts for `scenarios` scenarios (the baseline and one per part); `waarden` to continue or merge. */
  constructor(
    readonly scenarios: number,
    waarden?: Float64Array,
  ) {
    const sr = scenarios * this.r;
    let o = 1;
    this.oBudget = o;
    o += sr;
    this.oOntvangers = o;
    o += sr;
    this.oNietBerekenbaar = o;
    o += sr;
    this.oWint = o;
    o += this.r;
    this.oVerliest = o;
    o += this.r;
    this.oStart = o;
    o += this.r;
    this.oStopt = o;
    o += this.r;
    this.oGroepHuishoudens = o;
    o += GROEPEN;
    this.oGroepVoor = o;
    o += GROEPEN;
    this.oGroepVerschil = o;
    o += GROEPEN;
    this.oEmmers = o;
    o += GROEPEN * EMMERS.length;
    this.oSteekproef = o;
    o += 1;
    this.oZaken = o;
    o += 2 * 2 * this.c;
    this.oVondsten = o;
    o += 2 * this.c;
    this.oMetZaak = o;
    o += 2;
    this.oTerugGroot = o;
    o += 2;
    this.oTerugSom = o;
    o += 2;
    this.oNabetaalSom = o;
    o += 2;
    this.oVoorschotWijzigt = o;
    o += 1;
    this.oBeschikkingGewijzigd = o;
    o += 1;
    this.oBeschikkingLager = o;
    o += 1;
    this.oStartBedrag = o;
    o += this.r;
    this.oStopBedrag = o;
    o += this.r;
    this.oZaakKruis = o;
    o += this.c * this.c;
    this.oTerugGrootVerschilKw = o;
    o += 1;
    this.oTerugKw = o;
    o += 2;
    this.oTerugVerschilKw = o;
    o += 1;
    this.oMarge = o;
    o += 2 * this.r * this.g;
    this.oKruist = o;
    o += this.r * this.g;
    if (waarden && waarden.length !== o) throw new RangeError('een telling van een andere vorm');
    this.waarden = waarden ?? new Float64Array(o);
    this.laatste = scenarios - 1;
  }

  /**
   * Adds one household: `uit` holds its amounts under scenario j as household j (`BatchRekenaar`
   * into one `Bedragen` of `scenarios` households), with its decile and household type (index).
   */
  voegToe(uit: Bedragen, decile: number, type: number): void {
    const w = this.waarden;
    const r = this.r;
    w[0]!++;
    let voor = 0;
    let na = 0;
    let wijzigt = false;
    for (let s = 0; s < this.scenarios; s++)
      for (let t = 0; t < r; t++) {
        const j = uit.jaarbedrag(t, s);
        if (j === NIET_BEREKENBAAR) w[this.oNietBerekenbaar + s * r + t]!++;
        else if (j > 0) {
          w[this.oBudget + s * r + t]! += j;
          w[this.oOntvangers + s * r + t]!++;
        }
      }
    for (let t = 0; t < r; t++) {
      const a = uit.toegekend(t, 0);
      const b = uit.toegekend(t, this.laatste);
      voor += a;
      na += b;
      if (a !== b) wijzigt = true;
      if (a !== b) {
        w[this.oBeschikkingGewijzigd]!++;
        if (b < a) w[this.oBeschikkingLager]!++;
      }
      if (a > 0 && b > a) w[this.oWint + t]!++;
      else if (b > 0 && b < a) w[this.oVerliest + t]!++;
      else if (a === 0 && b > 0) {
        w[this.oStart + t]!++;
        w[this.oStartBedrag + t]! += b;
      } else if (a > 0 && b === 0) {
        w[this.oStopt + t]!++;
        w[this.oStopBedrag + t]! += a;
      }
    }
    if (wijzigt) w[this.oVoorschotWijzigt]!++;
    const emmer = emmerVan(voor, na);
    this.groep(decile, voor, na, emmer);
    this.groep(DECIELEN + type, voor, na, emmer);
  }

  private groep(g: number, voor: number, na: number, emmer: number): void {
    const w = this.waarden;
    w[this.oGroepHuishoudens + g]!++;
    w[this.oGroepVoor + g]! += voor;
    w[this.oGroepVerschil + g]! += na - voor;
    w[this.oEmmers + g * EMMERS.length + emmer]!++;
  }

  /**
   * Adds households whose amounts are the same under every scenario, counted beforehand into a
   * one-scenario Telling's `waarden` (`voegToe` there): the baseline's budget and recipients for
   * every scenario, the groups' households and toeslagen, all in the bucket "no change".
   */
  voegOnveranderdToe(een: Float64Array): void {
    const b = new Telling(1, een);
    const w = this.waarden;
    const r = this.r;
    w[0]! += b.waarden[0]!;
    for (let s = 0; s < this.scenarios; s++)
      for (let t = 0; t < r; t++) {
        w[this.oBudget + s * r + t]! += b.budget(0, t);
        w[this.oOntvangers + s * r + t]! += b.ontvangers(0, t);
        w[this.oNietBerekenbaar + s * r + t]! += b.nietBerekenbaar(0, t);
      }
    for (let g = 0; g < GROEPEN; g++) {
      w[this.oGroepHuishoudens + g]! += b.groepHuishoudens(g);
      w[this.oGroepVoor + g]! += b.groepVoor(g);
      w[this.oGroepVerschil + g]! += b.groepVerschil(g);
      for (let e = 0; e < EMMERS.length; e++) w[this.oEmmers + g * EMMERS.length + e]! += b.emmer(g, e);
    }
  }

  /**
   * Takes one household out again that `voegOnveranderdToe` counted as unchanged: its amounts under
   * the baseline are scenario 0 of `uit`.
   */
  trekOnveranderdAf(uit: Bedragen, decile: number, type: number): void {
    const w = this.waarden;
    const r = this.r;
    w[0]!--;
    let voor = 0;
    for (let t = 0; t < r; t++) {
      const j = uit.jaarbedrag(t, 0);
      voor += uit.toegekend(t, 0);
      for (let s = 0; s < this.scenarios; s++) {
        if (j === NIET_BEREKENBAAR) w[this.oNietBerekenbaar + s * r + t]!--;
        else if (j > 0) {
          w[this.oBudget + s * r + t]! -= j;
          w[this.oOntvangers + s * r + t]!--;
        }
      }
    }
    for (const g of [decile, DECIELEN + type]) {
      w[this.oGroepHuishoudens + g]!--;
      w[this.oGroepVoor + g]! -= voor;
      w[this.oEmmers + g * EMMERS.length + 2]!--;
    }
  }

  /**
   * Adds the workload of one sampled household on one side (`kant` 0 the baseline, 1 the whole
   * reform): the reason codes (indices into the standard rules) the rules found in the advance run
   * and in the definitive run, and the recovery and back-payment of the definitive calculation
   * (eurocents, summed over the toeslagen). A run with findings is one case, of the type of its first
   * (most urgent) reason.
   */
  voegWerklastToe(
    kant: number,
    codes: readonly (readonly number[])[],
    terug: number,
    nabetaling: number,
  ): void {
    const w = this.waarden;
    if (kant === 0) w[this.oSteekproef]!++;
    let zaak = false;
    codes.forEach((fase, f) => {
      if (fase.length === 0) return;
      zaak = true;
      w[this.oZaken + (kant * 2 + f) * this.c + fase[0]!]!++;
      for (const c of fase) w[this.oVondsten + kant * this.c + c]!++;
    });
    if (zaak) w[this.oMetZaak + kant]!++;
    if (terug >= GROTE_TERUGVORDERING) w[this.oTerugGroot + kant]!++;
    w[this.oTerugSom + kant]! += terug;
    w[this.oNabetaalSom + kant]! += nabetaling;
  }

  /**
   * Adds, for one sampled household, what the 95 % intervals need: the change in its cases per
   * code (reform − baseline, both runs, by first reason) as cross products, and the squares of its
   * recoveries (eurocents) and of their change.
   */
  voegSpreidingToe(
    basis: readonly (readonly number[])[],
    hervorming: readonly (readonly number[])[],
    terug: readonly [number, number],
  ): void {
    const w = this.waarden;
    const d = new Map<number, number>();
    for (const fase of basis) if (fase.length > 0) d.set(fase[0]!, (d.get(fase[0]!) ?? 0) - 1);
    for (const fase of hervorming) if (fase.length > 0) d.set(fase[0]!, (d.get(fase[0]!) ?? 0) + 1);
    for (const [a, da] of d) for (const [b, db] of d) w[this.oZaakKruis + a * this.c + b]! += da * db;
    const groot = (x: number) => (x >= GROTE_TERUGVORDERING ? 1 : 0);
    w[this.oTerugGrootVerschilKw]! += (groot(terug[1]) - groot(terug[0])) ** 2;
    w[this.oTerugKw]! += terug[0] * terug[0];
    w[this.oTerugKw + 1]! += terug[1] * terug[1];
    w[this.oTerugVerschilKw]! += (terug[1] - terug[0]) ** 2;
  }
  /** Σ over sampled households of Δ(cases of code a) × Δ(cases of code b), reform − baseline. */
  zaakKruis(a: number, b: number): number {
    return this.waarden[this.oZaakKruis + a * this.c + b]!;
  }
  /** Σ of the squared change in "a recovery of € 1,000 or more" (0 or 1 per side). */
  get terugGrootVerschilKwadraat(): number {
    return this.waarden[this.oTerugGrootVerschilKw]!;
  }
  /** Σ of squared recoveries (eurocents²) on side `kant`, and of their change. */
  terugKwadraat(kant: number): number {
    return this.waarden[this.oTerugKw + kant]!;
  }
  get terugVerschilKwadraat(): number {
    return this.waarden[this.oTerugVerschilKw]!;
  }

  /** A sampled household is near threshold `grens` of toeslag `t` on side `kant` (0 baseline, 1 reform). */
  voegMargeToe(kant: number, t: number, grens: number): void {
    this.waarden[this.oMarge + (kant * this.r + t) * this.g + grens]!++;
  }
  /** A sampled household is on the other side of threshold `grens` of toeslag `t` under the reform. */
  voegKruisingToe(t: number, grens: number): void {
    this.waarden[this.oKruist + t * this.g + grens]!++;
  }
  marge(kant: number, t: number, grens: number): number {
    return this.waarden[this.oMarge + (kant * this.r + t) * this.g + grens]!;
  }
  kruist(t: number, grens: number): number {
    return this.waarden[this.oKruist + t * this.g + grens]!;
  }
  /** The reform's amounts of the new recipients of toeslag t, and the baseline's of those who stop (eurocents, summed). */
  startBedrag(t: number): number {
    return this.waarden[this.oStartBedrag + t]!;
  }
  stopBedrag(t: number): number {
    return this.waarden[this.oStopBedrag + t]!;
  }

  /** Households whose workload was counted (the sample). */
  get steekproef(): number {
    return this.waarden[this.oSteekproef]!;
  }
  /** Cases on side `kant` in run `fase` (0 advance, 1 definitive) whose first reason is code c. */
  zaken(kant: number, fase: number, c: number): number {
    return this.waarden[this.oZaken + (kant * 2 + fase) * this.c + c]!;
  }
  /** Findings of code c on side `kant` (both runs). */
  vondsten(kant: number, c: number): number {
    return this.waarden[this.oVondsten + kant * this.c + c]!;
  }
  /** Sampled households with at least one case on side `kant`. */
  metZaak(kant: number): number {
    return this.waarden[this.oMetZaak + kant]!;
  }
  /** Sampled households with a recovery of € 1,000 or more at the definitive calculation. */
  terugGroot(kant: number): number {
    return this.waarden[this.oTerugGroot + kant]!;
  }
  terugSom(kant: number): number {
    return this.waarden[this.oTerugSom + kant]!;
  }
  nabetaalSom(kant: number): number {
    return this.waarden[this.oNabetaalSom + kant]!;
  }
  /** All households: whose advance changes (baseline → reform), changed decisions, lower ones. */
  get voorschotWijzigt(): number {
    return this.waarden[this.oVoorschotWijzigt]!;
  }
  get beschikkingGewijzigd(): number {
    return this.waarden[this.oBeschikkingGewijzigd]!;
  }
  get beschikkingLager(): number {
    return this.waarden[this.oBeschikkingLager]!;
  }

  /** Adds another part's counts (of the same shape) to these. */
  voegSamen(ander: Telling | Float64Array): void {
    const v = ander instanceof Telling ? ander.waarden : ander;
    if (v.length !== this.waarden.length) throw new RangeError('een telling van een andere vorm');
    for (let i = 0; i < v.length; i++) this.waarden[i]! += v[i]!;
  }

  get huishoudens(): number {
    return this.waarden[0]!;
  }
  budget(scenario: number, t: number): number {
    return this.waarden[this.oBudget + scenario * this.r + t]!;
  }
  ontvangers(scenario: number, t: number): number {
    return this.waarden[this.oOntvangers + scenario * this.r + t]!;
  }
  nietBerekenbaar(scenario: number, t: number): number {
    return this.waarden[this.oNietBerekenbaar + scenario * this.r + t]!;
  }
  /** Recipients of toeslag t in both who get more, less; who start, who stop (baseline → reform). */
  wint(t: number): number {
    return this.waarden[this.oWint + t]!;
  }
  verliest(t: number): number {
    return this.waarden[this.oVerliest + t]!;
  }
  start(t: number): number {
    return this.waarden[this.oStart + t]!;
  }
  stopt(t: number): number {
    return this.waarden[this.oStopt + t]!;
  }
  groepHuishoudens(g: number): number {
    return this.waarden[this.oGroepHuishoudens + g]!;
  }
  /** The group's toeslagen under the baseline (eurocents, summed). */
  groepVoor(g: number): number {
    return this.waarden[this.oGroepVoor + g]!;
  }
  /** The group's change (reform − baseline, eurocents, summed). */
  groepVerschil(g: number): number {
    return this.waarden[this.oGroepVerschil + g]!;
  }
  emmer(g: number, e: number): number {
    return this.waarden[this.oEmmers + g * EMMERS.length + e]!;
  }
}
