/**
 * Taking over a lease: a partition whose lease has expired (its worker died or stalled) goes to
 * the next worker that asks, never before; the worker that lost it can neither renew it nor mark it
 * done (LeaseVerloren, so its transaction rolls back and nothing is written twice); a worker takes
 * back its own unfinished partition without waiting; a done partition is never leased again.
 * Plain SQL on the run_partitie rows: the same on PGlite and PostgreSQL.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { testDossiers } from '@regelmaat/dossier-opslag/testing';
import { wetgeving } from '@regelmaat/law';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LeaseVerloren, leasePartitie, rondAf, verlengLease } from './lease';
import { startRun } from './run';

const N = 40;

describeEachDatabase('taking over an expired lease on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await db.transaction((tx) => schrijfHuishoudens(tx, testDossiers(N)));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  async function partitie(runId: number, nr: number) {
    const r = await db.query<{ worker: string | null; status: string; pogingen: number }>(
      'SELECT worker, status, pogingen FROM run_partitie WHERE run_id = $1 AND nr = $2',
      [runId, nr],
    );
    return r.rows[0];
  }

  it('an expired lease is taken over by another worker; the one that lost it cannot renew or finish it', async () => {
    const { run } = await startRun(
      db,
      { soort: 'voorschot', jaar: 2026, bekendOp: '2026-01-01T00:00:00Z', partitiegrootte: 10 },
      wetgeving(),
    );
    const a = await leasePartitie(db, run.id, 'worker-a', 30);
    expect(a).toMatchObject({ nr: 0, pogingen: 1 });
    // While A's lease runs, B gets the next partition, not A's.
    const b = await leasePartitie(db, run.id, 'worker-b', 30);
    expect(b).toMatchObject({ nr: 1, pogingen: 1 });

    // A stops renewing (it died or stalled): its lease runs out.
    await db.query(
      "UPDATE run_partitie SET lease_tot = now() - interval '1 second' WHERE run_id = $1 AND nr = 0",
      [run.id],
    );
    const overgenomen = await leasePartitie(db, run.id, 'worker-b', 30);
    expect(overgenomen).toMatchObject({ nr: 0, pogingen: 2 });
    expect(await partitie(run.id, 0)).toEqual({ worker: 'worker-b', status: 'bezig', pogingen: 2 });

    // A comes back: no heartbeat, no completion; its transaction rolls back.
    expect(await verlengLease(db, a!, 'worker-a', 30)).toBe(false);
    await expect(db.transaction((tx) => rondAf(tx, a!, 'worker-a', 10, 1))).rejects.toBeInstanceOf(
      LeaseVerloren,
    );
    expect(await partitie(run.id, 0)).toEqual({ worker: 'worker-b', status: 'bezig', pogingen: 2 });

    // B holds it and finishes it.
    expect(await verlengLease(db, overgenomen!, 'worker-b', 30)).toBe(true);
    await db.transaction((tx) => rondAf(tx, overgenomen!, 'worker-b', 10, 1));
    expect(await partitie(run.id, 0)).toEqual({ worker: 'worker-b', status: 'klaar', pogingen: 2 });

    // B takes back its own unfinished partition 1 at once (its lease has not expired).
    expect(await leasePartitie(db, run.id, 'worker-b', 30)).toMatchObject({ nr: 1, pogingen: 2 });
    // A, asking again, gets an open partition; never the done one, never B's running one.
    expect(await leasePartitie(db, run.id, 'worker-a', 30)).toMatchObject({ nr: 2, pogingen: 1 });
    await db.query(
      "UPDATE run_partitie SET lease_tot = now() - interval '1 second' WHERE run_id = $1 AND nr = 0",
      [run.id],
    );
    expect(await leasePartitie(db, run.id, 'worker-c', 30)).toMatchObject({ nr: 3, pogingen: 1 });
    // Everything is done or held under a running lease: a fourth worker gets nothing.
    expect(await leasePartitie(db, run.id, 'worker-d', 30)).toBeUndefined();
  });
});
