import { describe, expect, it } from 'vitest';
import { euro, percent } from '../parameters/parameter-kinds';
import { loadParameterSet, type ResolvedParameter } from '../parameters/parameter-set';
import { type ExplanationNode, explain, lawLink, type ParameterLookup } from './explanation';
import { defineStep, step, Trace } from './step';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const YAML = `
standaardpremie:
  description: Standaardpremie
  unit: euro
  reference: { wet: Wet op de zorgtoeslag, bwb: BWBR0018451, artikel: '2', lid: '1' }
  values:
    2025-01-01: { value: 2032, source: 'Stcrt. 2024, 38887' }
    2026-01-01: { value: 2112, source: 'Stcrt. 2025, 12345' }
drempel:
  description: Drempelpercentage
  unit: percent
  reference: { wet: Regeling zorgtoeslag, publicatie: 'Stcrt. 2025, 1' }
  values:
    2026-01-01: { value: 1.896, source: 'Regeling zorgtoeslag 2026' }
`;

const DATE = '2026-03-01';
const set = loadParameterSet('zorgtoeslag', 'zorgtoeslag.yaml', YAML, {
  standaardpremie: euro(),
  drempel: percent(),
});
const lookups: string[] = [];
const params: ParameterLookup = (path) => {
  lookups.push(path);
  const [prefix, name] = path.split('.');
  if (prefix !== 'zorgtoeslag' || (name !== 'standaardpremie' && name !== 'drempel')) {
    throw new Error(`unknown parameter ${path}`);
  }
  return set.resolve(name, DATE);
};

const ref = { wet: 'Wet op de zorgtoeslag', bwb: 'BWBR0018451', artikel: '2', lid: '1' };

const inkomen = defineStep({
  id: 'zorgtoeslag.inkomen',
  label: 'Toetsingsinkomen',
  unit: 'eurocent',
  ref: { wet: 'Algemene wet inkomensafhankelijke regelingen', bwb: 'BWBR0018472', artikel: '8' },
  inputs: [],
  explain: 'Uw toetsingsinkomen is {waarde}.',
  fact: true,
});
const normpremie = defineStep({
  id: 'zorgtoeslag.normpremie',
  label: 'Normpremie',
  unit: 'microcent',
  ref,
  inputs: ['zorgtoeslag.inkomen', 'param:zorgtoeslag.drempel'],
  explain: 'De normpremie is {waarde}: {param:zorgtoeslag.drempel} van {zorgtoeslag.inkomen}.',
});
const alternatief = defineStep({
  id: 'zorgtoeslag.alternatief',
  label: 'Niet gekozen tak',
  unit: 'microcent',
  ref,
  inputs: [],
  explain: 'Deze tak is niet berekend.',
});
const toeslag = defineStep({
  id: 'zorgtoeslag.toeslag',
  label: 'Zorgtoeslag',
  unit: 'microcent',
  ref,
  inputs: ['param:zorgtoeslag.standaardpremie', 'zorgtoeslag.normpremie', 'zorgtoeslag.alternatief'],
  explain:
    'U krijgt {waarde}: de standaardpremie {param:zorgtoeslag.standaardpremie} min de normpremie {zorgtoeslag.normpremie}; {zorgtoeslag.alternatief}; {onbekend}.',
});
const verzekerd = defineStep({
  id: 'zorgtoeslag.verzekerd',
  label: 'Verzekerd',
  unit: 'boolean',
  ref,
  inputs: [],
  explain: 'U bent verzekerd.',
  explainFalse: 'U bent niet verzekerd, dus u krijgt geen zorgtoeslag.',
  condition: true,
});
const ingezetene = defineStep({
  id: 'zorgtoeslag.ingezetene',
  label: 'Ingezetene',
  unit: 'boolean',
  ref: { wet: 'Regeling zorgtoeslag', publicatie: 'Stcrt. 2025, 1' },
  inputs: [],
  explain: 'U woont in Nederland ({waarde}).',
});

function evaluate(takeAlternative = false): Trace {
  const t = new Trace();
  const ink = step(t, inkomen, 3_000_000); // € 30.000,00
  const norm = step(t, normpremie, ink * 18_960); // cents × ppm = microcents
  if (takeAlternative) step(t, alternatief, 0);
  step(t, toeslag, 211_200 * 1_000_000 - norm);
  return t;
}

function findChild(node: ExplanationNode, id: string): ExplanationNode {
  const child = node.inputs.find((n) => n.id === id);
  if (!child) throw new Error(`no input ${id} under ${node.id}`);
  return child;
}

describe('explain', () => {
  const tree = explain(evaluate(), 'zorgtoeslag.toeslag', params, DATE);

  it('builds the root from the step definition and its recorded value', () => {
    expect(tree.id).toBe('zorgtoeslag.toeslag');
    expect(tree.kind).toBe('step');
    expect(tree.label).toBe('Zorgtoeslag');
    expect(tree.unit).toBe('microcent');
    // 2112 euro − 1.896% of 30000 euro (568.80) = 1543.20 euro
    expect(tree.value).toBe(154_320_000_000);
    expect(norm(tree.display)).toBe('€ 1.543,20');
    expect(tree.bron).toBeUndefined();
    expect(tree.law).toEqual({
      citation: 'Wet op de zorgtoeslag, artikel 2, lid 1',
      url: 'https://wetten.overheid.nl/BWBR0018451/2026-03-01/#Artikel2',
      juriconnect: 'jci1.3:c:BWBR0018451&artikel=2&lid=1&z=2026-03-01&g=2026-03-01',
    });
  });

  it('omits inputs that were not evaluated and keeps the order of the others', () => {
    expect(tree.inputs.map((n) => n.id)).toEqual([
      'param:zorgtoeslag.standaardpremie',
      'zorgtoeslag.normpremie',
    ]);
  });

  it('includes the other branch once it was evaluated', () => {
    const both = explain(evaluate(true), 'zorgtoeslag.toeslag', params, DATE);
    expect(both.inputs.map((n) => n.id)).toEqual([
      'param:zorgtoeslag.standaardpremie',
      'zorgtoeslag.normpremie',
      'zorgtoeslag.alternatief',
    ]);
    expect(norm(both.uitleg)).toContain('min de normpremie € 568,80; € 0,00; —.');
  });

  it('turns a parameter input into a leaf with its value, source and law link', () => {
    const leaf = findChild(tree, 'param:zorgtoeslag.standaardpremie');
    expect(leaf.kind).toBe('parameter');
    expect(leaf.label).toBe('Standaardpremie');
    expect(leaf.unit).toBe('eurocent');
    expect(leaf.value).toBe(211_200);
    expect(norm(leaf.display)).toBe('€ 2.112,00');
    expect(leaf.bron).toBe('Stcrt. 2025, 12345 (geldt vanaf 1 januari 2026)');
    expect(leaf.inputs).toEqual([]);
    expect(leaf.law.citation).toBe('Wet op de zorgtoeslag, artikel 2, lid 1');
    expect(leaf.law.url).toMatch(/^https:\/\/wetten\.overheid\.nl\/BWBR\d{7}\//);
    expect(leaf.law.url).toBe('https://wetten.overheid.nl/BWBR0018451/2026-03-01/#Artikel2');
    expect(norm(leaf.uitleg)).toContain('Standaardpremie: € 2.112,00.');
  });

  it('says of a reconstructed parameter that it is not the primary text, and gives its confidence', () => {
    const herbouwd = loadParameterSet(
      'zorgtoeslag',
      'zorgtoeslag.yaml',
      YAML.replace(
        "{ value: 2112, source: 'Stcrt. 2025, 12345' }",
        "{ value: 2112, source: 'Rebuilt from leaflets', reconstructed: true, confidence: high }",
      ),
      { standaardpremie: euro(), drempel: percent() },
    );
    const t = new Trace();
    const gezien: boolean[] = [];
    const zin = defineStep({
      id: 'zorgtoeslag.zin',
      label: 'Zin',
      unit: 'boolean',
      ref,
      inputs: ['param:zorgtoeslag.standaardpremie'],
      explain: ({ gereconstrueerd }) => {
        gezien.push(gereconstrueerd('zorgtoeslag.standaardpremie'));
        return 'x';
      },
    });
    step(t, zin, true);
    const node = explain(
      t,
      'zorgtoeslag.zin',
      (path) => herbouwd.resolve(path.split('.')[1] as 'drempel', DATE),
      DATE,
    );
    expect(gezien).toEqual([true]);
    const leaf = node.inputs[0]!;
    expect(leaf.gereconstrueerd).toBe(true);
    expect(leaf.bron).toBe(
      'Nagebouwd uit openbare bronnen, niet uit de officiële tekst (geldt vanaf 1 januari 2026)',
    );
    expect(leaf.herkomst).toBe('Rebuilt from leaflets Confidence: high');
    expect(norm(leaf.uitleg)).toContain('De officiële tekst hiervan konden wij niet lezen.');
    expect(findChild(tree, 'param:zorgtoeslag.standaardpremie').gereconstrueerd).toBeUndefined();
  });

  it('gives a percentage parameter from a publication a citation but no url', () => {
    const normNode = findChild(tree, 'zorgtoeslag.normpremie');
    const drempel = findChild(normNode, 'param:zorgtoeslag.drempel');
    expect(drempel.unit).toBe('ppm');
    expect(drempel.value).toBe(18_960);
    expect(drempel.display).toBe('1,896%');
    expect(drempel.law).toEqual({ citation: 'Regeling zorgtoeslag, Stcrt. 2025, 1' });
    expect(drempel.bron).toBe('Regeling zorgtoeslag 2026 (geldt vanaf 1 januari 2026)');
  });

  it('fills {waarde} and {other.id} placeholders with Dutch-formatted values', () => {
    expect(norm(tree.uitleg)).toBe(
      'U krijgt € 1.543,20: de standaardpremie € 2.112,00 min de normpremie € 568,80; —; —.',
    );
    const normNode = findChild(tree, 'zorgtoeslag.normpremie');
    expect(norm(normNode.uitleg)).toBe('De normpremie is € 568,80: 1,896% van € 30.000,00.');
  });

  it('fills a parameter named in a label, so the label holds no law number', () => {
    const t = new Trace();
    const def = defineStep({
      id: 'zorgtoeslag.drempel_gehaald',
      label: 'Boven {param:zorgtoeslag.drempel}',
      unit: 'boolean',
      ref,
      inputs: [],
      explain: 'Ja.',
    });
    step(t, def, true);
    expect(norm(explain(t, def.id, params, DATE).label)).toBe('Boven 1,896%');
  });

  it('marks facts as facts and recurses into their inputs', () => {
    const ink = findChild(findChild(tree, 'zorgtoeslag.normpremie'), 'zorgtoeslag.inkomen');
    expect(ink.kind).toBe('fact');
    expect(ink.inputs).toEqual([]);
    expect(norm(ink.uitleg)).toBe('Uw toetsingsinkomen is € 30.000,00.');
    expect(ink.law.url).toBe('https://wetten.overheid.nl/BWBR0018472/2026-03-01/#Artikel8');
  });

  it('uses explainFalse for a false boolean and explain for a true one', () => {
    const no = new Trace();
    step(no, verzekerd, false);
    const nodeNo = explain(no, 'zorgtoeslag.verzekerd', params, DATE);
    expect(nodeNo.uitleg).toBe('U bent niet verzekerd, dus u krijgt geen zorgtoeslag.');
    expect(nodeNo.display).toBe('nee');

    const yes = new Trace();
    step(yes, verzekerd, true);
    const nodeYes = explain(yes, 'zorgtoeslag.verzekerd', params, DATE);
    expect(nodeYes.uitleg).toBe('U bent verzekerd.');
    expect(nodeYes.display).toBe('ja');
  });

  it('falls back to explain for a false boolean without explainFalse', () => {
    const t = new Trace();
    step(t, ingezetene, false);
    const node = explain(t, 'zorgtoeslag.ingezetene', params, DATE);
    expect(node.uitleg).toBe('U woont in Nederland (nee).');
    expect(node.law).toEqual({ citation: 'Regeling zorgtoeslag, Stcrt. 2025, 1' });
  });

  it('throws when the root step was not evaluated', () => {
    expect(() => explain(evaluate(), 'zorgtoeslag.alternatief', params, DATE)).toThrow(
      'step zorgtoeslag.alternatief was not evaluated',
    );
  });

  it('uses the date for the law links of every node', () => {
    const other = explain(evaluate(), 'zorgtoeslag.toeslag', params, '2026-07-01');
    expect(other.law.url).toBe('https://wetten.overheid.nl/BWBR0018451/2026-07-01/#Artikel2');
    expect(findChild(other, 'param:zorgtoeslag.standaardpremie').law.juriconnect).toBe(
      'jci1.3:c:BWBR0018451&artikel=2&lid=1&z=2026-07-01&g=2026-07-01',
    );
  });

  it('does not loop on steps that name each other as inputs', () => {
    const a = defineStep({
      id: 'x.a',
      label: 'A',
      unit: 'count',
      ref,
      inputs: ['x.b'],
      explain: 'A={waarde}',
    });
    const b = defineStep({ id: 'x.b', label: 'B', unit: 'count', ref, inputs: ['x.a'], explain: 'B={x.a}' });
    const t = new Trace();
    step(t, a, 1);
    step(t, b, 2);
    const node = explain(t, 'x.a', params, DATE);
    expect(node.inputs.map((n) => n.id)).toEqual(['x.b']);
    expect(node.inputs[0]!.inputs).toEqual([]);
    expect(node.inputs[0]!.uitleg).toBe('B=1');
  });

  it('asks the parameter lookup with the path after "param:"', () => {
    lookups.length = 0;
    explain(evaluate(), 'zorgtoeslag.toeslag', params, DATE);
    expect(new Set(lookups)).toEqual(new Set(['zorgtoeslag.standaardpremie', 'zorgtoeslag.drempel']));
  });
});

describe('lawLink', () => {
  it('leaves out url and juriconnect when there is no bwb id', () => {
    const link = lawLink({ wet: 'Regeling', publicatie: 'Stcrt. 2025, 1' }, DATE);
    expect(link).toEqual({ citation: 'Regeling, Stcrt. 2025, 1' });
    expect('url' in link).toBe(false);
    expect('juriconnect' in link).toBe(false);
  });
});

describe('parameter leaves with a table value', () => {
  it('display "tabel" and keep the raw value', () => {
    const p: ResolvedParameter = {
      path: 'x.tabel',
      description: 'Tabel',
      unit: 'table',
      ref: { wet: 'Wet', bwb: 'BWBR0000001' },
      value: [1, 2],
      from: '2026-01-01',
      source: 'Bijlage I',
      reconstructed: false,
    };
    const s = defineStep({
      id: 'x.s',
      label: 'S',
      unit: 'text',
      ref,
      inputs: ['param:x.tabel'],
      explain: '{x.s}',
    });
    const t = new Trace();
    step(t, s, 'rij 2');
    const node = explain(t, 'x.s', () => p, DATE);
    expect(node.uitleg).toBe('rij 2');
    const leaf = node.inputs[0]!;
    expect(leaf.unit).toBe('table');
    expect(leaf.display).toBe('tabel');
    expect(leaf.value).toEqual([1, 2]);
    expect(leaf.law.url).toBe('https://wetten.overheid.nl/BWBR0000001/2026-03-01');
  });
});
