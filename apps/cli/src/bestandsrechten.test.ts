/**
 * Issue 10, item 10: the embedded database's files and the key file are the owner's only. The CLI
 * runs in a child process started with umask 000 (the worst case: without the fix every file was
 * 0666 and every folder 0777), in a data folder that does not exist yet.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../bin/regelmaat.mjs', import.meta.url));

/** Every path below `map` with its permission bits. */
function modi(map: string): { pad: string; map: boolean; modus: number }[] {
  const uit: { pad: string; map: boolean; modus: number }[] = [];
  const loop = (pad: string) => {
    const st = lstatSync(pad);
    uit.push({ pad, map: st.isDirectory(), modus: st.mode & 0o777 });
    if (st.isDirectory()) for (const n of readdirSync(pad)) loop(join(pad, n));
  };
  loop(map);
  return uit;
}

describe('embedded database files and the key file (umask 000)', () => {
  const basis = mkdtempSync(join(tmpdir(), 'regelmaat-rechten-'));
  afterAll(() => rmSync(basis, { recursive: true, force: true }));

  it('are made owner-only: folders 0700, files 0600', () => {
    const data = join(basis, 'nieuw', 'regelmaat');
    const env: NodeJS.ProcessEnv = { ...process.env, REGELMAAT_DATA: data };
    delete env.DATABASE_URL;
    delete env.REGELMAAT_PSEUDONIEMSLEUTEL;
    delete env.REGELMAAT_SESSIESLEUTEL;
    // `run` makes the key file and opens (creates and migrates) the embedded database.
    const r = spawnSync(
      'sh',
      ['-c', 'umask 000 && exec "$0" "$@"', process.execPath, CLI, 'run', 'voorschot', '--jaar', '2026'],
      { env, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.error).toBeUndefined();
    const alles = modi(data);
    expect(alles.some((m) => m.pad.endsWith('sleutels.json'))).toBe(true);
    expect(alles.some((m) => m.pad.endsWith('PG_VERSION'))).toBe(true);
    expect(alles.length).toBeGreaterThan(100);
    const teRuim = alles.filter((m) => m.modus !== (m.map ? 0o700 : 0o600) && (m.modus & 0o077) !== 0);
    expect(teRuim.map((m) => `${m.pad.slice(data.length)} ${m.modus.toString(8)}`)).toEqual([]);
    expect(lstatSync(join(data, 'sleutels.json')).mode & 0o777).toBe(0o600);
    expect(lstatSync(data).mode & 0o777).toBe(0o700);
  }, 150_000);
});
