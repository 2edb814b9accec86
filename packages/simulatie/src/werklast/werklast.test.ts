import { berekenHuishouden, REGELINGEN, type wetgeving, wetgevingUitTeksten } from '@regelmaat/law';
import { genereerHuishouden, HUISHOUDTYPEN } from '@regelmaat/populatie';
import { STANDAARD_REGELS } from '@regelmaat/uitval';
import { describe, expect, it } from 'vitest';
import { leesHervorming } from '../hervorming/hervorming';
import { scenariosVan } from '../hervorming/toepassen';
import { voorbeeldHervormingen } from '../hervorming/voorbeelden';
import { SituatieLezer } from '../kolommen/lezer';
import { genereerMomentopname } from '../kolommen/uit-populatie';
import { simuleer } from '../simuleer';
import { GROTE_TERUGVORDERING } from '../telling';
import { interval95, telInterval95 } from './interval';
import { STANDAARD_NORMEN } from './normen';

const populatie = genereerMomentopname({ jaar: 2026, huishoudens: 3_000, seed: 23 });
const n = populatie.kop.aantallen.huishouden;
const kop = 'naam: Test\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: 2026\n';

/** The recovery of household i under law w: advance on the estimate, definitive on the final incomes. */
function terugvordering(lezer: SituatieLezer, i: number, w: ReturnType<typeof wetgeving>): number {
  const voor = berekenHuishouden(lezer.lees(i), w).toeslagen.map((t) => Math.max(0, t.jaarbedrag));
  const na = berekenHuishouden(lezer.leesDefinitief(i), w).toeslagen.map((t) => Math.max(0, t.jaarbedrag));
  return voor.reduce((a, v, t) => a + Math.max(0, v - na[t]!), 0);
}

describe('the workload of a reform', () => {
  it('the snapshot holds the final incomes of the generator', () => {
    const lezer = new SituatieLezer(populatie.kolommen, populatie.kop);
    let anders = 0;
    for (let i = 0; i < 200; i++) {
      const h = genereerHuishouden(23, i, 2026);
      const s = lezer.leesDefinitief(i);
      expect(s.aanvrager.inkomen).toBe(Math.round(h.definitiefInkomen.aanvrager * 100));
      if (h.definitiefInkomen.aanvrager !== h.schatting.aanvrager.toetsingsinkomen) anders++;
      expect(HUISHOUDTYPEN[populatie.kolommen.type[i]!]).toBe(h.type);
    }
    expect(anders).toBeGreaterThan(0);
  });

  it('a reform that changes no value brings no work and no other recoveries', async () => {
    const h = leesHervorming(
      `${kop}onderdelen:\n  - naam: Niets\n    wijzigingen:\n      - { parameter: zorgtoeslag.standaardpremie, vanaf: 2026-01-01, waarde: 2119, bron: Regeling standaardpremie 2026 }\n`,
    );
    const { resultaat: r } = await simuleer({ populatie, hervorming: h });
    const w = r.werklast;
    expect(w.steekproef).toBe(n);
    expect(w.opgehoogd.zakenBasis).toBeGreaterThan(0);
    expect(w.opgehoogd.extraZaken).toBe(0);
    expect(w.opgehoogd.voorschotWijzigt).toBe(0);
    expect(w.opgehoogd.brieven).toBe(0);
    expect(w.opgehoogd.uren.totaal).toBe(0);
    expect(w.terugvorderingen.hervorming).toEqual(w.terugvorderingen.basis);
    for (const z of w.zaken) expect(z.hervorming).toEqual(z.basis);
  });

  it('counts recoveries and hearings as the traced path finds them, on both sides', async () => {
    const h = voorbeeldHervormingen().get('huurtoeslag-2026-pakket')!;
    const { resultaat: r, telling } = await simuleer({ populatie, hervorming: h });
    const sc = scenariosVan(h);
    const wetten = [wetgevingUitTeksten(sc.basis.teksten), wetgevingUitTeksten(sc.stappen.at(-1)!.teksten)];
    const lezer = new SituatieLezer(populatie.kolommen, populatie.kop);
    const hoor = STANDAARD_REGELS.findIndex((x) => x.code === 'HOGE_TERUGVORDERING');
    for (const kant of [0, 1]) {
      let groot = 0;
      let horen = 0;
      let som = 0;
      for (let i = 0; i < n; i++) {
        const t = terugvordering(lezer, i, wetten[kant]!);
        som += t;
        if (t >= GROTE_TERUGVORDERING) groot++;
        if (t >= 150_000) horen++;
      }
      expect(telling.terugGroot(kant)).toBe(groot);
      expect(telling.terugSom(kant)).toBe(som);
      // HOGE_TERUGVORDERING (Awir art. 26b) fires at € 1,500, in the definitive run only.
      expect(telling.vondsten(kant, hoor)).toBe(horen);
      expect(groot).toBeGreaterThan(0);
    }
    const w = r.werklast;
    // Households whose advance changes: counted directly.
    let wijzigt = 0;
    for (let i = 0; i < n; i++) {
      const a = berekenHuishouden(lezer.lees(i), wetten[0]!).toeslagen;
      const b = berekenHuishouden(lezer.lees(i), wetten[1]!).toeslagen;
      if (a.some((x, t) => Math.max(0, x.jaarbedrag) !== Math.max(0, b[t]!.jaarbedrag))) wijzigt++;
    }
    expect(telling.voorschotWijzigt).toBe(wijzigt);
    expect(w.opgehoogd.voorschotWijzigt).toBe(Math.round(wijzigt * r.ophoogfactor));
    expect(w.opgehoogd.brieven).toBeGreaterThan(0);
    const zaken = (k: 'basis' | 'hervorming') =>
      w.zaken.reduce((a, z) => a + z[k].voorschot + z[k].definitief, 0);
    console.log(
      `werklast huurtoeslagpakket op ${n} huishoudens: zaken ${zaken('basis')} → ${zaken('hervorming')}, ` +
        `terugvorderingen ≥ € 1.000 ${telling.terugGroot(0)} → ${telling.terugGroot(1)}, voorschot wijzigt ${wijzigt}; ` +
        `opgehoogd ${w.opgehoogd.extraZaken} extra zaken, ${w.opgehoogd.uren.totaal} uur, ${w.opgehoogd.brieven} brieven`,
    );
    expect(REGELINGEN.length).toBeGreaterThan(0);
  });

  it('a sample counts every k-th household and scales it up', async () => {
    const h = voorbeeldHervormingen().get('huurtoeslag-2026-pakket')!;
    const { resultaat: r } = await simuleer({ populatie, hervorming: h, werklastStap: 3 });
    expect(r.werklast.steekproef).toBe(Math.ceil(n / 3));
    expect(r.werklast.factor).toBeCloseTo((r.ophoogfactor * n) / Math.ceil(n / 3), 9);
    expect(r.werklast.normen).toBe(STANDAARD_NORMEN);
    expect(r.werklast.alleHuishoudens).toBe(false);
    // Every scaled figure of the sample lies within its own 95 % interval, which has a width.
    const o = r.werklast.opgehoogd;
    const tb = r.werklast.terugvorderingen;
    const binnen: [number, [number, number]][] = [
      [o.extraZaken, o.extraZakenInterval95],
      [o.uren.zaken, o.urenZakenInterval95],
      [tb.basis.groot, tb.basis.grootInterval95],
      [tb.hervorming.bedrag, tb.hervorming.bedragInterval95],
      [tb.verschilGroot, tb.verschilGrootInterval95],
      [tb.verschilBedrag, tb.verschilBedragInterval95],
      ...r.werklast.zaken.map((z): [number, [number, number]] => [
        z.opgehoogdExtraZaken,
        z.extraZakenInterval95,
      ]),
    ];
    for (const [x, [laag, hoog]] of binnen) {
      expect(laag).toBeLessThanOrEqual(x + 1);
      expect(hoog).toBeGreaterThanOrEqual(x - 1);
    }
    expect(tb.basis.grootInterval95[1]).toBeGreaterThan(tb.basis.grootInterval95[0]);
    // The whole run counts every household: the interval of the same figure is narrower.
    const { resultaat: alle } = await simuleer({ populatie, hervorming: h });
    expect(alle.werklast.alleHuishoudens).toBe(true);
    const breedte = (i: [number, number]) => i[1] - i[0];
    expect(breedte(alle.werklast.terugvorderingen.basis.grootInterval95)).toBeLessThan(
      breedte(tb.basis.grootInterval95),
    );
  });
});

describe('the 95 % interval', () => {
  it('is the scaled mean ± 1.96 standard errors of the households counted', () => {
    // y = 1, 0, 1, 0 scaled to 100 households: 50 ± 1.96 × 100 × √(1/3) / 2.
    expect(interval95(2, 2, 4, 100)).toEqual([-7, 107]);
    expect(telInterval95(2, 4, 100)).toEqual([-7, 107]);
    // Without spread, no width; eurocents to euros.
    expect(interval95(400, 40_000, 4, 8, 100)).toEqual([8, 8]);
    expect(interval95(1, 1, 1, 100).every(Number.isNaN)).toBe(true);
  });
});
