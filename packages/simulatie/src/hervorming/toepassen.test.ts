import { REGELINGEN, wetgeving, wetgevingUitTeksten, zoekParameter } from '@regelmaat/law';
import { describe, expect, it } from 'vitest';
import { HervormingOngeldig, leesHervorming } from './hervorming';
import { scenariosVan } from './toepassen';
import { voorbeeldHervormingen } from './voorbeelden';

const kop = `naam: Test\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: 2026\n`;

describe('a reform on the parameters', () => {
  it('loads every shipped example, each part a complete law that the loader accepts', () => {
    const v = voorbeeldHervormingen();
    expect([...v.keys()]).toEqual([
      'huurtoeslag-2026-pakket',
      'indexatie-kindgebonden-budget',
      'kinderopvangtoeslag-96-procent',
      'normhuur-variant',
    ]);
    for (const h of v.values()) {
      const s = scenariosVan(h);
      expect(s.stappen).toHaveLength(h.onderdelen.length);
      // Each part changes the law (a different parameter version than the one before).
      let vorige = s.basis.versie;
      for (const stap of s.stappen) {
        expect(stap.versie).not.toBe(vorige);
        vorige = stap.versie;
      }
    }
  });

  it('takes the value, the source or a "Voorstel: …" note into the law', () => {
    const s = scenariosVan(voorbeeldHervormingen().get('kinderopvangtoeslag-96-procent')!);
    const w = wetgevingUitTeksten(s.stappen[0]!.teksten);
    const p = zoekParameter(w, 'kinderopvangtoeslag.percentagetabel', '2026-06-01');
    expect(p.value).toEqual([{ van: 0, tot: null, eersteKind: 960_000, volgendeKinderen: 960_000 }]);
    expect(p.source).toMatch(/^Voorstel: Wetsvoorstel directe financiering/);
    // 2025 untouched.
    expect(zoekParameter(w, 'kinderopvangtoeslag.percentagetabel', '2025-06-01').value).toEqual(
      zoekParameter(wetgeving(), 'kinderopvangtoeslag.percentagetabel', '2025-06-01').value,
    );
  });

  it('indexes euro amounts from the value then in force, rounded to cents', () => {
    const s = scenariosVan(voorbeeldHervormingen().get('indexatie-kindgebonden-budget')!);
    const w = wetgevingUitTeksten(s.stappen[0]!.teksten);
    const oud = zoekParameter(wetgeving(), 'kindgebonden_budget.basisbedrag_per_kind', '2026-01-01');
    const nieuw = zoekParameter(w, 'kindgebonden_budget.basisbedrag_per_kind', '2026-01-01');
    expect(nieuw.value).toBe(Math.round(((oud.value as number) * 1025) / 1000));
  });

  it('a baseline with the 2025 huurtoeslag rules, the part restores 2026 as published', () => {
    const s = scenariosVan(voorbeeldHervormingen().get('huurtoeslag-2026-pakket')!);
    const basis = wetgevingUitTeksten(s.basis.teksten);
    expect(zoekParameter(basis, 'huurtoeslag.methode', '2026-03-01').value).toBe(1);
    expect(s.stappen[0]!.teksten.huurtoeslag).toBe(wetgeving().teksten.huurtoeslag);
    expect(s.stappen[0]!.versie).toBe(wetgeving().versie);
    expect(REGELINGEN.length).toBe(4);
  });

  it('refuses a value of the wrong kind with the part and the loader’s message', () => {
    const h = leesHervorming(
      `${kop}onderdelen:\n  - naam: Fout\n    wijzigingen:\n      - { parameter: zorgtoeslag.afbouwpercentage, vanaf: 2026-01-01, waarde: 140, voorstel: te hoog percentage }\n`,
    );
    expect(() => scenariosVan(h)).toThrow(HervormingOngeldig);
    expect(() => scenariosVan(h)).toThrow(/Fout: .*afbouwpercentage.*percentage between 0 and 100/);
  });

  it('refuses an unknown parameter, a value without source, and a value that cannot lapse', () => {
    const onbekend = leesHervorming(
      `${kop}onderdelen:\n  - naam: X\n    wijzigingen:\n      - { parameter: zorgtoeslag.bestaatniet, vanaf: 2026-01-01, waarde: 1, bron: Staatscourant 1 }\n`,
    );
    expect(() => scenariosVan(onbekend)).toThrow(/de parameter zorgtoeslag.bestaatniet bestaat niet/);
    expect(() =>
      leesHervorming(
        `${kop}onderdelen:\n  - naam: X\n    wijzigingen:\n      - { parameter: zorgtoeslag.standaardpremie, vanaf: 2026-01-01, waarde: 2000 }\n`,
      ),
    ).toThrow(/onderdelen.0.wijzigingen.0 geef precies één van bron of voorstel/);
    const vervalt = leesHervorming(
      `${kop}onderdelen:\n  - naam: X\n    wijzigingen:\n      - { parameter: zorgtoeslag.standaardpremie, vervalt: 2024-01-01 }\n`,
    );
    expect(() => scenariosVan(vervalt)).toThrow(/geen waarde vanaf 2024-01-01/);
    expect(() => leesHervorming('naam: [')).toThrow(/geen geldige YAML/);
  });
});
