import { describe, expect, it } from 'vitest';
import { HervormingOngeldig } from './hervorming';
import { leesScenarioHervorming } from './scenario-tekst';

const gegevens = {
  naam: 'Mijn scenario',
  auteur: 'beleidsmedewerker-1',
  datum: '2026-12-04',
  beschrijving: 'Test.',
};

function problemen(yaml: string): readonly string[] {
  try {
    leesScenarioHervorming(yaml, gegevens);
  } catch (e) {
    if (e instanceof HervormingOngeldig) return e.problemen;
    throw e;
  }
  throw new Error('geen fout');
}

const GOED = `jaar: 2026
onderdelen:
  - naam: Hogere standaardpremie
    wijzigingen:
      - parameter: zorgtoeslag.standaardpremie
        vanaf: 2026-01-01
        waarde: 2200
        voorstel: Een hogere standaardpremie als voorbeeld
`;

describe('a saved scenario’s reform YAML', () => {
  it('takes name, author, date and description from the scenario, not from the YAML', () => {
    const h = leesScenarioHervorming(`naam: Anders\nauteur: iemand\n${GOED}`, gegevens);
    expect(h).toMatchObject({ ...gegevens, jaar: 2026, onderdelen: [{ naam: 'Hogere standaardpremie' }] });
  });

  it('names the line and column of a YAML syntax error', () => {
    const p = problemen('jaar: 2026\nonderdelen:\n  - naam: [kapot\n');
    expect(p[0]).toMatch(/^regel \d+, kolom \d+: geen geldige YAML/);
  });

  it('names the line of a value without bron or voorstel', () => {
    const p = problemen(GOED.replace('        voorstel: Een hogere standaardpremie als voorbeeld\n', ''));
    expect(p).toEqual([
      expect.stringMatching(/^regel 5: onderdelen\.0\.wijzigingen\.0 geef precies één van bron of voorstel/),
    ]);
  });

  it('names the line of a schema problem (a wrong date)', () => {
    const p = problemen(GOED.replace('vanaf: 2026-01-01', 'vanaf: 1-1-2026'));
    expect(p).toEqual([
      expect.stringMatching(/^regel 6: onderdelen\.0\.wijzigingen\.0\.vanaf moet een datum/),
    ]);
  });

  it('names the line of a parameter the law does not have', () => {
    const p = problemen(GOED.replace('zorgtoeslag.standaardpremie', 'zorgtoeslag.bestaatniet'));
    expect(p).toEqual([
      expect.stringMatching(
        /^regel 5: Hogere standaardpremie, wijziging 1: de parameter zorgtoeslag\.bestaatniet bestaat niet/,
      ),
    ]);
  });

  it('refuses a text that is not a mapping', () => {
    expect(problemen('- a\n- b\n')[0]).toMatch(/^regel 1: /);
  });
});

describe('a saved scenario with a variant module', () => {
  it('names the line of an unknown variant, and stacks a known one after a parameter part', () => {
    const p = problemen(`${GOED}  - naam: Vaste huur\n    variant: vasthuur\n`);
    expect(p).toEqual(['regel 10: onderdelen.1.variant is geen bekende variant (kies uit normhuur)']);
    const h = leesScenarioHervorming(`${GOED}  - naam: Normhuur\n    variant: normhuur\n`, gegevens);
    expect(h.onderdelen.map((o) => o.variant)).toEqual([undefined, 'normhuur']);
  });
});
