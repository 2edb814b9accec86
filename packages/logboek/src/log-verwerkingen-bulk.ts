/**
 * @module
 * Writing many processing operations at once (Logboek Dataverwerkingen, Logius), for batch runs:
 * exactly the rows `logVerwerking` writes for each operation — one `verwerking` row per distinct
 * data subject as a child span of the operation's span, and one `handeling` row per operation —
 * but loaded with COPY instead of INSERT, and with the text built cheaply: the columns that are
 * the same for every subject of an operation are escaped once, the span ids of an operation are
 * consecutive from a random start (`spanIds`), and the HMAC key is prepared once (`createSecretKey`).
 *
 * The append-only triggers of migration 006 fire only on UPDATE, DELETE and TRUNCATE, so COPY
 * (an insert) passes them; the CHECK constraints and keys apply to COPY as to INSERT. The store
 * confirms every write (rows loaded are counted). Runs in the caller's transaction given a `Sql`
 * (or in its own given a `Db`): the log commits or rolls back with the processing.
 */
import { createHmac, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { copyLine, type Db, type Sql } from '@regelmaat/db';
import {
  bereidVerwerkingVoor,
  DUBBEL_GELOGD,
  STATUS,
  type Verwerking,
  type VoorbereideVerwerking,
} from './log-verwerking';
import { type Sleutel, sleutelBytes } from './pseudoniem';

/** Column order of the COPY: per-operation columns first, then the two that differ per subject. */
const VERWERKING_KOLOMMEN = [
  'trace_id',
  'parent_span_id',
  'name',
  'start_time',
  'end_time',
  'status_code',
  'processing_activity_id',
  'data_subject_id_type',
  'resource_service_name',
  'resource_service_version',
  'foreign_operation',
  'run_id',
  'span_id',
  'data_subject_id',
] as const;

const HANDELING_KOLOMMEN = ['trace_id', 'span_id', 'actor_id', 'actor_rol', 'actie', 'op'] as const;

const hex8 = (x: number) => x.toString(16).padStart(8, '0');

/**
 * `n` span ids for the subjects of one operation: consecutive 64-bit numbers from a random start
 * (`start`, 8 bytes; default random), as 16 lowercase hex, skipping the all-zero id. W3C Trace
 * Context asks only for 8 non-zero bytes, unique in the trace; consecutive ids make the primary key
 * (trace_id, span_id) inserts of a batch land next to each other instead of on random index pages
 * (measured ≈ 1.5 µs less per row). Two operations of one trace collide only when their random
 * starts lie within n of each other: for 1,600 partitions of 11,000 subjects ≈ 10⁻⁹, less than for
 * independent random ids per subject.
 */
export function spanIds(n: number, start: Uint8Array = randomBytes(8)): string[] {
  const b = Buffer.from(start.buffer, start.byteOffset, 8);
  let hoog = b.readUInt32BE(0);
  let laag = b.readUInt32BE(4);
  let hoogHex = hex8(hoog);
  const uit = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    if (hoog === 0 && laag === 0) laag = 1; // never the all-zero id
    uit[i] = hoogHex + hex8(laag);
    if (laag === 0xffff_ffff) {
      laag = 0;
      hoog = (hoog + 1) >>> 0;
      hoogHex = hex8(hoog);
    } else laag++;
  }
  return uit;
}

/** HMAC keys prepared once per distinct key. */
function sleutelObject(cache: Map<Sleutel, KeyObject>, s: Sleutel): KeyObject {
  let k = cache.get(s);
  if (!k) {
    k = createSecretKey(sleutelBytes(s));
    cache.set(s, k);
  }
  return k;
}

/** The COPY text for the `verwerking` rows of one checked operation. */
function verwerkingTekst(p: VoorbereideVerwerking, sleutel: KeyObject): string {
  const v = p.v;
  const vast = copyLine([
    v.trace.traceId,
    v.trace.spanId,
    v.naam,
    p.start,
    p.eind,
    v.status ?? STATUS.OK,
    v.activiteit,
    'BSN',
    p.dienst.naam,
    p.dienst.versie,
    p.extern,
    v.runId ?? 0,
  ]).slice(0, -1);
  const spans = spanIds(
    p.bsns.length,
    v.eersteKindSpanId === undefined ? undefined : Buffer.from(v.eersteKindSpanId, 'hex'),
  );
  let tekst = '';
  for (let i = 0; i < p.bsns.length; i++) {
    // The same as pseudoniem(bsn, sleutel): HMAC-SHA256 of the normalised BSN, hex.
    const subject = createHmac('sha256', sleutel).update(p.bsns[i]!, 'utf8').digest('hex');
    tekst += `${vast}\t${spans[i]}\t${subject}\n`;
  }
  return tekst;
}

/**
 * Records several processing operations, each exactly as `logVerwerking` would (same checks, same
 * rows; doubles within one operation recorded once), with one COPY per table. Throws, writing
 * nothing, when any operation is invalid; an operation logged before (same span, name and start)
 * fails the whole call with the same message as `logVerwerking`.
 */
export async function logVerwerkingenBulk(
  sql: Sql | Db,
  verwerkingen: readonly Verwerking[],
): Promise<{ verwerkingen: number; handelingen: number }> {
  if (verwerkingen.length === 0) return { verwerkingen: 0, handelingen: 0 };
  const voorbereid = verwerkingen.map(bereidVerwerkingVoor);
  const sleutels = new Map<Sleutel, KeyObject>();
  let rijen = '';
  let handelingen = '';
  let verwacht = 0;
  for (const p of voorbereid) {
    rijen += verwerkingTekst(p, sleutelObject(sleutels, p.v.sleutel));
    verwacht += p.bsns.length;
    handelingen += copyLine([p.v.trace.traceId, p.v.trace.spanId, p.actor, p.v.actor.rol, p.v.naam, p.start]);
  }
  const schrijf = async (tx: Sql) => {
    const n = await tx.copyFrom('verwerking', VERWERKING_KOLOMMEN, rijen);
    const h = await tx.copyFrom('handeling', HANDELING_KOLOMMEN, handelingen);
    // The standard: the log store confirms every write.
    if (n !== verwacht || h !== voorbereid.length) {
      throw new Error(
        `logVerwerkingenBulk: het logboek bevestigde ${n} van ${verwacht} regels; verwerking afgebroken`,
      );
    }
  };
  try {
    await ('transaction' in sql ? sql.transaction(schrijf) : schrijf(sql));
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw new Error(DUBBEL_GELOGD);
    throw e;
  }
  return { verwerkingen: verwacht, handelingen: voorbereid.length };
}
