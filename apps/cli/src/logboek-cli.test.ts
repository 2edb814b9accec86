/**
 * `regelmaat logboek opschonen` on an embedded database: applies every activity's retention period,
 * records each application once, and a rerun the same day removes and records nothing more.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { openDb } from '@regelmaat/db';
import { ACTIVITEITEN, activiteitId, logVerwerking, nieuweTrace } from '@regelmaat/logboek';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';

async function run(args: string[], nu: string) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdin: Readable.from(['']),
    klok: () => nu,
  });
  return { code, out: out.replace(/\u00a0/g, ' '), err };
}

describe('regelmaat logboek opschonen on PGlite', () => {
  const map = mkdtempSync(join(tmpdir(), 'regelmaat-logboek-'));
  const vorige = { data: process.env.REGELMAAT_DATA, url: process.env.DATABASE_URL };
  beforeAll(async () => {
    process.env.REGELMAAT_DATA = map;
    delete process.env.DATABASE_URL;
    const db = await openDb({ dataDir: map });
    for (const op of ['2020-05-01T10:00:00.000Z', '2029-05-01T10:00:00.000Z'])
      await logVerwerking(db, {
        trace: nieuweTrace(),
        activiteit: activiteitId('toeslag-berekenen'),
        naam: 'toeslag berekenen',
        betrokkenen: ['123456782'],
        start: op,
        eind: op,
        actor: { id: 'systeem', rol: 'systeem' },
        sleutel: 'pseudonimiseringssleutel-voor-de-cli-32+',
      });
    await db.close();
  }, 60_000);
  afterAll(() => {
    if (vorige.data === undefined) delete process.env.REGELMAAT_DATA;
    else process.env.REGELMAAT_DATA = vorige.data;
    if (vorige.url !== undefined) process.env.DATABASE_URL = vorige.url;
    rmSync(map, { recursive: true, force: true });
  });

  it('removes what is past its period once, and says so per activity', async () => {
    const eerst = await run(['logboek', 'opschonen'], '2030-01-02T03:00:00.000Z');
    expect(eerst.code).toBe(0);
    expect(eerst.out).toContain('1 verwerkingen verwijderd');
    expect(eerst.out).toContain('toeslag-berekenen (P7Y): vóór 2023-01-02 — 1 verwijderd');
    const weer = await run(['logboek', 'opschonen'], '2030-01-02T20:00:00.000Z');
    expect(weer.out).toContain('0 verwerkingen verwijderd');
    const db = await openDb({ dataDir: map });
    try {
      const r = await db.query<{ n: string }>('SELECT count(*) AS n FROM logboek_opschoning');
      expect(Number(r.rows[0]!.n)).toBe(ACTIVITEITEN.length);
      const v = await db.query<{ n: string }>('SELECT count(*) AS n FROM verwerking');
      expect(Number(v.rows[0]!.n)).toBe(1);
    } finally {
      await db.close();
    }
    expect((await run(['logboek', 'weg'], '2030-01-02T20:00:00.000Z')).code).toBe(2);
  }, 60_000);
});
