/**
 * The batch commands end to end on an embedded database in a temporary folder, as a user runs
 * them: generate, advance run, report, reproduce, payment, definitive run; and their errors.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { openDb } from '@regelmaat/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';

/**
 * The whole cycle of 2026 runs on a clock after that year (a definitive run needs the year to be
 * over, and the loader writes nothing recorded after "now"); `nu` overrides it for one command.
 */
const NA_HET_JAAR = '2027-07-15T00:00:00.000Z';

async function run(args: string[], nu = NA_HET_JAAR) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdin: Readable.from(['']),
    klok: () => nu,
  });
  return { code, out: out.replace(/\u00a0/g, ' '), err: err.replace(/\u00a0/g, ' ') };
}

describe('regelmaat batch commands on PGlite', () => {
  const map = mkdtempSync(join(tmpdir(), 'regelmaat-'));
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

  it('generates a population and prints the calibration next to the published figures', async () => {
    const r = await run([
      'populatie',
      'genereer',
      '--huishoudens',
      '400',
      '--seed',
      '7',
      '--kalibratie',
      '400',
    ]);
    expect(r.err).toContain(`PGlite (ingebouwd) in ${map}`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('400 huishoudens geladen');
    expect(r.out).toContain('Gepubliceerd');
  }, 60_000);

  it('refuses to mix in a population of another seed, and a second load adds nothing', async () => {
    const ander = await run(['populatie', 'genereer', '--huishoudens', '400', '--seed', '8']);
    expect(ander.code).toBe(2);
    expect(ander.err).toContain('seed 7');
    const zelfde = await run([
      'populatie',
      'genereer',
      '--huishoudens',
      '400',
      '--seed',
      '7',
      '--kalibratie',
      '0',
    ]);
    expect(zelfde.out).toContain('0 huishoudens geladen');
    expect(zelfde.out).toContain('400 waren er al');
  }, 60_000);

  it('runs the advance, prints the report, and reproduces a decision', async () => {
    const r = await run(['run', 'voorschot', '--jaar', '2026', '--partitie', '100']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Run 1: voorschot 2026/);
    expect(r.out).toContain('400 huishoudens in 4 partities');
    expect(r.out).toContain('zorgtoeslag');
    const rapport = await run(['rapport', '1']);
    expect(rapport.out).toContain('Beschikkingen:');
    const repro = await run(['beschikking', 'reproduceer', '1']);
    expect(repro.code).toBe(0);
    expect(repro.out).toContain('GELIJK');
    expect(repro.out).toContain('(de eigen, bewaarde parameterset)');
  }, 60_000);

  it('reproduces a sample of the run, and names a decision that no longer follows from its data', async () => {
    const s = await run(['beschikking', 'steekproef', '--run', '1', '--aantal', '60', '--zaad', '3']);
    expect(s.code, s.err).toBe(0);
    expect(s.out).toMatch(/Run 1: 60 van [\d.]+ beschikkingen getrokken \(zaad 3\)\./);
    expect(s.out).toMatch(/60 van 60 reproduceren gelijk; [\d.]+ beschikkingen per seconde\./);
    expect(s.err).toContain('reproduceren 100%');
    // A stored amount changed behind the run's back: the full sample finds it and says what differs.
    const db = await openDb({ dataDir: map });
    try {
      await db.query('UPDATE beschikking SET jaarbedrag = jaarbedrag + 100 WHERE id = 2');
    } finally {
      await db.close();
    }
    const alle = await run(['beschikking', 'steekproef', '--run', '1', '--aantal', '1000000']);
    expect(alle.code).toBe(4);
    expect(alle.out).toMatch(/beschikking 2 \(\w+\): jaarbedrag \d+ → \d+/);
    expect((await run(['beschikking', 'steekproef', '--run', '99'])).err).toContain(
      'run 99 heeft geen beschikkingen',
    );
    expect((await run(['beschikking', 'steekproef'])).err).toContain('--run is verplicht');
    const db2 = await openDb({ dataDir: map });
    try {
      await db2.query('UPDATE beschikking SET jaarbedrag = jaarbedrag - 100 WHERE id = 2');
    } finally {
      await db2.close();
    }
  }, 120_000);

  it('refuses the definitive run while the year is not over, with a clear message', async () => {
    const d = await run(['run', 'definitief', '--jaar', '2026'], '2026-12-03T12:00:00.000Z');
    expect(d.code).toBe(2);
    expect(d.err).toContain('het jaar 2026 is nog niet voorbij');
  }, 60_000);

  it('pays January and settles the definitive calculation', async () => {
    expect((await run(['run', 'betaling', '--jaar', '2026', '--maand', '1'])).out).toContain('Betalingen:');
    const d = await run(['run', 'definitief', '--jaar', '2026']);
    expect(d.code).toBe(0);
    expect(d.out).toContain('Vereffening:');
    expect(d.out).toMatch(/terugvordering|nabetaling/);
  }, 60_000);

  it('says clearly what is wrong', async () => {
    expect((await run(['run', 'betaling', '--jaar', '2026'])).err).toContain('--maand is verplicht');
    expect((await run(['run', 'voorschot', '--jaar', '2024'])).err).toContain(
      '--jaar moet een geheel getal van 2025 tot en met 2026',
    );
    expect((await run(['run', 'definitief', '--jaar', '2025'])).err).toContain(
      'nog geen afgeronde voorschotrun voor 2025',
    );
    expect((await run(['beschikking', 'reproduceer', '999999'])).err).toContain(
      'beschikking 999999 bestaat niet',
    );
    expect((await run(['rapport', 'x'])).code).toBe(2);
    expect((await run(['populatie', 'genereer'])).err).toContain('--huishoudens is verplicht');
    expect((await run(['run', 'voorschot', '--jaar', '2026', '--bekend-op', 'gisteren'])).err).toContain(
      'geen tijdstip',
    );
  }, 60_000);
});
