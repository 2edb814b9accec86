import {
  BatchRekenaar,
  berekenHuishouden,
  NIET_BEREKENBAAR,
  REGELINGEN,
  wetgeving,
  wetgevingUitTeksten,
} from '@regelmaat/law';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesHervorming } from './hervorming/hervorming';
import { scenariosVan, wetVan } from './hervorming/toepassen';
import { voorbeeldHervormingen } from './hervorming/voorbeelden';
import { SituatieLezer } from './kolommen/lezer';
import { genereerMomentopname } from './kolommen/uit-populatie';
import { simuleer } from './simuleer';
import { DECIELEN, EMMERS, emmerVan, GROEPEN } from './telling';

const populatie = genereerMomentopname({ jaar: 2026, huishoudens: 4_000, seed: 11 });
const n = populatie.kop.aantallen.huishouden;
const kop = 'naam: Test\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: 2026\n';

describe('the five buckets', () => {
  it('splits at 0.1 % and 5 % of the toeslagen before, and counts from nothing as a large gain', () => {
    expect(emmerVan(0, 0)).toBe(2);
    expect(emmerVan(0, 2400)).toBe(0);
    expect(emmerVan(100_000, 100_099)).toBe(2);
    expect(emmerVan(100_000, 100_100)).toBe(1);
    expect(emmerVan(100_000, 105_000)).toBe(1);
    expect(emmerVan(100_000, 105_001)).toBe(0);
    expect(emmerVan(100_000, 99_901)).toBe(2);
    expect(emmerVan(100_000, 99_900)).toBe(3);
    expect(emmerVan(100_000, 95_000)).toBe(3);
    expect(emmerVan(100_000, 94_999)).toBe(4);
    expect(emmerVan(100_000, 0)).toBe(4);
  });
});

describe('a run over the population', () => {
  it('a reform that changes no value changes nothing', async () => {
    const h = leesHervorming(
      `${kop}onderdelen:\n  - naam: Niets\n    wijzigingen:\n      - { parameter: zorgtoeslag.standaardpremie, vanaf: 2026-01-01, waarde: 2119, bron: Regeling standaardpremie 2026 }\n`,
    );
    const { resultaat: r, telling } = await simuleer({ populatie, hervorming: h });
    expect(telling.huishoudens).toBe(n);
    for (const b of r.begroting) {
      expect(b.verschil).toBe(0);
      expect(b.hervorming).toBe(b.basis);
    }
    expect(r.begroting.at(-1)!.basis).toBeGreaterThan(0);
    for (const o of r.ontvangers) expect([o.wint, o.verliest, o.start, o.stopt]).toEqual([0, 0, 0, 0]);
    expect(r.emmers.totaal.gelijk).toBe(n);
    expect(r.waterval.map((w) => w.totaal)).toEqual([0]);
  });

  it('deciles and household types each add up to the totals, and the waterfall to the budget change', async () => {
    const h = voorbeeldHervormingen().get('huurtoeslag-2026-pakket')!;
    const { resultaat: r, telling } = await simuleer({ populatie, hervorming: h });
    const totaal = r.begroting.at(-1)!;
    expect(totaal.verschil).not.toBe(0);
    for (const groepen of [r.emmers.perDeciel, r.emmers.perType]) {
      expect(groepen.reduce((a, g) => a + g.huishoudens, 0)).toBe(n);
      expect(groepen.reduce((a, g) => a + g.verschil, 0)).toBe(totaal.verschil);
      for (const g of groepen) expect(EMMERS.reduce((a, e) => a + g.emmers[e], 0)).toBe(g.huishoudens);
      for (const e of EMMERS) expect(groepen.reduce((a, g) => a + g.emmers[e], 0)).toBe(r.emmers.totaal[e]);
    }
    expect(r.waterval.reduce((a, w) => a + w.totaal, 0)).toBe(totaal.verschil);
    expect(r.begroting.slice(0, -1).reduce((a, b) => a + b.verschil, 0)).toBe(totaal.verschil);
    // Only huurtoeslag changes under this reform.
    for (const b of r.begroting.filter((b) => b.regeling !== 'huurtoeslag' && b.regeling !== 'totaal'))
      expect(b.verschil).toBe(0);
    const ht = r.ontvangers.find((o) => o.regeling === 'huurtoeslag')!;
    console.log(
      `huurtoeslagpakket 2026 op ${n} huishoudens: ${ht.wint} winnen, ${ht.verliest} verliezen, ${ht.start} nieuw, ${ht.stopt} stoppen; verschil € ${Math.round(totaal.verschil / 100)}`,
    );
    expect(ht.start).toBeGreaterThan(0);
    expect(GROEPEN).toBe(DECIELEN + r.emmers.perType.length);
    expect(telling.huishoudens).toBe(n);
  });

  it('a stacked reform: each part in the waterfall against the one before', async () => {
    const h = leesHervorming(
      `${kop}onderdelen:\n  - naam: Premie\n    wijzigingen:\n      - { parameter: zorgtoeslag.standaardpremie, vanaf: 2026-01-01, waarde: 2300, voorstel: hogere standaardpremie }\n  - naam: Opvang\n    wijzigingen:\n      - { parameter: kinderopvangtoeslag.percentagetabel, vanaf: 2026-01-01, waarde: [[0, null, 96.0, 96.0]], voorstel: 96 procent voor iedereen }\n`,
    );
    const { resultaat: r } = await simuleer({ populatie, hervorming: h });
    const zt = REGELINGEN.findIndex((x) => x.id === 'zorgtoeslag');
    const kot = REGELINGEN.findIndex((x) => x.id === 'kinderopvangtoeslag');
    expect(r.waterval).toHaveLength(2);
    expect(r.waterval[0]!.perRegeling[zt]).toBeGreaterThan(0);
    expect(r.waterval[0]!.perRegeling[kot]).toBe(0);
    expect(r.waterval[1]!.perRegeling[zt]).toBe(0);
    expect(r.waterval[1]!.perRegeling[kot]).toBeGreaterThan(0);
  });
});

describe('the amounts of a reform', () => {
  it('sampled households agree with the traced path (berekenHuishouden) under every shipped reform', () => {
    const lezer = new SituatieLezer(populatie.kolommen, populatie.kop);
    let vergeleken = 0;
    let metVariant = 0;
    let variantBedragen = 0;
    for (const h of voorbeeldHervormingen().values()) {
      const sc = scenariosVan(h);
      for (const stap of [sc.basis, ...sc.stappen]) {
        const w = wetVan(stap);
        if (stap.varianten.length > 0) metVariant++;
        const batch = new BatchRekenaar(w);
        const uit = batch.nieuweBedragen();
        for (let i = 0; i < n; i += 37) {
          const s = lezer.lees(i);
          batch.bereken(s, uit);
          const traced = berekenHuishouden(s, w);
          traced.toeslagen.forEach((t, r) => {
            if (t.status === 'niet-berekenbaar') expect(uit.jaarbedrag(r)).toBe(NIET_BEREKENBAAR);
            else expect(uit.toegekend(r)).toBe(t.jaarbedrag);
            if (t.jaarbedrag > 0) vergeleken++;
            if (t.jaarbedrag > 0 && stap.varianten.length > 0 && t.regeling === 'huurtoeslag')
              variantBedragen++;
          });
        }
      }
    }
    console.log(
      `traced = batch: ${vergeleken} toegekende bedragen vergeleken, ${metVariant} scenario's met een variantmodule (${variantBedragen} huurtoeslagbedragen)`,
    );
    expect(vergeleken).toBeGreaterThan(500);
    expect(metVariant).toBeGreaterThan(0);
    expect(variantBedragen).toBeGreaterThan(10);
  });

  it('raising an amount that only adds never lowers any toeslag (property)', () => {
    // Parameters whose only role is to add to an amount: the kindgebonden budget's amounts per
    // child, the standaardpremie (zorgtoeslag is the premium minus the normpremie), the maximum
    // hourly price of day care (costs are paid up to it).
    const optellend = [
      ['kindgebonden_budget', 'basisbedrag_per_kind'],
      ['kindgebonden_budget', 'alleenstaande_ouderkop'],
      ['zorgtoeslag', 'standaardpremie'],
      ['kinderopvangtoeslag', 'maximum_uurprijs_dagopvang'],
    ] as const;
    const lezer = new SituatieLezer(populatie.kolommen, populatie.kop);
    const basis = new BatchRekenaar(wetgeving());
    const voor = basis.nieuweBedragen();
    let gestegen = 0;
    let gelijk = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...optellend),
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 0, max: n - 200 }),
        ([regeling, naam], centen, begin) => {
          const huidig = wetgeving()[regeling].resolve(naam as never, '2026-01-01').value as number;
          const h = leesHervorming(
            `${kop}onderdelen:\n  - naam: Hoger\n    wijzigingen:\n      - { parameter: ${regeling}.${naam}, vanaf: 2026-01-01, waarde: ${(huidig + centen) / 100}, voorstel: een hoger bedrag }\n`,
          );
          const w = wetgevingUitTeksten(scenariosVan(h).stappen[0]!.teksten);
          const hoger = new BatchRekenaar(w);
          const na = hoger.nieuweBedragen();
          for (let i = begin; i < begin + 200; i++) {
            const s = lezer.lees(i);
            basis.bereken(s, voor);
            hoger.bereken(s, na);
            for (let r = 0; r < REGELINGEN.length; r++) {
              expect(na.toegekend(r)).toBeGreaterThanOrEqual(voor.toegekend(r));
              if (na.toegekend(r) > voor.toegekend(r)) gestegen++;
              else gelijk++;
            }
          }
        },
      ),
      { numRuns: 30, seed: 18 },
    );
    console.log(`optellende parameter hoger: ${gestegen} bedragen gestegen, ${gelijk} gelijk gebleven`);
    expect(gestegen).toBeGreaterThan(100);
  });
});
