/**
 * Loading a synthetic population, pipelined (the next batch is generated while the previous one is
 * written): the same facts as generating everything first, whole batches only when a batch fails,
 * and a rerun continues where it stopped.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { alsCopy } from '@regelmaat/dossier-opslag';
import { alsDossier, genereerHuishouden } from '@regelmaat/populatie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { laadPopulatie } from './laad-populatie';

const SEED = 5;
const JAAR = 2026;
const N = 60;
/** A simulated moment after the year: every fact of the calendar is known (see toekomstige-feiten.test.ts). */
const NU = '2027-07-01T00:00:00.000Z';

/** The facts in the database as COPY text, in load order (the columns `alsCopy` writes). */
async function feitTekst(db: Db): Promise<string> {
  const r = await db.query<{ t: string }>(
    `SELECT huishouden_id || '|' || soort || '|' || coalesce(persoon_bsn, '-') || '|' || waarde::text || '|' ||
            bron AS t FROM feit ORDER BY id`,
  );
  return r.rows.map((x) => x.t).join('\n');
}

describeEachDatabase('laadPopulatie (pipelined) on $naam', ({ open }) => {
  let db: Db;
  beforeEach(async () => {
    db = await open();
  }, 60_000);
  afterEach(async () => {
    await db?.close();
  });

  it('loads exactly the facts of the generated households, in order', async () => {
    const uit = await laadPopulatie(db, { aantal: N, seed: SEED, jaar: JAAR, nu: NU, batch: 7 });
    const dossiers = Array.from({ length: N }, (_, i) =>
      alsDossier(genereerHuishouden(SEED, i, JAAR), JAAR, NU),
    );
    const verwacht = alsCopy(dossiers)
      .feit.trimEnd()
      .split('\n')
      .map((r) => {
        const k = r.split('\t');
        return [k[0], k[1], k[2] === '\\N' ? '-' : k[2], k[3], k[6]].join('|');
      })
      .join('\n');
    expect(uit).toEqual({
      geladen: N,
      overgeslagen: 0,
      feiten: dossiers.reduce((n, d) => n + d.feiten.length, 0),
    });
    expect(await feitTekst(db)).toBe(verwacht);
  });

  it('stops at a failing batch with only whole batches written, and a rerun finishes the load', async () => {
    // A household outside the population holds the BSN of index 25: the batch with 21..27 fails.
    const bsn25 = genereerHuishouden(SEED, 25, JAAR).bsnAanvrager;
    await db.query('INSERT INTO huishouden (id, bsn_aanvrager) VALUES (999999, $1)', [bsn25]);
    await expect(
      laadPopulatie(db, { aantal: N, seed: SEED, jaar: JAAR, nu: NU, batch: 7 }),
    ).rejects.toThrow();
    const n = await db.query<{ n: number; hi: number }>(
      'SELECT count(*)::int AS n, max(id)::int AS hi FROM huishouden WHERE id < 999999',
    );
    expect(n.rows[0]).toEqual({ n: 21, hi: 21 });
    const f = await db.query<{ n: number }>('SELECT count(DISTINCT huishouden_id)::int AS n FROM feit');
    expect(f.rows[0]!.n).toBe(21);
    await db.query('DELETE FROM huishouden WHERE id = 999999');
    const uit = await laadPopulatie(db, { aantal: N, seed: SEED, jaar: JAAR, nu: NU, batch: 7 });
    expect(uit.geladen).toBe(N - 21);
    expect(uit.overgeslagen).toBe(21);
    const alles = await db.query<{ n: number; d: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT huishouden_id)::int AS d FROM feit',
    );
    expect(alles.rows[0]!.d).toBe(N);
  });
});
