/**
 * `regelmaat levensgebeurtenissen` on an embedded database in a temporary folder: a bad or future
 * peildatum is a usage error (exit 2); a population of 300 generated households is looked at and
 * the figures printed per kind; the same day again resumes the finished run and sends nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';

const NU = '2026-03-15T10:00:00.000Z';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdin: Readable.from(['']),
    klok: () => NU,
  });
  return { code, out: out.replace(/\u00a0/g, ' '), err };
}

describe('regelmaat levensgebeurtenissen on PGlite', () => {
  const map = mkdtempSync(join(tmpdir(), 'regelmaat-lg-'));
  const vorige = { data: process.env.REGELMAAT_DATA, url: process.env.DATABASE_URL };
  beforeAll(() => {
    process.env.REGELMAAT_DATA = map;
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (vorige.data === undefined) delete process.env.REGELMAAT_DATA;
    else process.env.REGELMAAT_DATA = vorige.data;
    if (vorige.url !== undefined) process.env.DATABASE_URL = vorige.url;
    rmSync(map, { recursive: true, force: true });
  });

  it('refuses a date that does not exist or lies in the future', async () => {
    for (const d of ['2026-02-30', '2026-03-16']) {
      const r = await run(['levensgebeurtenissen', '--peildatum', d]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/peildatum/);
    }
  }, 60_000);

  it('looks at every household and prints the figures; the same day again sends nothing', async () => {
    expect((await run(['populatie', 'genereer', '--huishoudens', '300', '--jaar', '2026'])).code).toBe(0);
    const r = await run(['levensgebeurtenissen', '--peildatum', '2026-03-15', '--json']);
    expect(r.code).toBe(0);
    const rapport = JSON.parse(r.out) as {
      huishoudens: number;
      klaar: boolean;
      perSoort: Record<string, number>;
      berichten: number;
    };
    expect(rapport).toMatchObject({ huishoudens: 300, klaar: true });
    const gevonden = Object.values(rapport.perSoort).reduce((s, n) => s + n, 0);
    expect(rapport.berichten).toBe(gevonden);
    console.log(`300 generated households, peildatum 2026-03-15: ${JSON.stringify(rapport.perSoort)}`);
    const weer = await run(['levensgebeurtenissen', '--peildatum', '2026-03-15']);
    expect(weer.code).toBe(0);
    expect(weer.out).toContain(`berichten verstuurd`);
    expect(weer.out).toMatch(new RegExp(`berichten verstuurd\\s+${rapport.berichten}\\n`));
  }, 180_000);
});
