/**
 * `regelmaat server --demo` as `npm start` runs it, in a separate process on a fresh embedded
 * database: it seeds, prints the address, demo accounts and citizens to try, serves the website and
 * the API on one port, lets a printed citizen log in, and stops cleanly on SIGTERM. A second start on
 * the same folder reuses the data.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/regelmaat.mjs', import.meta.url));

function start(map: string): { kind: ChildProcess; uitvoer: () => string; adres: Promise<string> } {
  const env: NodeJS.ProcessEnv = { ...process.env, REGELMAAT_DATA: map };
  delete env.DATABASE_URL;
  const kind = spawn(process.execPath, [BIN, 'server', '--demo', '--huishoudens', '60', '--poort', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tekst = '';
  kind.stderr!.on('data', (d: Buffer) => (tekst += d.toString()));
  const adres = new Promise<string>((klaar, fout) => {
    kind.stdout!.on('data', (d: Buffer) => {
      tekst += d.toString();
      if (/Stoppen: Ctrl\+C/.test(tekst)) klaar(/draait op (http:\/\/\S+)/.exec(tekst)![1]!);
    });
    kind.on('exit', (code) => fout(new Error(`server stopte (${code}):\n${tekst}`)));
  });
  return { kind, uitvoer: () => tekst, adres };
}

async function stop(kind: ChildProcess): Promise<number | null> {
  const einde = new Promise<number | null>((r) => kind.on('exit', (code) => r(code)));
  kind.kill('SIGTERM');
  return einde;
}

describe('regelmaat server --demo', () => {
  const map = mkdtempSync(join(tmpdir(), 'regelmaat-server-'));
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('seeds, serves the website and the API, and lets a printed citizen log in', async () => {
    const s = start(map);
    const adres = await s.adres;
    const tekst = s.uitvoer();
    expect(tekst).toContain('Demo-gegevens klaar');
    expect(tekst).toContain('behandelaar-1');
    const bsn = /^\s+(\d{9})\s+heeft toeslagen/m.exec(tekst)?.[1];
    expect(bsn).toBeDefined();

    const home = await fetch(`${adres}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<html lang="nl"');
    const doc = await fetch(`${adres}/v1/openapi.json`);
    expect(doc.headers.get('api-version')).toBe('1.0.0');

    const login = await fetch(`${adres}/v1/sessies/digid-simulatie`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ bsn }),
    });
    expect(login.status).toBe(201);
    const { token } = (await login.json()) as { token: string };
    const overzicht = await fetch(`${adres}/v1/overzichten`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    expect(overzicht.status).toBe(200);
    expect(((await overzicht.json()) as { toeslagen: unknown[] }).toeslagen.length).toBeGreaterThan(0);
    expect(await stop(s.kind)).toBe(0);

    // A second start reuses the data: no new seeding.
    const t = start(map);
    await t.adres;
    expect(t.uitvoer()).not.toContain('Demo-gegevens maken');
    expect(await stop(t.kind)).toBe(0);
  }, 240_000);
});
