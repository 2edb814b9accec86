/**
 * A run is computed by one version of the rules engine and one set of parameters: starting it
 * again (to resume it) with another engine or other parameters is refused with a message naming
 * both, and changes nothing — no partition, decision or log partition is added or reset; a worker
 * of another version does not join the run either.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { testDossiers } from '@regelmaat/dossier-opslag/testing';
import { ENGINE_VERSIE, wetgeving } from '@regelmaat/law';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { leesRun, RunFout, startRun } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { geenUitval } from './uitval-poort';
import { werk } from './werk';

const N = 20;
const OPDRACHT = {
  soort: 'voorschot',
  jaar: 2026,
  bekendOp: '2026-01-01T00:00:00Z',
  partitiegrootte: 10,
} as const;

describeEachDatabase('resuming a run with another engine or parameters on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await db.transaction((tx) => schrijfHuishoudens(tx, testDossiers(N)));
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  async function stand(runId: number) {
    const r = await db.query<{ partities: string; bezig: string; beschikkingen: string; runs: string }>(
      `SELECT (SELECT count(*) FROM run_partitie WHERE run_id = $1) AS partities,
              (SELECT count(*) FROM run_partitie WHERE run_id = $1 AND status <> 'klaar') AS bezig,
              (SELECT count(*) FROM beschikking WHERE run_id = $1) AS beschikkingen,
              (SELECT count(*) FROM run) AS runs`,
      [runId],
    );
    const x = r.rows[0]!;
    return {
      partities: Number(x.partities),
      bezig: Number(x.bezig),
      beschikkingen: Number(x.beschikkingen),
      runs: Number(x.runs),
    };
  }

  it('resumes with the same versions, and refuses another engine version or other parameters', async () => {
    const w = wetgeving();
    const { run, nieuw } = await startRun(db, OPDRACHT, w);
    expect(nieuw).toBe(true);
    expect(run.engineVersie).toBe(ENGINE_VERSIE);
    // Half the run is done, then it stops.
    await expect(
      werk(db, run, w, geenUitval, {
        worker: 'eerste',
        logboek: TEST_LOGBOEK,
        wachtOpAnderen: false,
        naPartitie: () => {
          throw new Error('gestopt');
        },
      }),
    ).rejects.toThrow('gestopt');
    const halfweg = await stand(run.id);
    expect(halfweg).toMatchObject({ partities: 2, bezig: 1, runs: 1 });
    expect(halfweg.beschikkingen).toBeGreaterThan(0);

    // The same versions: the run is resumed, not started again.
    const zelfde = await startRun(db, OPDRACHT, w);
    expect(zelfde).toMatchObject({ nieuw: false, run: { id: run.id } });

    // The run was started by another engine version.
    await db.query("UPDATE run SET engine_versie = 'oude-rekenkern' WHERE id = $1", [run.id]);
    const fout = await startRun(db, OPDRACHT, w).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(RunFout);
    expect((fout as Error).message).toBe(
      `run ${run.id} is gestart met rekenkern oude-rekenkern en parameters ${w.versie}; nu zijn dat ${ENGINE_VERSIE} en ${w.versie}. Hervatten zou versies mengen.`,
    );
    expect(await stand(run.id)).toEqual(halfweg);
    // A worker process of that other version (`regelmaat worker --run ID` reads the run) does not join.
    const zoalsGelezen = await leesRun(db, run.id);
    await expect(
      werk(db, zoalsGelezen!, w, geenUitval, { worker: 'andere-versie', logboek: TEST_LOGBOEK }),
    ).rejects.toThrow(/Hervatten zou versies mengen/);
    expect(await stand(run.id)).toEqual(halfweg);

    // The same engine, other parameters.
    await db.query(
      "UPDATE run SET engine_versie = $2, parameter_versie = 'andere-parameters' WHERE id = $1",
      [run.id, ENGINE_VERSIE],
    );
    await expect(startRun(db, OPDRACHT, w)).rejects.toThrow(
      `run ${run.id} is gestart met rekenkern ${ENGINE_VERSIE} en parameters andere-parameters; nu zijn dat ${ENGINE_VERSIE} en ${w.versie}. Hervatten zou versies mengen.`,
    );
    expect(await stand(run.id)).toEqual(halfweg);
  }, 60_000);
});
