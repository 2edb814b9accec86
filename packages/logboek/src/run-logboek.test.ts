/**
 * A batch run's processing log in a partition of its own (migration 012): made when the run starts,
 * append-only like the rest, only the run's trace, found by pseudonym before and after the run's
 * subject index is built, and the index built once however many closers there are.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activiteitId } from './activiteiten';
import type { Verwerking } from './log-verwerking';
import { logVerwerkingenBulk } from './log-verwerkingen-bulk';
import { maakRunLogboek, sluitRunLogboek } from './run-logboek';
import { nieuweTrace } from './trace-context';
import { verwerkingenVan } from './verwerkingen-van';

const SLEUTEL = 'pseudonimiseringssleutel-voor-runtests-32+';
const RUN = 41;

function verwerking(traceId: string, over: Partial<Verwerking> = {}): Verwerking {
  return {
    trace: { traceId, spanId: nieuweTrace().spanId },
    activiteit: activiteitId('voorschot-vaststellen'),
    naam: 'voorschot vaststellen',
    betrokkenen: ['111222333', '123456782'],
    start: '2026-02-01T09:00:00.000Z',
    eind: '2026-02-01T09:00:03.250Z',
    actor: { id: 'worker-1', rol: 'systeem' },
    sleutel: SLEUTEL,
    runId: RUN,
    ...over,
  };
}

describeEachDatabase('a run’s partition of the processing log on $naam', ({ open }) => {
  let db: Db;
  const trace = nieuweTrace().traceId;
  beforeAll(async () => {
    db = await open();
    await maakRunLogboek(db, RUN, trace);
    await maakRunLogboek(db, RUN, trace); // a second time changes nothing
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const aantal = async (tabel: string) =>
    Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${tabel}`)).rows[0]!.n);

  it('takes the run’s records, is found by pseudonym before and after its index, and is indexed once', async () => {
    await logVerwerkingenBulk(db, [verwerking(trace)]);
    expect(await aantal(`verwerking_run_${RUN}`)).toBe(2);
    expect(await aantal('verwerking_algemeen')).toBe(0);
    const voor = await verwerkingenVan(db, '123456782', SLEUTEL, { metActor: false });
    expect(voor).toHaveLength(1);
    await sluitRunLogboek(db, RUN);
    await sluitRunLogboek(db, RUN); // a second closer finds the index
    const idx = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexname = $2`,
      [`verwerking_run_${RUN}`, `verwerking_run_${RUN}_betrokkene`],
    );
    expect(Number(idx.rows[0]!.n)).toBe(1);
    expect(await verwerkingenVan(db, '123456782', SLEUTEL, { metActor: false })).toEqual(voor);
    // Records logged without a run go to the general partition.
    await logVerwerkingenBulk(db, [verwerking(nieuweTrace().traceId, { runId: undefined })]);
    expect(await aantal('verwerking_algemeen')).toBe(2);
  });

  it('refuses another trace, a run without a partition, and every change', async () => {
    await expect(logVerwerkingenBulk(db, [verwerking(nieuweTrace().traceId)])).rejects.toThrow(/check/i);
    await expect(logVerwerkingenBulk(db, [verwerking(trace, { runId: RUN + 1 })])).rejects.toThrow(
      /partition/i,
    );
    await expect(logVerwerkingenBulk(db, [verwerking(trace, { runId: 0 })])).rejects.toThrow(/runId/);
    const t = `verwerking_run_${RUN}`;
    await expect(db.query(`UPDATE ${t} SET name = 'gewijzigd'`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(db.query(`DELETE FROM ${t}`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(db.exec(`TRUNCATE ${t}`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(db.query(`DELETE FROM verwerking WHERE run_id = ${RUN}`)).rejects.toThrow(
      /alleen-toevoegen/,
    );
    expect(await aantal(t)).toBe(2);
    await expect(maakRunLogboek(db, 0, trace)).rejects.toThrow(RangeError);
    await expect(maakRunLogboek(db, RUN, 'x')).rejects.toThrow(RangeError);
  });
});
