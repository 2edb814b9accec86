/** `regelmaat demo` works in REGELMAAT_DATA like `server --demo`, and never empties a folder not its own. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main';
import { demoMap, maakDemoMapLeeg, merkAlsDemoMap } from './demo-map';

const basis = mkdtempSync(join(tmpdir(), 'regelmaat-demo-'));
afterAll(() => rmSync(basis, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

async function demo(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['demo', ...args], {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdin: Readable.from([]),
    klok: () => '2027-03-01T12:00:00Z',
  });
  return { code, out, err };
}

describe('the demo folder', () => {
  it('is --map, else REGELMAAT_DATA, else .data/demo', () => {
    expect(demoMap('a', { REGELMAAT_DATA: 'b' })).toBe('a');
    expect(demoMap(undefined, { REGELMAAT_DATA: 'b' })).toBe('b');
    expect(demoMap(undefined, {})).toBe('.data/demo');
  });

  it('empties an absent, empty or marked folder; refuses one with other contents and keeps it', () => {
    const leeg = join(basis, 'leeg');
    mkdirSync(leeg);
    maakDemoMapLeeg(leeg);
    maakDemoMapLeeg(join(basis, 'bestaat-niet'));
    const gemerkt = join(basis, 'gemerkt');
    mkdirSync(gemerkt);
    merkAlsDemoMap(gemerkt);
    writeFileSync(join(gemerkt, 'PG_VERSION'), '17');
    maakDemoMapLeeg(gemerkt);
    expect(existsSync(gemerkt)).toBe(false);
    const vreemd = join(basis, 'vreemd');
    mkdirSync(vreemd);
    writeFileSync(join(vreemd, 'PG_VERSION'), '17');
    expect(() => maakDemoMapLeeg(vreemd)).toThrow(`de map ${vreemd} is niet leeg en is geen demomap`);
    expect(readdirSync(vreemd)).toEqual(['PG_VERSION']);
  });

  it('regelmaat demo refuses REGELMAAT_DATA holding another database before it shows anything (exit 2)', async () => {
    const server = join(basis, 'server-data');
    mkdirSync(server);
    writeFileSync(join(server, 'sleutels.json'), '{}');
    vi.stubEnv('REGELMAAT_DATA', server);
    const r = await demo(['--huishoudens', '1']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`de map ${server} is niet leeg en is geen demomap`);
    expect(readdirSync(server)).toEqual(['sleutels.json']);
  });

  it('regelmaat demo runs the year in REGELMAAT_DATA, marked so that the next demo may empty it', async () => {
    const data = join(basis, 'demo-data');
    vi.stubEnv('REGELMAAT_DATA', data);
    const r = await demo(['--huishoudens', '2']);
    expect(r.err).not.toContain('Fout');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`in een nieuwe ingebouwde database (${data})`);
    expect(r.out).toContain(`REGELMAAT_DATA=${data} npx regelmaat beschikking reproduceer`);
    expect(readdirSync(data)).toEqual(expect.arrayContaining(['PG_VERSION', 'regelmaat-demo.txt']));
    maakDemoMapLeeg(data);
    expect(existsSync(data)).toBe(false);
  }, 120_000);
});
