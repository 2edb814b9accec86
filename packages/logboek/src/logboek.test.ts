import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activiteitId } from './activiteiten';
import { logVerwerking, STATUS, type Verwerking } from './log-verwerking';
import { pseudoniem } from './pseudoniem';
import { kindSpan, nieuweTrace } from './trace-context';
import { verwerkingenVan } from './verwerkingen-van';

const SLEUTEL = 'pseudonimiseringssleutel-voor-tests-32+';
const A = '111222333';
const B = '123456782';
const C = '999999990';
const behandelaar = { id: 'm-behandelaar-1', rol: 'behandelaar' };

function verwerking(over: Partial<Verwerking> = {}): Verwerking {
  return {
    trace: nieuweTrace(),
    activiteit: activiteitId('dossier-inzien'),
    naam: 'dossier bekijken',
    betrokkenen: [A],
    start: '2026-02-01T09:00:00.000Z',
    eind: '2026-02-01T09:00:00.250Z',
    actor: behandelaar,
    sleutel: SLEUTEL,
    ...over,
  };
}

describeEachDatabase('the processing log on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const tel = async (tabel: string, waar = 'true', params: unknown[] = []) =>
    Number(
      (await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${tabel} WHERE ${waar}`, params)).rows[0]!.n,
    );

  it('writes one row per data subject as child spans, and one handeling', async () => {
    const trace = nieuweTrace();
    await logVerwerking(
      db,
      verwerking({
        trace,
        activiteit: activiteitId('toeslag-berekenen'),
        naam: 'toeslagen berekenen',
        betrokkenen: [A, B, C, A],
      }),
    );
    const r = await db.query<{
      span_id: string;
      parent_span_id: string;
      data_subject_id: string;
      status_code: number;
    }>(
      'SELECT span_id, parent_span_id, data_subject_id, status_code, data_subject_id_type FROM verwerking WHERE trace_id = $1',
      [trace.traceId],
    );
    expect(r.rows).toHaveLength(3);
    expect(new Set(r.rows.map((x) => x.span_id)).size).toBe(3);
    for (const x of r.rows) {
      expect(x.parent_span_id).toBe(trace.spanId);
      expect(x.span_id).not.toBe(trace.spanId);
      expect(Number(x.status_code)).toBe(STATUS.OK);
    }
    expect(r.rows.map((x) => x.data_subject_id).sort()).toEqual(
      [A, B, C].map((b) => pseudoniem(b, SLEUTEL)).sort(),
    );
    expect(await tel('handeling', 'trace_id = $1', [trace.traceId])).toBe(1);
  });

  it('stores no BSN anywhere: not as subject, not as a citizen actor', async () => {
    await logVerwerking(
      db,
      verwerking({
        activiteit: activiteitId('eigen-logboek-inzien'),
        naam: 'eigen logboek',
        actor: { id: A, rol: 'burger' },
      }),
    );
    for (const tabel of ['verwerking', 'handeling']) {
      for (const bsn of [A, B, C]) {
        expect(await tel(tabel, `${tabel}::text LIKE $1`, [`%${bsn}%`]), `${tabel} ${bsn}`).toBe(0);
      }
    }
    const h = await db.query<{ actor_id: string }>(
      "SELECT actor_id FROM handeling WHERE actor_rol = 'burger'",
    );
    expect(h.rows[0]!.actor_id).toBe(`pseudoniem:${pseudoniem(A, SLEUTEL)}`);
    expect(pseudoniem(A, SLEUTEL)).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudoniem(A, SLEUTEL)).not.toBe(pseudoniem(A, `${SLEUTEL}x`));
  });

  it('finds a BSN’s processing newest first, with the activity’s name and purpose, and the actor only for the auditor', async () => {
    const eerst = nieuweTrace();
    const later = nieuweTrace();
    await logVerwerking(
      db,
      verwerking({
        trace: eerst,
        betrokkenen: [B],
        start: '2026-03-01T08:00:00Z',
        eind: '2026-03-01T08:00:01Z',
      }),
    );
    await logVerwerking(
      db,
      verwerking({
        trace: later,
        betrokkenen: [B],
        activiteit: activiteitId('maatwerk-vastleggen'),
        naam: 'maatwerk vastleggen',
        start: '2026-03-02T08:00:00Z',
        eind: '2026-03-02T08:00:02Z',
        status: STATUS.FOUT,
        actor: { id: 'm-teamleider-1', rol: 'teamleider' },
      }),
    );
    const burger = await verwerkingenVan(db, B, SLEUTEL, { metActor: false });
    expect(burger.map((x) => x.traceId).slice(0, 2)).toEqual([later.traceId, eerst.traceId]);
    expect(burger[0]).toMatchObject({
      naam: 'maatwerk vastleggen',
      start: '2026-03-02T08:00:00.000Z',
      eind: '2026-03-02T08:00:02.000Z',
      status: 2,
      parentSpanId: later.spanId,
      activiteit: { id: activiteitId('maatwerk-vastleggen'), naam: 'Maatwerkbesluit vastleggen' },
    });
    expect(burger[0]!.activiteit.doel.length).toBeGreaterThan(20);
    for (const regel of burger) expect(regel).not.toHaveProperty('actor');

    const auditor = await verwerkingenVan(db, B, SLEUTEL, { metActor: true });
    expect(auditor[0]!.actor).toEqual({ id: 'm-teamleider-1', rol: 'teamleider' });
    expect(auditor[1]!.actor).toEqual(behandelaar);
    expect(await verwerkingenVan(db, B, SLEUTEL, { metActor: false, limiet: 1 })).toHaveLength(1);
    // Another key gives another pseudonym: nothing found. A BSN with no processing: nothing found.
    expect(await verwerkingenVan(db, B, `${SLEUTEL}-ander`, { metActor: true })).toEqual([]);
    expect(await verwerkingenVan(db, '100000009', SLEUTEL, { metActor: true })).toEqual([]);
    await expect(verwerkingenVan(db, '123456789', SLEUTEL, { metActor: false })).rejects.toThrow(/11-proef/);
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself, on both tables', async () => {
    const voor = await tel('verwerking');
    const voorH = await tel('handeling');
    expect(voor).toBeGreaterThan(0);
    for (const tabel of ['verwerking', 'handeling']) {
      const kolom = tabel === 'verwerking' ? 'name' : 'actie';
      await expect(db.query(`UPDATE ${tabel} SET ${kolom} = 'gewijzigd'`)).rejects.toThrow(
        new RegExp(`alleen-toevoegen: UPDATE op ${tabel}`),
      );
      await expect(db.query(`DELETE FROM ${tabel}`)).rejects.toThrow(
        new RegExp(`alleen-toevoegen: DELETE op ${tabel}`),
      );
      // Even a statement that would touch no row is refused.
      await expect(db.query(`DELETE FROM ${tabel} WHERE false`)).rejects.toThrow(/alleen-toevoegen/);
      await expect(db.exec(`TRUNCATE ${tabel}`)).rejects.toThrow(
        new RegExp(`alleen-toevoegen: TRUNCATE op ${tabel}`),
      );
    }
    // An upsert cannot change a record either: the partitioned table has no key to upsert on, and on
    // the partition that has one the UPDATE trigger refuses it.
    await expect(
      db.query(
        `INSERT INTO verwerking SELECT * FROM verwerking LIMIT 1
         ON CONFLICT (trace_id, span_id) DO UPDATE SET name = 'gewijzigd'`,
      ),
    ).rejects.toThrow();
    await expect(
      db.query(
        `INSERT INTO verwerking_algemeen SELECT * FROM verwerking_algemeen LIMIT 1
         ON CONFLICT (trace_id, span_id) DO UPDATE SET name = 'gewijzigd'`,
      ),
    ).rejects.toThrow(/alleen-toevoegen/);
    expect(await tel('verwerking')).toBe(voor);
    expect(await tel('handeling')).toBe(voorH);
    expect(await tel('verwerking', "name = 'gewijzigd'")).toBe(0);
  });

  it('writes in the caller’s transaction: rolled back with it', async () => {
    const trace = nieuweTrace();
    await expect(
      db.transaction(async (tx) => {
        await logVerwerking(tx, verwerking({ trace }));
        throw new Error('verwerking mislukt');
      }),
    ).rejects.toThrow('verwerking mislukt');
    expect(await tel('verwerking', 'trace_id = $1', [trace.traceId])).toBe(0);
    expect(await tel('handeling', 'trace_id = $1', [trace.traceId])).toBe(0);
  });

  it('writes nothing for invalid input, and names no BSN in the error', async () => {
    const voor = await tel('verwerking');
    const fout = async (v: Verwerking, melding: RegExp) => {
      const e = await logVerwerking(db, v).then(
        () => undefined,
        (x: Error) => x,
      );
      expect(e?.message).toMatch(melding);
      expect(e?.message).not.toMatch(/\d{9}/);
    };
    await fout(verwerking({ betrokkenen: [A, '123456789'] }), /ongeldig BSN/);
    await fout(verwerking({ betrokkenen: [] }), /geen betrokkenen/);
    await fout(
      verwerking({ activiteit: 'https://elders.example/x' as never }),
      /onbekende verwerkingsactiviteit/,
    );
    await fout(verwerking({ trace: { traceId: '0'.repeat(32), spanId: 'a'.repeat(16) } }), /trace context/);
    await fout(
      verwerking({ start: '2026-02-02T00:00:00Z', eind: '2026-02-01T00:00:00Z' }),
      /eind ligt voor start/,
    );
    await fout(verwerking({ sleutel: 'kort' }), /te kort/);
    expect(await tel('verwerking')).toBe(voor);
  });

  it('keeps operations on one span apart by name and start, each with its own actor; refuses an exact double', async () => {
    const trace = nieuweTrace();
    await logVerwerking(db, verwerking({ trace, betrokkenen: [C] }));
    await logVerwerking(
      db,
      verwerking({
        trace,
        betrokkenen: [C],
        naam: 'beschikking bekijken',
        actor: { id: 'm-auditor-1', rol: 'auditor' },
      }),
    );
    await expect(logVerwerking(db, verwerking({ trace, betrokkenen: [C] }))).rejects.toThrow(/al gelogd/);
    await logVerwerking(db, verwerking({ trace: kindSpan(trace), betrokkenen: [C] }));
    expect(await tel('verwerking', 'trace_id = $1', [trace.traceId])).toBe(3);
    const regels = (await verwerkingenVan(db, C, SLEUTEL, { metActor: true })).filter(
      (r) => r.traceId === trace.traceId,
    );
    expect(regels).toHaveLength(3);
    expect(regels.map((r) => `${r.naam}/${r.actor?.id}`).sort()).toEqual([
      'beschikking bekijken/m-auditor-1',
      'dossier bekijken/m-behandelaar-1',
      'dossier bekijken/m-behandelaar-1',
    ]);
  });

  it('keeps the foreign operation and the resource attributes', async () => {
    const trace = nieuweTrace();
    const extern = nieuweTrace();
    await logVerwerking(
      db,
      verwerking({
        trace,
        activiteit: activiteitId('partner-feit-melden'),
        naam: 'opvanguren ontvangen',
        actor: { id: 'kinderopvang-demo', rol: 'partner' },
        extern: { traceId: extern.traceId, spanId: extern.spanId, entiteit: 'https://kinderopvang.example' },
        dienst: { naam: 'regelmaat-api', versie: '1.2.3' },
      }),
    );
    const r = await db.query<{
      foreign_operation: unknown;
      resource_service_name: string;
      resource_service_version: string;
    }>(
      'SELECT foreign_operation, resource_service_name, resource_service_version FROM verwerking WHERE trace_id = $1',
      [trace.traceId],
    );
    expect(r.rows[0]).toEqual({
      foreign_operation: {
        trace_id: extern.traceId,
        span_id: extern.spanId,
        entity: 'https://kinderopvang.example',
      },
      resource_service_name: 'regelmaat-api',
      resource_service_version: '1.2.3',
    });
  });
});
