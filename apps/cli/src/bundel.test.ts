/**
 * The worker bundle (bin/bundel.mjs): built from the sources, it runs the same worker command —
 * including what the sources read from the source tree at run time (the migrations) — and is not
 * used once an input changed after its build began.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { actueleBundel, bouwBundel } from '../bin/bundel.mjs';

const NAAM = `test-worker-${process.pid}`;

describe('worker bundle', () => {
  const oudeData = process.env.REGELMAAT_DATA;
  const oudeUrl = process.env.DATABASE_URL;
  afterAll(() => {
    const pad = actueleBundel(NAAM);
    if (pad) for (const f of [pad, `${pad}.json`]) rmSync(f, { force: true });
    if (oudeData === undefined) delete process.env.REGELMAAT_DATA;
    else process.env.REGELMAAT_DATA = oudeData;
    if (oudeUrl !== undefined) process.env.DATABASE_URL = oudeUrl;
  });

  it('runs the worker command from one file, with its files read from the source tree', async () => {
    const pad = await bouwBundel(NAAM, 'apps/cli/src/worker-ingang.ts');
    expect(actueleBundel(NAAM)).toBe(pad);
    // Only the workspace's sources are inside; npm packages are imported as usual.
    const tekst = readFileSync(pad, 'utf8');
    expect(tekst).toContain('function workerIngang');
    expect(tekst).toContain(`from ${JSON.stringify('pg')}`);
    const { workerIngang } = (await import(pathToFileURL(pad).href)) as {
      workerIngang: (args: string[], io: unknown) => Promise<number>;
    };
    const uit: string[] = [];
    const io = {
      stdout: (s: string) => uit.push(s),
      stderr: (s: string) => uit.push(s),
      stdin: process.stdin,
    };
    // A fresh embedded database: migrated (migrations read from packages/db), then the run is missing.
    process.env.REGELMAAT_DATA = 'memory://';
    delete process.env.DATABASE_URL;
    expect(await workerIngang(['--run', '424242'], io)).toBe(2);
    expect(uit.join('')).toContain('Fout: Run 424242 bestaat niet');
    expect(await workerIngang(['--run', 'nul'], io)).toBe(2);
  }, 60_000);

  it('is not used once an input changed after its build began', async () => {
    const pad = await bouwBundel(NAAM, 'apps/cli/src/worker-ingang.ts');
    const meta = JSON.parse(readFileSync(`${pad}.json`, 'utf8')) as {
      gebouwdVanaf: number;
      invoer: string[];
    };
    expect(meta.invoer.some((f) => f.endsWith('packages/verwerking/src/werk.ts'))).toBe(true);
    writeFileSync(`${pad}.json`, JSON.stringify({ ...meta, gebouwdVanaf: 0 }));
    expect(actueleBundel(NAAM)).toBeUndefined();
    // An input that is gone makes it unusable as well.
    writeFileSync(`${pad}.json`, JSON.stringify({ ...meta, invoer: [...meta.invoer, '/bestaat/niet.ts'] }));
    expect(actueleBundel(NAAM)).toBeUndefined();
    // Building again makes it current.
    expect(await bouwBundel(NAAM, 'apps/cli/src/worker-ingang.ts')).toBe(pad);
    expect(actueleBundel(NAAM)).toBe(pad);
  }, 60_000);
});
