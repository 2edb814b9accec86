/**
 * The batch runs write the processing log (Logboek Dataverwerkingen): one record per person of
 * every household per run, with the run's activity, in the run's trace, one span and one
 * `handeling` per partition; a crashed partition leaves no log and its redo logs once.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { testDossiers } from '@regelmaat/dossier-opslag/testing';
import { wetgeving } from '@regelmaat/law';
import { activiteitId, pseudoniem, verwerkingenVan } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Run, startRun, voortgang } from './run';
import { TEST_LOGBOEK } from './testing/test-logboek';
import { geenUitval, type UitvalDetector } from './uitval-poort';
import { eersteKindSpanId, werk } from './werk';

const N = 30;
const BEKEND_OP = '2026-01-01T00:00:00Z';
const w = wetgeving();
const SLEUTEL = TEST_LOGBOEK.sleutel;

describeEachDatabase('the batch runs’ processing log on $naam', ({ open }) => {
  let db: Db;
  /** Per household id, the distinct BSNs its dossier knows. */
  const personen = new Map<number, string[]>();
  beforeAll(async () => {
    db = await open();
    const dossiers = testDossiers(N);
    await db.transaction((tx) => schrijfHuishoudens(tx, dossiers));
    for (const d of dossiers) {
      personen.set(d.id, [...new Set(d.feiten.flatMap((f) => (f.persoonBsn ? [f.persoonBsn] : [])))]);
    }
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const logVan = (run: Run) =>
    db.query<{ subject: string; parent: string; activiteit: string; name: string }>(
      `SELECT data_subject_id AS subject, parent_span_id AS parent, processing_activity_id AS activiteit, name
         FROM verwerking WHERE trace_id = $1`,
      [run.traceId],
    );

  it('refuses to work without the log’s key, or with a key that is too short', async () => {
    const { run } = await startRun(db, { soort: 'voorschot', jaar: 2025, bekendOp: BEKEND_OP }, w);
    await expect(werk(db, run, w, geenUitval, { worker: 'x' } as never)).rejects.toThrow(
      'een run zonder logboek is niet toegestaan',
    );
    await expect(werk(db, run, w, geenUitval, { worker: 'x', logboek: { sleutel: 'kort' } })).rejects.toThrow(
      'te kort',
    );
    expect((await voortgang(db, run.id)).klaar).toBe(0);
  });

  it('a crash mid-partition leaves no log for it; the rerun logs every person of every household once', async () => {
    const { run } = await startRun(
      db,
      { soort: 'voorschot', jaar: 2026, bekendOp: BEKEND_OP, partitiegrootte: 10 },
      w,
    );
    expect(run.traceId).toMatch(/^[0-9a-f]{32}$/);
    let gezien = 0;
    const crasht: UitvalDetector = () => {
      if (++gezien === 15) throw new Error('stroomstoring');
      return null;
    };
    await expect(
      werk(db, run, w, crasht, { worker: 'eerste', logboek: TEST_LOGBOEK, leaseSeconden: 1 }),
    ).rejects.toThrow('stroomstoring');
    // Partition 0 (households 1–10) committed with its log; partition 1 rolled back with its log.
    const eerst = (await logVan(run)).rows.map((r) => r.subject).sort();
    const verwachtEerst = [...personen]
      .filter(([id]) => id < 11)
      .flatMap(([, b]) => b.map((x) => pseudoniem(x, SLEUTEL)))
      .sort();
    expect(eerst).toEqual(verwachtEerst);

    await werk(db, run, w, geenUitval, {
      worker: 'tweede',
      logboek: TEST_LOGBOEK,
      leaseSeconden: 1,
      wachtOpAnderen: true,
    });
    const rijen = (await logVan(run)).rows;
    const alle = [...personen.values()].flatMap((b) => b.map((x) => pseudoniem(x, SLEUTEL))).sort();
    expect(alle.length).toBeGreaterThan(N); // partners and children too
    expect(rijen.map((r) => r.subject).sort()).toEqual(alle);
    for (const r of rijen) {
      expect(r.activiteit).toBe(activiteitId('voorschot-vaststellen'));
      expect(r.name).toBe('voorschot vaststellen');
    }
    // One span per partition, each with one handeling by the worker that committed it.
    const h = await db.query<{ span_id: string; actor_id: string; actor_rol: string }>(
      'SELECT span_id, actor_id, actor_rol FROM handeling WHERE trace_id = $1 ORDER BY op',
      [run.traceId],
    );
    expect(h.rows).toHaveLength(3);
    expect(h.rows.map((x) => x.actor_id)).toEqual(['eerste', 'tweede', 'tweede']);
    for (const x of h.rows) expect(x.actor_rol).toBe('systeem');
    expect(new Set(rijen.map((r) => r.parent))).toEqual(new Set(h.rows.map((x) => x.span_id)));
    // Each partition numbers its records from its own range, so a run's records ascend with the partition.
    const spans = await db.query<{ parent_span_id: string; span_id: string }>(
      'SELECT parent_span_id, span_id FROM verwerking WHERE trace_id = $1 ORDER BY span_id',
      [run.traceId],
    );
    const perPartitie = new Map<string, string[]>();
    for (const r of spans.rows)
      perPartitie.set(r.parent_span_id, [...(perPartitie.get(r.parent_span_id) ?? []), r.span_id]);
    const starts = [...perPartitie.values()].map((ids) => {
      ids.forEach((id, i) => {
        expect(BigInt(`0x${id}`)).toBe(BigInt(`0x${ids[0]}`) + BigInt(i));
      });
      return ids[0];
    });
    expect(starts.sort()).toEqual([0, 1, 2].map(eersteKindSpanId));
    // All in the run's own partition of the log, which got its subject index when the run closed.
    const inPartitie = await db.query<{ n: string }>(`SELECT count(*) AS n FROM verwerking_run_${run.id}`);
    expect(Number(inPartitie.rows[0]!.n)).toBe(rijen.length);
    const index = await db.query(
      'SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = $1',
      [`verwerking_run_${run.id}_betrokkene`],
    );
    expect(index.rows).toHaveLength(1);
  });

  it('gives each partition a range of its own for its log records', () => {
    expect(eersteKindSpanId(0)).toBe('0000000100000000');
    expect(eersteKindSpanId(1599)).toBe('0000064000000000');
    for (const fout of [-1, 1.5, 0xffff_ffff]) expect(() => eersteKindSpanId(fout)).toThrow(RangeError);
  });

  it('a payment run logs the persons of every household; verwerkingenVan shows the runs for a person', async () => {
    const { run } = await startRun(db, { soort: 'betaling', jaar: 2026, maand: 1 }, w);
    await werk(db, run, w, geenUitval, { worker: 'betaler', logboek: TEST_LOGBOEK });
    const rijen = (await logVan(run)).rows;
    const alle = [...personen.values()].flatMap((b) => b.map((x) => pseudoniem(x, SLEUTEL))).sort();
    expect(rijen.map((r) => r.subject).sort()).toEqual(alle);
    for (const r of rijen) expect(r.activiteit).toBe(activiteitId('maandbetaling'));

    // Applicant, partner and child of one household each see both runs.
    const [, bsns] = [...personen].find(([, b]) => b.length >= 3)!;
    for (const bsn of bsns) {
      const gezien = await verwerkingenVan(db, bsn, SLEUTEL, { metActor: true });
      expect(gezien.map((g) => g.activiteit.id).sort()).toEqual(
        [activiteitId('maandbetaling'), activiteitId('voorschot-vaststellen')].sort(),
      );
      for (const g of gezien) expect(g.actor?.rol).toBe('systeem');
    }
  });
});
