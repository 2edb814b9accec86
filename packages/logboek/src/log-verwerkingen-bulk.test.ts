import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activiteitId } from './activiteiten';
import { DUBBEL_GELOGD, logVerwerking, STATUS, type Verwerking } from './log-verwerking';
import { logVerwerkingenBulk, spanIds } from './log-verwerkingen-bulk';
import { pseudoniem } from './pseudoniem';
import { nieuweTrace } from './trace-context';

const SLEUTEL = 'pseudonimiseringssleutel-voor-bulktests-32+';
const BSNS = ['111222333', '123456782', '999999990', '12345672', '999990019', '999990020'];

function verwerking(over: Partial<Verwerking> = {}): Verwerking {
  return {
    trace: nieuweTrace(),
    activiteit: activiteitId('voorschot-vaststellen'),
    naam: 'voorschot vaststellen',
    betrokkenen: [BSNS[0]!],
    start: '2026-02-01T09:00:00.000Z',
    eind: '2026-02-01T09:00:03.250Z',
    actor: { id: 'worker-1', rol: 'systeem' },
    sleutel: SLEUTEL,
    ...over,
  };
}

type Rij = Record<string, unknown>;

describeEachDatabase('logVerwerkingenBulk on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  /** Every column of both tables for a trace, with the random child span ids checked and left out. */
  async function rijenVan(traceId: string, spanId: string): Promise<{ v: Rij[]; h: Rij[] }> {
    const v = await db.query<Rij>(
      `SELECT span_id, parent_span_id, name, start_time::text AS start_time, end_time::text AS end_time, status_code,
              processing_activity_id, data_subject_id, data_subject_id_type, resource_service_name,
              resource_service_version, foreign_operation::text AS foreign_operation
         FROM verwerking WHERE trace_id = $1 ORDER BY data_subject_id`,
      [traceId],
    );
    expect(new Set(v.rows.map((r) => r.span_id)).size).toBe(v.rows.length);
    for (const r of v.rows) {
      expect(r.span_id).toMatch(/^[0-9a-f]{16}$/);
      expect(r.span_id).not.toBe(spanId);
      expect(r.parent_span_id).toBe(spanId);
    }
    const h = await db.query<Rij>(
      'SELECT span_id, actor_id, actor_rol, actie, op::text AS op FROM handeling WHERE trace_id = $1',
      [traceId],
    );
    for (const r of h.rows) expect(r.span_id).toBe(spanId);
    const zonder = (r: Rij) => {
      const { span_id: _s, parent_span_id: _p, ...rest } = r;
      return rest;
    };
    return { v: v.rows.map(zonder), h: h.rows.map(zonder) };
  }

  it('writes exactly the rows logVerwerking writes, for any operations (property)', async () => {
    const operatie = fc.record({
      betrokkenen: fc.array(fc.constantFrom(...BSNS), { minLength: 1, maxLength: 8 }),
      status: fc.constantFrom(STATUS.ONBEKEND, STATUS.OK, STATUS.FOUT),
      naam: fc.constantFrom('voorschot vaststellen', 'met\ttab en \\ backslash', 'betaling maand 3'),
      actor: fc.constantFrom(
        { id: 'worker-1', rol: 'systeem' },
        { id: BSNS[1]!, rol: 'burger' },
        { id: 'host-12345678-1', rol: 'systeem' },
      ),
      extern: fc.boolean(),
      duurMs: fc.integer({ min: 0, max: 100_000 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(operatie, { minLength: 1, maxLength: 4 }), async (ops) => {
        const paren = ops.map((o) => {
          const basis = verwerking({
            betrokkenen: o.betrokkenen,
            status: o.status,
            naam: o.naam,
            actor: o.actor,
            eind: new Date(Date.parse('2026-02-01T09:00:00.000Z') + o.duurMs),
            ...(o.extern
              ? { extern: { ...nieuweTrace(), entiteit: 'https://belastingdienst.example/logboek' } }
              : {}),
          });
          return { los: basis, bulk: { ...basis, trace: nieuweTrace() } };
        });
        for (const p of paren) await logVerwerking(db, p.los);
        const uit = await logVerwerkingenBulk(
          db,
          paren.map((p) => p.bulk),
        );
        expect(uit.handelingen).toBe(ops.length);
        let totaal = 0;
        for (const p of paren) {
          const a = await rijenVan(p.los.trace.traceId, p.los.trace.spanId);
          const b = await rijenVan(p.bulk.trace.traceId, p.bulk.trace.spanId);
          expect(b).toEqual(a);
          expect(b.v.map((r) => r.data_subject_id)).toEqual(
            [...new Set(p.los.betrokkenen)].map((x) => pseudoniem(x, SLEUTEL)).sort(),
          );
          expect(b.h).toHaveLength(1);
          totaal += b.v.length;
        }
        expect(uit.verwerkingen).toBe(totaal);
      }),
      { numRuns: 12 },
    );
  });

  it('commits and rolls back with the caller’s transaction', async () => {
    const v = verwerking({ betrokkenen: BSNS });
    await expect(
      db.transaction(async (tx) => {
        await logVerwerkingenBulk(tx, [v]);
        throw new Error('verwerking mislukt');
      }),
    ).rejects.toThrow('verwerking mislukt');
    expect((await rijenVan(v.trace.traceId, v.trace.spanId)).v).toHaveLength(0);
    await db.transaction((tx) => logVerwerkingenBulk(tx, [v]));
    expect((await rijenVan(v.trace.traceId, v.trace.spanId)).v).toHaveLength(BSNS.length);
  });

  it('writes nothing when one operation is invalid, and refuses an operation logged twice', async () => {
    const goed = verwerking();
    await expect(logVerwerkingenBulk(db, [goed, verwerking({ betrokkenen: ['123456789'] })])).rejects.toThrow(
      'ongeldig BSN',
    );
    await expect(logVerwerkingenBulk(db, [goed, verwerking({ betrokkenen: [] })])).rejects.toThrow(
      'geen betrokkenen',
    );
    expect((await rijenVan(goed.trace.traceId, goed.trace.spanId)).h).toHaveLength(0);
    await logVerwerkingenBulk(db, [goed]);
    await expect(logVerwerkingenBulk(db, [goed])).rejects.toThrow(DUBBEL_GELOGD);
    const n = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM verwerking WHERE trace_id = $1', [
      goed.trace.traceId,
    ]);
    expect(n.rows[0]!.n).toBe(1);
  });

  it('leaves the log append-only after a COPY', async () => {
    const v = verwerking();
    await logVerwerkingenBulk(db, [v]);
    await expect(
      db.query("UPDATE verwerking SET name = 'x' WHERE trace_id = $1", [v.trace.traceId]),
    ).rejects.toThrow(/alleen-toevoegen/);
  });

  it('numbers the subjects’ rows from eersteKindSpanId when given, and refuses one that is not a span id', async () => {
    const v = verwerking({ betrokkenen: BSNS.slice(0, 3), eersteKindSpanId: '00000007ffffffff' });
    await logVerwerkingenBulk(db, [v]);
    const r = await db.query<{ span_id: string }>(
      'SELECT span_id FROM verwerking WHERE trace_id = $1 ORDER BY span_id',
      [v.trace.traceId],
    );
    expect(r.rows.map((x) => x.span_id)).toEqual([
      '00000007ffffffff',
      '0000000800000000',
      '0000000800000001',
    ]);
    for (const fout of ['0000000000000000', '7ffffffff', 'XYZ0000000000000'])
      await expect(logVerwerkingenBulk(db, [verwerking({ eersteKindSpanId: fout })])).rejects.toThrow(
        /eersteKindSpanId/,
      );
  });

  it('writes nothing for no operations', async () => {
    expect(await logVerwerkingenBulk(db, [])).toEqual({ verwerkingen: 0, handelingen: 0 });
  });
});

describe('spanIds', () => {
  const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));

  it('gives n consecutive, unique, non-zero 16-hex ids from any start (property)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 300 }),
        (start, n) => {
          const ids = spanIds(n, start);
          expect(ids).toHaveLength(n);
          expect(new Set(ids).size).toBe(n);
          for (const id of ids) {
            expect(id).toMatch(/^[0-9a-f]{16}$/);
            expect(id).not.toBe('0000000000000000');
          }
          for (let i = 1; i < n; i++) {
            const d = BigInt(`0x${ids[i]}`) - BigInt(`0x${ids[i - 1]}`);
            // consecutive, or the one step over the skipped all-zero id after a wrap
            expect(d === 1n || (ids[i] === '0000000000000001' && ids[i - 1] === 'ffffffffffffffff')).toBe(
              true,
            );
          }
        },
      ),
    );
  });

  it('carries into the high half, wraps past the top and skips the all-zero id', () => {
    expect(spanIds(3, hex('00000001fffffffe'))).toEqual([
      '00000001fffffffe',
      '00000001ffffffff',
      '0000000200000000',
    ]);
    expect(spanIds(3, hex('fffffffffffffffe'))).toEqual([
      'fffffffffffffffe',
      'ffffffffffffffff',
      '0000000000000001',
    ]);
    expect(spanIds(2, hex('0000000000000000'))).toEqual(['0000000000000001', '0000000000000002']);
  });

  it('starts at a random point per call', () => {
    expect(spanIds(1)[0]).not.toBe(spanIds(1)[0]);
  });
});
