import { REGELINGEN, type Wetgeving, wetgeving } from '@regelmaat/law';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BasisGeheugen } from './basis-geheugen';
import { leesHervorming } from './hervorming/hervorming';
import { scenariosVan, wetVan } from './hervorming/toepassen';
import { voorbeeldHervormingen } from './hervorming/voorbeelden';
import { genereerMomentopname } from './kolommen/uit-populatie';
import { rekenBereik, rekenPlan } from './rekenen';

const populatie = genereerMomentopname({ jaar: 2026, huishoudens: 600, seed: 23 });
const n = populatie.kop.aantallen.huishouden;
const kop = 'naam: Test\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: 2026\n';

/** Euro amounts of every folder (algemeen reaches every regeling). */
const BEDRAGEN = [
  'algemeen.minimum_tegemoetkoming',
  'algemeen.vrijstelling_inkomen_kind',
  'huurtoeslag.maximale_huurgrens',
  'huurtoeslag.kwaliteitskortingsgrens',
  'huurtoeslag.aftoppingsgrens_laag',
  'huurtoeslag.vermogensgrens_per_persoon',
  'kinderopvangtoeslag.maximum_uurprijs_dagopvang',
  'kinderopvangtoeslag.maximum_uurprijs_buitenschoolse_opvang',
  'kindgebonden_budget.basisbedrag_per_kind',
  'kindgebonden_budget.drempelinkomen_alleenstaande',
  'zorgtoeslag.standaardpremie',
  'zorgtoeslag.drempelinkomen',
] as const;

/**
 * Every law's counts with the shortcut, with the shortcut and a kept baseline (filled by a first
 * run, read by a second, the workload on every 7th household), and without either: the whole
 * Telling, value by value.
 */
function beideWegen(wetten: readonly Wetgeving[]) {
  const k = populatie.kolommen;
  const p = populatie.kop;
  const kort = rekenBereik(k, p, wetten, 0, n, { werklastStap: 7 });
  const basis = new BasisGeheugen('test', 0, n, REGELINGEN.length);
  const vullen = rekenBereik(k, p, wetten, 0, n, { werklastStap: 7, basis });
  expect(basis.gevuld).toBe(n);
  const tellers = { gelezen: 0, berekeningen: 0 };
  const uitGeheugen = rekenBereik(k, p, wetten, 0, n, { werklastStap: 7, basis, tellers });
  const vol = rekenBereik(k, p, wetten, 0, n, { werklastStap: 7, volledig: true });
  expect(Array.from(vullen.waarden)).toEqual(Array.from(vol.waarden));
  expect(Array.from(uitGeheugen.waarden)).toEqual(Array.from(vol.waarden));
  return { kort: kort.waarden, vol: vol.waarden, tellers };
}

describe('computing only the regelingen a part changes', () => {
  it('gives the same counts as computing everything, for every shipped reform', () => {
    const berekend: string[] = [];
    for (const [naam, h] of voorbeeldHervormingen()) {
      const sc = scenariosVan(h);
      const wetten = [sc.basis, ...sc.stappen].map(wetVan);
      const plan = rekenPlan(wetten, 2026);
      // The shortcut is taken: fewer computations than scenarios × regelingen.
      expect(plan.perHuishouden, naam).toBeLessThan(wetten.length * REGELINGEN.length);
      const { kort, vol, tellers } = beideWegen(wetten);
      expect(kort[0]).toBe(n);
      expect(Array.from(kort), naam).toEqual(Array.from(vol));
      // With the kept baseline KOT 96 % reads only the households with childcare (and the sample).
      if (naam === 'kinderopvangtoeslag-96-procent') expect(tellers.gelezen).toBeLessThan(n / 3);
      berekend.push(
        `${naam}: ${plan.perHuishouden}/${wetten.length * REGELINGEN.length} per huishouden; met bewaarde basis ${tellers.gelezen} van ${n} gelezen, ${tellers.berekeningen} berekeningen`,
      );
    }
    console.log(`regelingberekeningen (met/zonder kortere weg): ${berekend.join('; ')}`);
  });

  it('computes only the regeling whose parameter changed, and all of them when algemeen changes', () => {
    const kot = scenariosVan(voorbeeldHervormingen().get('kinderopvangtoeslag-96-procent')!);
    const plan = rekenPlan([kot.basis, ...kot.stappen].map(wetVan), 2026);
    expect(Array.from(plan.welke[1]!)).toEqual(
      REGELINGEN.map((r) => (r.id === 'kinderopvangtoeslag' ? 1 : 0)),
    );
    const h = leesHervorming(
      `${kop}onderdelen:\n  - naam: Minimum\n    wijzigingen:\n      - { parameter: algemeen.minimum_tegemoetkoming, vanaf: 2026-01-01, waarde: 40, bron: Voorstel test }\n`,
    );
    const sc = scenariosVan(h);
    expect(Array.from(rekenPlan([sc.basis, ...sc.stappen].map(wetVan), 2026).welke[1]!)).toEqual(
      REGELINGEN.map(() => 1),
    );
    // The same law twice: nothing computed again.
    const w = wetgeving();
    expect(Array.from(rekenPlan([w, w], 2026).welke[1]!)).toEqual(REGELINGEN.map(() => 0));
  });

  it('gives the same counts as computing everything for generated parameter changes (property)', () => {
    const wijziging = fc.record({
      parameters: fc.subarray([...BEDRAGEN], { minLength: 1, maxLength: 3 }),
      percentage: fc.integer({ min: -300, max: 300 }).map((x) => x / 10),
      maand: fc.integer({ min: 1, max: 12 }),
    });
    const onderdeel = fc.record({
      wijzigingen: fc.array(wijziging, { minLength: 0, maxLength: 2 }),
      normhuur: fc.boolean(),
    });
    // Per regeling: reforms in which a part computes it again, and households × those parts.
    const hervormingen = new Array<number>(REGELINGEN.length).fill(0);
    const huishoudens = new Array<number>(REGELINGEN.length).fill(0);
    let gekopieerd = 0;
    let runs = 0;
    let gelezen = 0;
    fc.assert(
      fc.property(fc.array(onderdeel, { minLength: 1, maxLength: 2 }), (delen) => {
        const yaml = delen
          .map((d, i) => {
            const w = d.wijzigingen
              .map(
                (x) =>
                  `      - indexatie: { parameters: [${x.parameters.join(', ')}], percentage: ${x.percentage}, vanaf: 2026-${String(x.maand).padStart(2, '0')}-01, voorstel: Voorstel test }\n`,
              )
              .join('');
            // A part without changes must name a variant.
            const variant = d.normhuur || w === '' ? '    variant: normhuur\n' : '';
            return `  - naam: Deel ${i + 1}\n${variant}${w ? `    wijzigingen:\n${w}` : ''}`;
          })
          .join('');
        const h = leesHervorming(`${kop}onderdelen:\n${yaml}`);
        const sc = scenariosVan(h);
        const wetten = [sc.basis, ...sc.stappen].map(wetVan);
        const plan = rekenPlan(wetten, 2026);
        const gezien = new Set<number>();
        for (let j = 1; j < wetten.length; j++)
          for (let t = 0; t < REGELINGEN.length; t++) {
            if (plan.welke[j]![t] === 1) {
              gezien.add(t);
              huishoudens[t]! += n;
            } else gekopieerd += n;
          }
        for (const t of gezien) hervormingen[t]!++;
        runs++;
        const { kort, vol, tellers } = beideWegen(wetten);
        gelezen += tellers.gelezen;
        expect(Array.from(kort)).toEqual(Array.from(vol));
      }),
      { numRuns: 20, seed: 18 },
    );
    console.log(
      `${runs} gegenereerde hervormingen; per regeling opnieuw berekend in (hervormingen, huishouden×onderdeel): ${REGELINGEN.map((r, t) => `${r.id} ${hervormingen[t]}, ${huishoudens[t]}`).join('; ')}; gekopieerd uit een eerder scenario: ${gekopieerd} huishouden×regeling; met bewaarde basis gelezen: ${gelezen} van ${runs * n} huishoudens`,
    );
    // The generator reached every regeling, and the shortcut as well.
    for (let t = 0; t < REGELINGEN.length; t++) expect(hervormingen[t]).toBeGreaterThan(0);
    expect(gekopieerd).toBeGreaterThan(0);
  });
});
