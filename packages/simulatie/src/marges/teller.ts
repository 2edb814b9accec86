/**
 * @module
 * Marginal cases at the thresholds (issue 18): per toeslag and threshold (`grenzen.ts`), whether a
 * household stands within the band of the threshold under the baseline and under the whole reform,
 * and whether the reform puts it on the other side.
 *
 * - Income: a recipient whose amount becomes 0 with € 1,000 more income a year, or a household
 *   without the toeslag that gets it with € 1,000 less (the applicant's toetsingsinkomen ± € 1,000,
 *   computed on the batch path under that side's law). It crosses when it receives the toeslag on
 *   one side only.
 * - Assets: applicant + toeslagpartner within € 1,000 of the toeslag's vermogensgrens of that side
 *   (huurtoeslag's for renters, alleenstaande/partners), for households the toeslag applies to.
 * - Rent: the rekenhuur of the first rent period within € 10 a month of the kwaliteitskortingsgrens,
 *   the aftoppingsgrens (by the persons listed in the household: up to two the low one) or the
 *   maximale huurgrens of that side.
 * Assets and rent cross when the household's value is at or below the threshold on one side only.
 * The advance's input is read (no definitive incomes): four engine computations per household, so
 * this runs on the same households as the workload.
 */
import type { Eurocent } from '@regelmaat/kernel';
import { type BatchRekenaar, type Bedragen, REGELINGEN, type Situatie, type Wetgeving } from '@regelmaat/law';
import type { Telling } from '../telling';
import { GRENZEN } from './grenzen';

const INKOMEN = GRENZEN.findIndex((g) => g.id === 'inkomen');
const VERMOGEN = GRENZEN.findIndex((g) => g.id === 'vermogen');
const KKG = GRENZEN.findIndex((g) => g.id === 'kwaliteitskortingsgrens');
const AFTOP = GRENZEN.findIndex((g) => g.id === 'aftoppingsgrens');
const MAX = GRENZEN.findIndex((g) => g.id === 'maximale-huurgrens');
const idx = (id: string) => REGELINGEN.findIndex((r) => r.id === id);
const ZT = idx('zorgtoeslag');
const HT = idx('huurtoeslag');
const KGB = idx('kindgebonden_budget');

interface Grenswaarden {
  vermogen: number[];
  kkg: number;
  aftopLaag: number;
  aftopHoog: number;
  max: number;
  maxService: number;
}

/** The thresholds of a law on 1 January of `jaar`; vermogen per toeslag (index) for [alleen, partners]. */
function grenswaarden(w: Wetgeving, jaar: number, partner: boolean): Grenswaarden {
  const d = `${jaar}-01-01`;
  const ht = w.huurtoeslag.at(d);
  const zt = w.zorgtoeslag.at(d);
  const kgb = w.kindgebonden_budget.at(d);
  const vermogen: number[] = [];
  vermogen[ZT] = partner ? zt.vermogensgrens_partners : zt.vermogensgrens_alleenstaande;
  vermogen[HT] = partner ? ht.vermogensgrens_partners : ht.vermogensgrens_per_persoon;
  vermogen[KGB] = partner ? kgb.vermogensgrens_partners : kgb.vermogensgrens_alleenstaande;
  return {
    vermogen,
    kkg: ht.kwaliteitskortingsgrens,
    aftopLaag: ht.aftoppingsgrens_laag,
    aftopHoog: ht.aftoppingsgrens_hoog,
    max: ht.maximale_huurgrens,
    maxService: ht.max_servicekosten,
  };
}

export class MargeTeller {
  private readonly ander: Bedragen;
  private readonly cache = new Map<string, [Grenswaarden, Grenswaarden]>();
  private readonly geldt: boolean[][];

  /** `wetten`/`rekenaars`: the baseline's and the whole reform's. */
  constructor(
    private readonly wetten: readonly [Wetgeving, Wetgeving],
    private readonly rekenaars: readonly [BatchRekenaar, BatchRekenaar],
  ) {
    this.ander = rekenaars[0].nieuweBedragen(2);
    this.geldt = REGELINGEN.map((r) => GRENZEN.map((g) => g.regelingen.includes(r.id)));
  }

  private grenzen(jaar: number, partner: boolean): [Grenswaarden, Grenswaarden] {
    const k = `${jaar}${partner}`;
    let g = this.cache.get(k);
    if (!g) {
      g = [grenswaarden(this.wetten[0], jaar, partner), grenswaarden(this.wetten[1], jaar, partner)];
      this.cache.set(k, g);
    }
    return g;
  }

  /** Counts household `s` (its amounts in `uit`: baseline at 0, the whole reform at `laatste`). */
  tel(s: Situatie, uit: Bedragen, laatste: number, telling: Telling): void {
    const r = REGELINGEN.length;
    const aanvrager = s.aanvrager;
    const inkomen = aanvrager.inkomen;
    const band = GRENZEN[INKOMEN]!.band;
    for (let kant = 0; kant < 2; kant++) {
      const j = kant === 0 ? 0 : laatste;
      const rekenaar = this.rekenaars[kant]!;
      aanvrager.inkomen = (inkomen + band) as Eurocent;
      rekenaar.bereken(s, this.ander, 0);
      aanvrager.inkomen = Math.max(0, inkomen - band) as Eurocent;
      rekenaar.bereken(s, this.ander, 1);
      aanvrager.inkomen = inkomen;
      for (let t = 0; t < r; t++) {
        const a = uit.toegekend(t, j);
        if ((a > 0 && this.ander.toegekend(t, 0) === 0) || (a === 0 && this.ander.toegekend(t, 1) > 0))
          telling.voegMargeToe(kant, t, INKOMEN);
      }
    }
    for (let t = 0; t < r; t++)
      if (uit.toegekend(t, 0) > 0 !== uit.toegekend(t, laatste) > 0) telling.voegKruisingToe(t, INKOMEN);

    const partner = s.partner !== null && s.partnerMaanden !== 0;
    const [g0, g1] = this.grenzen(s.jaar, partner);
    const vermogen = aanvrager.vermogen + (partner ? s.partner!.vermogen : 0);
    const vb = GRENZEN[VERMOGEN]!.band;
    for (let t = 0; t < r; t++) {
      if (!this.geldt[t]![VERMOGEN] || !REGELINGEN[t]!.vanToepassing(s)) continue;
      const a = g0.vermogen[t]!;
      const b = g1.vermogen[t]!;
      if (Math.abs(vermogen - a) <= vb) telling.voegMargeToe(0, t, VERMOGEN);
      if (Math.abs(vermogen - b) <= vb) telling.voegMargeToe(1, t, VERMOGEN);
      if (vermogen <= a !== vermogen <= b) telling.voegKruisingToe(t, VERMOGEN);
    }

    if (s.huur.length === 0) return;
    const h = s.huur[0]!;
    let personen = 1 + (partner ? 1 : 0) + s.medebewoners.length;
    for (const k of s.kinderen) if (k.thuiswonend) personen++;
    const huur0 = h.kaleHuur + Math.min(h.servicekosten, g0.maxService);
    const huur1 = h.kaleHuur + Math.min(h.servicekosten, g1.maxService);
    const hb = GRENZEN[KKG]!.band;
    const paren: [number, number, number][] = [
      [KKG, g0.kkg, g1.kkg],
      [AFTOP, personen <= 2 ? g0.aftopLaag : g0.aftopHoog, personen <= 2 ? g1.aftopLaag : g1.aftopHoog],
      [MAX, g0.max, g1.max],
    ];
    for (const [grens, a, b] of paren) {
      if (Math.abs(huur0 - a) <= hb) telling.voegMargeToe(0, HT, grens);
      if (Math.abs(huur1 - b) <= hb) telling.voegMargeToe(1, HT, grens);
      if (huur0 <= a !== huur1 <= b) telling.voegKruisingToe(HT, grens);
    }
  }
}
