import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './main';
import { jsonSchema } from './opdrachten/schema';

const voorbeeld = (naam: string) =>
  fileURLToPath(new URL(`../../../packages/law/examples/${naam}`, import.meta.url));

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdin: Readable.from([stdin]),
  });
  // Intl puts a non-breaking space after the euro sign.
  return { code, out: out.replace(/\u00a0/g, ' '), err: err.replace(/\u00a0/g, ' ') };
}

describe('regelmaat bereken', () => {
  it('prints amounts per toeslag per month and year with the explanation', async () => {
    const r = await run(['bereken', voorbeeld('alleenstaande-2025.json')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Zorgtoeslag: € 1.573 over het jaar');
    expect(r.out).toContain('Waarom dit bedrag?');
    expect(r.out).toContain('https://wetten.overheid.nl/BWBR0018451/2025-01-01/#Artikel2');
    expect(r.out).toContain('Kinderopvangtoeslag: niet van toepassing.');
  });

  it('--json prints a machine-readable result in eurocents', async () => {
    const r = await run(['bereken', '--json', voorbeeld('gezin-met-kinderopvang-2026.json')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.eenheid).toBe('eurocent');
    expect(json.berekeningsjaar).toBe(2026);
    expect(json.toeslagen.map((t: { regeling: string }) => t.regeling)).toEqual([
      'zorgtoeslag',
      'huurtoeslag',
      'kindgebonden_budget',
      'kinderopvangtoeslag',
    ]);
    const zt = json.toeslagen[0];
    expect(zt.maandbedragen).toHaveLength(12);
    // A partner from July: two periods with their own explanation.
    expect(
      zt.perioden.map((p: { vanMaand: number; totEnMetMaand: number }) => [p.vanMaand, p.totEnMetMaand]),
    ).toEqual([
      [1, 6],
      [7, 12],
    ]);
  });

  it('reads standard input with -', async () => {
    const r = await run(
      ['bereken', '-', '--zonder-uitleg'],
      JSON.stringify({
        berekeningsjaar: 2026,
        aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 19000 },
      }),
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('Zorgtoeslag: € 1.550 over het jaar');
    expect(r.out).not.toContain('Waarom');
  });

  it('names every invalid field with its path and exits 2, without a stack trace', async () => {
    const r = await run(['bereken', voorbeeld('ongeldig.json')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('aanvrager.geboortedatum: moet een bestaande datum zijn');
    expect(r.err).toContain('aanvrager.toetsingsinkomen: moet een bedrag in euro zijn');
    expect(r.err).toContain('kinderen[0]: onbekend veld: leeftijd');
    expect(r.err).toContain('kinderopvang[0].uurprijs: mag hoogstens twee cijfers achter de komma hebben');
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('reports a reference to a child that does not exist', async () => {
    const h = {
      berekeningsjaar: 2026,
      aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 1 },
      kinderopvang: [{ kind: 0, soort: 'dagopvang', urenPerMaand: 10, uurprijs: 10 }],
    };
    const r = await run(['bereken', '-'], JSON.stringify(h));
    expect(r.code).toBe(2);
    expect(r.err).toContain('kinderopvang[0].kind: verwijst naar kind 0, maar er zijn 0 kinderen');
  });

  it('says so clearly for a missing file, bad JSON, an empty input and unknown options', async () => {
    expect((await run(['bereken', '/nope.json'])).err).toContain('Bestand niet gevonden: /nope.json');
    expect((await run(['bereken', '-'], '{ "berekeningsjaar": ')).err).toContain(
      'Standaardinvoer is geen geldige JSON',
    );
    expect((await run(['bereken', '-'], '  ')).err).toContain('is leeg');
    const opt = await run(['bereken', '--snel', 'x.json']);
    expect(opt.code).toBe(2);
    expect(opt.err).toContain('Onbekende optie: --snel');
    expect(opt.err).toContain('Gebruik: regelmaat bereken <bestand.json | ->');
    expect((await run(['verwijder'])).code).toBe(2);
  });

  it('computes kinderopvangtoeslag 2025 on the reconstructed table and says it is not the official one', async () => {
    const h = {
      berekeningsjaar: 2025,
      aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 40000 },
      kinderen: [{ geboortedatum: '2023-01-01' }],
      kinderopvang: [{ kind: 0, soort: 'dagopvang', urenPerMaand: 100, uurprijs: 10 }],
    };
    const r = await run(['bereken', '-'], JSON.stringify(h));
    expect(r.code).toBe(0);
    // 100 uur × € 10 × 96% = € 960 a month.
    expect(r.out.replace(/\u00a0/g, ' ')).toContain('Kinderopvangtoeslag: € 11.520');
    expect(r.out).toContain('nagebouwd uit andere openbare bronnen');
    expect(r.out).not.toContain('NIET BEREKEND');
  });
});

describe('regelmaat schema', () => {
  it('matches the committed JSON Schema (run npm run schema:generate after changing the input)', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../../../packages/law/schema/huishouden.schema.json', import.meta.url)),
      'utf8',
    );
    expect(jsonSchema()).toBe(committed);
  });
});
