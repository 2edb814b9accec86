import { describe, expect, it } from 'vitest';
import { ParameterError } from './parameter-error';
import { euro, Invalid, number, optional, percent, table } from './parameter-kinds';
import { loadParameterSet } from './parameter-set';

const FILE = 'zorgtoeslag.yaml';

interface Row {
  readonly from: number;
  readonly to: number;
}

const rows = table<readonly Row[]>('a list of rows with from < to', (raw) => {
  if (!Array.isArray(raw)) return new Invalid('');
  const out: Row[] = [];
  for (const [i, r] of raw.entries()) {
    if (typeof r?.from !== 'number') return new Invalid(`[${i}].from`);
    if (typeof r?.to !== 'number' || r.to <= r.from) return new Invalid(`[${i}].to`);
    out.push({ from: r.from, to: r.to });
  }
  return out;
});

const spec = {
  standaardpremie: euro(),
  drempelpercentage: percent(),
  maxLeeftijd: number({ integer: true, min: 0, max: 120 }),
  basishuur: optional(euro()),
  schijven: rows,
};

const GOOD = `
standaardpremie:
  description: Standaardpremie
  unit: euro
  reference: { wet: Wet op de zorgtoeslag, bwb: BWBR0018451, artikel: '2', lid: '1' }
  values:
    2026-01-01: { value: 2112, source: 'Stcrt. 2025, 12345' }
    2025-01-01: { value: 2032.5, source: 'Stcrt. 2024, 38887' }
drempelpercentage:
  description: Drempelpercentage
  unit: percent
  reference:
    wet: Wet op de zorgtoeslag
    bwb: BWBR0018451
    artikel: '2'
    lid: '2'
  values:
    2025-01-01: { value: 1.896, source: Wet op de zorgtoeslag art. 2 }
maxLeeftijd:
  description: Leeftijdsgrens
  unit: number
  reference: { wet: Wet op de zorgtoeslag, publicatie: 'Stcrt. 2024, 1' }
  values:
    2025-01-01: { value: 18, source: Wet op de zorgtoeslag art. 1 }
basishuur:
  description: Basishuur
  unit: euro
  reference: { wet: Wet op de huurtoeslag, bwb: BWBR0008659, artikel: '17' }
  values:
    2026-01-01: { value: 250.75, source: 'Stcrt. 2025, 999' }
schijven:
  description: Schijven
  unit: table
  reference: { wet: Wet op de zorgtoeslag, bwb: BWBR0018451 }
  values:
    2025-01-01:
      source: Bijlage bij de regeling
      value:
        - { from: 0, to: 10 }
        - { from: 10, to: 20 }
`;

/** GOOD with one piece of text replaced; fails loudly when the piece is not there. */
function variant(from: string, to: string): string {
  if (!GOOD.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return GOOD.replace(from, to);
}

function loadError(text: string, s: typeof spec | Record<string, never> = spec): ParameterError {
  try {
    loadParameterSet('zorgtoeslag', FILE, text, s);
  } catch (e) {
    expect(e).toBeInstanceOf(ParameterError);
    return e as ParameterError;
  }
  throw new Error('expected loadParameterSet to throw');
}

function expectLoadError(text: string, field: string, expected: string | RegExp): ParameterError {
  const err = loadError(text);
  expect(err.name).toBe('ParameterError');
  expect(err.file).toBe(FILE);
  expect(err.field).toBe(field);
  expect(err.message).toContain(FILE);
  expect(err.message).toContain(`${field}:`);
  if (typeof expected === 'string') {
    expect(err.expected).toContain(expected);
    expect(err.message).toContain(`expected ${expected}`);
  } else {
    expect(err.message).toMatch(expected);
  }
  return err;
}

describe('loadParameterSet: a good file', () => {
  const set = loadParameterSet('zorgtoeslag', FILE, GOOD, spec);

  it('converts values: euro → cents, percent → ppm, number as is, tables by their check', () => {
    const v = set.at('2026-03-01');
    expect(v.standaardpremie).toBe(211_200);
    expect(v.drempelpercentage).toBe(18_960);
    expect(v.maxLeeftijd).toBe(18);
    expect(v.basishuur).toBe(25_075);
    expect(v.schijven).toEqual([
      { from: 0, to: 10 },
      { from: 10, to: 20 },
    ]);
  });

  it('picks the value in force on the date, whatever the order in the file', () => {
    expect(set.at('2025-12-31').standaardpremie).toBe(203_250);
    expect(set.at('2025-01-01').standaardpremie).toBe(203_250);
    expect(set.at('2026-01-01').standaardpremie).toBe(211_200);
    expect(set.at('2030-06-01').standaardpremie).toBe(211_200);
  });

  it('keeps the values sorted by date and records path, description, unit and reference', () => {
    const info = set.parameters.standaardpremie;
    expect(info.path).toBe('zorgtoeslag.standaardpremie');
    expect(info.description).toBe('Standaardpremie');
    expect(info.unit).toBe('euro');
    expect(info.ref).toEqual({ wet: 'Wet op de zorgtoeslag', bwb: 'BWBR0018451', artikel: '2', lid: '1' });
    expect(info.values.map((v) => v.from)).toEqual(['2025-01-01', '2026-01-01']);
  });

  it('resolves an optional parameter to undefined before its first value', () => {
    const v = set.at('2025-06-01');
    expect(v.basishuur).toBeUndefined();
    expect('basishuur' in v).toBe(true);
    expect(v.standaardpremie).toBe(203_250);
  });

  it('returns a frozen object, the same one for the same date', () => {
    const a = set.at('2026-03-01');
    expect(Object.isFrozen(a)).toBe(true);
    expect(set.at('2026-03-01')).toBe(a);
  });

  it('throws a ParameterError naming the field for a date before the first value', () => {
    let err: unknown;
    try {
      set.at('2024-12-31');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ParameterError);
    const pe = err as ParameterError;
    expect(pe.file).toBe(FILE);
    expect(pe.field).toBe('standaardpremie.values');
    expect(pe.message).toContain(FILE);
    expect(pe.message).toContain('standaardpremie.values');
    expect(pe.message).toContain('a value in force on 2024-12-31');
    expect(pe.message).toContain('values only from 2025-01-01');
  });

  it('resolve() returns the value with its source, start date and reference', () => {
    const r = set.resolve('standaardpremie', '2026-03-01');
    expect(r).toEqual({
      path: 'zorgtoeslag.standaardpremie',
      description: 'Standaardpremie',
      unit: 'euro',
      ref: { wet: 'Wet op de zorgtoeslag', bwb: 'BWBR0018451', artikel: '2', lid: '1' },
      value: 211_200,
      from: '2026-01-01',
      source: 'Stcrt. 2025, 12345',
      reconstructed: false,
    });
    const old = set.resolve('standaardpremie', '2025-06-30');
    expect(old.value).toBe(203_250);
    expect(old.from).toBe('2025-01-01');
    expect(old.source).toBe('Stcrt. 2024, 38887');
  });

  it('resolve() carries a reconstructed value with its confidence', () => {
    const r = loadParameterSet(
      'zorgtoeslag',
      FILE,
      variant(
        "{ value: 2112, source: 'Stcrt. 2025, 12345' }",
        "{ value: 2112, source: 'Rebuilt from two leaflets', reconstructed: true, confidence: { premie: high, datum: medium } }",
      ),
      spec,
    ).resolve('standaardpremie', '2026-03-01');
    expect(r.reconstructed).toBe(true);
    expect(r.confidence).toBe('premie: high; datum: medium');
    expect(set.resolve('standaardpremie', '2025-06-30').confidence).toBeUndefined();
  });

  it('resolve() throws for an optional parameter before its first value', () => {
    expect(() => set.resolve('basishuur', '2025-06-01')).toThrow(ParameterError);
    expect(() => set.resolve('basishuur', '2025-06-01')).toThrow(/basishuur\.values/);
  });
});

describe('loadParameterSet: errors name file, field and expectation', () => {
  it('a missing parameter', () => {
    const text = GOOD.slice(0, GOOD.indexOf('schijven:'));
    expectLoadError(text, 'schijven', 'this parameter to be defined');
  });

  it('an unknown parameter', () => {
    const text = `${GOOD}\nextraPremie:\n  description: x\n`;
    const err = expectLoadError(text, 'extraPremie', 'one of the declared parameters');
    expect(err.message).toContain('standaardpremie, drempelpercentage, maxLeeftijd, basishuur, schijven');
    expect(err.message).toContain('an undeclared parameter');
  });

  it('an unknown key inside a parameter', () => {
    expectLoadError(
      variant('  description: Standaardpremie\n', '  description: Standaardpremie\n  eenheid: euro\n'),
      'standaardpremie.eenheid',
      'one of description, unit, reference, values',
    );
  });

  it('text for a euro amount', () => {
    const err = expectLoadError(
      variant('value: 2112,', "value: 'abc',"),
      'standaardpremie.values.2026-01-01.value',
      'an amount in euros with at most 2 decimals',
    );
    expect(err.message).toContain('found string "abc"');
  });

  it('three decimals for a euro amount', () => {
    expectLoadError(
      variant('value: 2032.5,', 'value: 2032.505,'),
      'standaardpremie.values.2025-01-01.value',
      'an amount in euros with at most 2 decimals',
    );
  });

  it('a percentage above 100', () => {
    expectLoadError(
      variant('value: 1.896,', 'value: 101,'),
      'drempelpercentage.values.2025-01-01.value',
      'a percentage between 0 and 100 with at most 4 decimals',
    );
  });

  it('a negative percentage or one with five decimals', () => {
    const pathFor = 'drempelpercentage.values.2025-01-01.value';
    expectLoadError(variant('value: 1.896,', 'value: -1,'), pathFor, 'a percentage between 0 and 100');
    expectLoadError(variant('value: 1.896,', 'value: 1.89612,'), pathFor, 'a percentage between 0 and 100');
  });

  it('a number outside its bounds or not whole', () => {
    const at = 'maxLeeftijd.values.2025-01-01.value';
    expectLoadError(variant('value: 18,', 'value: 121,'), at, 'a whole number ≥ 0 ≤ 120');
    expectLoadError(variant('value: 18,', 'value: 18.5,'), at, 'a whole number ≥ 0 ≤ 120');
    expectLoadError(variant('value: 18,', 'value: -1,'), at, 'a whole number ≥ 0 ≤ 120');
  });

  it('a missing value', () => {
    const err = expectLoadError(
      variant('{ value: 18, source', '{ source'),
      'maxLeeftijd.values.2025-01-01.value',
      'a whole number',
    );
    expect(err.message).toContain('found undefined');
  });

  it('a table that fails its check names the place inside the value', () => {
    expectLoadError(
      variant('{ from: 10, to: 20 }', '{ from: 10, to: 5 }'),
      'schijven.values.2025-01-01.value[1].to',
      'a list of rows with from < to',
    );
  });

  it('a missing source', () => {
    const err = expectLoadError(
      variant("{ value: 2112, source: 'Stcrt. 2025, 12345' }", '{ value: 2112 }'),
      'standaardpremie.values.2026-01-01.source',
      'the source of this value',
    );
    expect(err.message).toContain('found undefined');
  });

  it('a source too short to be a source', () => {
    expectLoadError(
      variant("source: 'Stcrt. 2025, 12345' }", "source: 'x' }"),
      'standaardpremie.values.2026-01-01.source',
      'the source of this value',
    );
  });

  it('an unknown key in a dated value', () => {
    expectLoadError(
      variant('{ value: 2112, source', '{ value: 2112, bron: x, source'),
      'standaardpremie.values.2026-01-01.bron',
      'value, source, confidence, reconstructed',
    );
  });

  it('a reconstructed mark that is not true or false', () => {
    expectLoadError(
      variant('{ value: 2112, source', '{ value: 2112, reconstructed: ja, source'),
      'standaardpremie.values.2026-01-01.reconstructed',
      'true or false',
    );
  });

  it('a confidence that is neither words nor a mapping to words', () => {
    expectLoadError(
      variant('{ value: 2112, source', '{ value: 2112, confidence: { eerste: 3 }, source'),
      'standaardpremie.values.2026-01-01.confidence.eerste',
      'a grade in words',
    );
    expectLoadError(
      variant('{ value: 2112, source', '{ value: 2112, confidence: [], source'),
      'standaardpremie.values.2026-01-01.confidence',
      'a grade in words',
    );
  });

  it.each(['2026-02-30', '2026-1-01', '01-01-2026', 'vanaf 2026'])('a bad date key %j', (key) => {
    const err = expectLoadError(
      variant('    2026-01-01: { value: 2112', `    ${key}: { value: 2112`),
      `standaardpremie.values.${key}`,
      'a date YYYY-MM-DD as key',
    );
    expect(err.message).toContain(JSON.stringify(key));
  });

  it('a bad bwb id', () => {
    const err = expectLoadError(
      variant('bwb: BWBR0018451, artikel', 'bwb: BWB0018451, artikel'),
      'standaardpremie.reference.bwb',
      'a BWB id like BWBR0018451',
    );
    expect(err.message).toContain('found string "BWB0018451"');
  });

  it('a reference with neither bwb nor publicatie', () => {
    expectLoadError(
      variant(
        "{ wet: Wet op de zorgtoeslag, publicatie: 'Stcrt. 2024, 1' }",
        '{ wet: Wet op de zorgtoeslag }',
      ),
      'maxLeeftijd.reference',
      'a bwb id or a publicatie',
    );
  });

  it('a reference without wet, or with an unknown key', () => {
    expectLoadError(
      variant('{ wet: Wet op de zorgtoeslag, bwb: BWBR0018451 }', '{ bwb: BWBR0018451 }'),
      'schijven.reference.wet',
      'the name of the regulation',
    );
    expectLoadError(
      variant(
        '{ wet: Wet op de zorgtoeslag, bwb: BWBR0018451 }',
        '{ wet: W, bwb: BWBR0018451, paragraaf: 3 }',
      ),
      'schijven.reference.paragraaf',
      'one of wet, bwb, artikel, lid, onderdeel, bijlage, publicatie',
    );
  });

  it('a unit that does not match the spec', () => {
    expectLoadError(variant('  unit: percent\n', '  unit: euro\n'), 'drempelpercentage.unit', '"percent"');
  });

  it('an empty description', () => {
    expectLoadError(
      variant('description: Leeftijdsgrens', "description: ''"),
      'maxLeeftijd.description',
      'a description',
    );
  });

  it('values that are empty or not a mapping', () => {
    const empty = variant(
      '  values:\n    2025-01-01: { value: 18, source: Wet op de zorgtoeslag art. 1 }\n',
      '  values: {}\n',
    );
    expectLoadError(empty, 'maxLeeftijd.values', 'a mapping from dates (YYYY-MM-DD) to values');
  });

  it('invalid YAML', () => {
    const err = loadError('standaardpremie:\n  description: [unclosed\n  unit: euro\n');
    expect(err.message).toContain(FILE);
    expect(err.message).toContain('(top level)');
    expect(err.message).toContain('expected valid YAML');
    expect(err.field).toBe('');
  });

  it('a document that is not a mapping', () => {
    expectLoadError('- a\n- b\n', '', 'a mapping of parameter names');
    const err = loadError('');
    expect(err.message).toContain('(top level)');
  });

  it('is a real Error subclass', () => {
    const err = loadError('- a\n');
    expect(err).toBeInstanceOf(Error);
    expect(err.found).toBe('a list');
  });

  // Regression: `name in spec` also found keys inherited from Object.prototype.
  it('rejects an undeclared parameter named like an Object.prototype member', () => {
    expectLoadError(`${GOOD}\ntoString:\n  description: x\n`, 'toString', 'one of the declared parameters');
  });
});
