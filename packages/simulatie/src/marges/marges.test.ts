import { eurocent } from '@regelmaat/kernel';
import { BatchRekenaar, regelingIndex, type Situatie, wetgeving } from '@regelmaat/law';
import { describe, expect, it } from 'vitest';
import { leesHervorming } from '../hervorming/hervorming';
import { scenariosVan, wetVan } from '../hervorming/toepassen';
import { KolommenBouwer } from '../kolommen/bouwer';
import { simuleer } from '../simuleer';

const ZT = regelingIndex('zorgtoeslag');
const jaar = 2026;

/** A single adult of 40, insured, income and assets in euros, optionally renting (kale huur in euros). */
function alleenstaande(inkomen: number, vermogen = 0, huur?: number): Situatie {
  return {
    jaar,
    aanvrager: {
      geboorte: { year: 1986, month: 3, day: 1 },
      inkomen: eurocent(Math.round(inkomen * 100)),
      vermogen: eurocent(Math.round(vermogen * 100)),
      verzekering: 1,
      woonland: 'NL',
      rechtmatigVerblijf: true,
      arbeidseis: true,
    },
    partner: null,
    partnerMaanden: 0,
    kinderen: [],
    medebewoners: [],
    huur:
      huur === undefined
        ? []
        : [
            {
              kaleHuur: eurocent(Math.round(huur * 100)),
              servicekosten: eurocent(0),
              zelfstandig: true,
              maanden: 0xfff,
            },
          ],
    opvang: [],
  };
}

/** The lowest whole-euro income at which this single's zorgtoeslag is 0 under `w`. */
function nulpunt(w: ReturnType<typeof wetgeving>): number {
  const r = new BatchRekenaar(w);
  const uit = r.nieuweBedragen();
  let laag = 0;
  let hoog = 200_000;
  while (hoog - laag > 1) {
    const m = Math.floor((laag + hoog) / 2);
    r.bereken(alleenstaande(m), uit);
    if (uit.toegekend(ZT) > 0) laag = m;
    else hoog = m;
  }
  return hoog;
}

describe('marginal cases at the thresholds', () => {
  it('counts the households near each threshold under baseline and reform, and those that cross, on a constructed population', async () => {
    const kop = `naam: Grenzen\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: ${jaar}\n`;
    const h = leesHervorming(
      `${kop}onderdelen:\n  - naam: Hoger\n    wijzigingen:\n      - { parameter: zorgtoeslag.standaardpremie, vanaf: 2026-01-01, waarde: 2619, voorstel: premie 500 hoger }\n      - { parameter: huurtoeslag.kwaliteitskortingsgrens, vanaf: 2026-01-01, waarde: 505.00, voorstel: hogere kwaliteitskortingsgrens }\n`,
    );
    const wetten = scenariosVan(h);
    const n0 = nulpunt(wetVan(wetten.basis));
    const n1 = nulpunt(wetVan(wetten.stappen[0]!));
    // The reform moves the zero point well beyond both bands.
    expect(n1 - n0).toBeGreaterThan(3_000);
    const zt = wetgeving().zorgtoeslag.at('2026-01-01').vermogensgrens_alleenstaande / 100;
    const huishoudens: Situatie[] = [
      // Income: near the baseline's zero point (2), near the reform's (2), far from both (2).
      alleenstaande(n0 - 500),
      alleenstaande(n0 + 500),
      alleenstaande(n1 - 500),
      alleenstaande(n1 + 500),
      alleenstaande(n0 - 5_000),
      alleenstaande(n1 + 5_000),
      // Assets: € 500 under the zorgtoeslag's vermogensgrens (income far under the zero point).
      alleenstaande(20_000, zt - 500),
      // Rent, income € 15,000: near the kwaliteitskortingsgrens (498.20 → 505.00) at 495 (both
      // sides) and at 500 (both sides, and it crosses), the aftoppingsgrens 713.02 at 710, the
      // maximale huurgrens 932.93 at 930; 600 near nothing.
      alleenstaande(15_000, 0, 495),
      alleenstaande(15_000, 0, 500),
      alleenstaande(15_000, 0, 710),
      alleenstaande(15_000, 0, 930),
      alleenstaande(15_000, 0, 600),
    ];
    const bouwer = new KolommenBouwer(jaar);
    for (const s of huishoudens) bouwer.voegToe(s, 0);
    const populatie = bouwer.klaar({ seed: 0, van: 0, overgeslagen: 0 });
    const { resultaat: r } = await simuleer({ populatie, hervorming: h });
    expect(r.marges.steekproef).toBe(huishoudens.length);
    const regel = (regeling: string, grens: string) =>
      r.marges.regels.find((m) => m.regeling === regeling && m.grens === grens)!;
    const telling = (regeling: string, grens: string) => {
      const m = regel(regeling, grens);
      return [m.basis, m.hervorming, m.kruist];
    };
    expect(telling('zorgtoeslag', 'inkomen')).toEqual([2, 2, 2]);
    expect(telling('zorgtoeslag', 'vermogen')).toEqual([1, 1, 0]);
    expect(telling('huurtoeslag', 'vermogen')).toEqual([0, 0, 0]);
    expect(telling('huurtoeslag', 'inkomen')).toEqual([0, 0, 0]);
    expect(telling('huurtoeslag', 'kwaliteitskortingsgrens')).toEqual([2, 2, 1]);
    expect(telling('huurtoeslag', 'aftoppingsgrens')).toEqual([1, 1, 0]);
    expect(telling('huurtoeslag', 'maximale-huurgrens')).toEqual([1, 1, 0]);
    expect(telling('kindgebonden_budget', 'inkomen')).toEqual([0, 0, 0]);
    // Only the thresholds a toeslag has are listed.
    expect(r.marges.regels.filter((m) => m.regeling === 'kinderopvangtoeslag').map((m) => m.grens)).toEqual([
      'inkomen',
    ]);
    // Scaled with the run's factor, and the interval holds the scaled figure.
    const m = regel('zorgtoeslag', 'inkomen');
    expect(m.opgehoogd.basis).toBe(Math.round(2 * r.ophoogfactor));
    expect(m.interval95.basis[0]).toBeLessThanOrEqual(m.opgehoogd.basis);
    expect(m.interval95.basis[1]).toBeGreaterThanOrEqual(m.opgehoogd.basis);
    // The new recipients' own amount: the two households that start getting zorgtoeslag.
    const o = r.ontvangers[ZT]!;
    expect(o.start).toBe(2);
    const hervormd = new BatchRekenaar(wetVan(wetten.stappen[0]!));
    const b = hervormd.nieuweBedragen();
    let som = 0;
    for (const s of [huishoudens[1]!, huishoudens[2]!]) {
      hervormd.bereken(s, b);
      som += b.toegekend(ZT);
    }
    expect(som).toBeGreaterThan(0);
    expect(o.gemiddeldNieuwPerMaand).toBe(Math.round(som / 2 / 12));
  });
});
