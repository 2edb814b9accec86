/**
 * @module
 * Writing the processing log (Logboek Dataverwerkingen, Logius). One call records one processing
 * operation: one row in `verwerking` per data subject, each a child span of the operation's span
 * (`trace.spanId`), plus one row in `handeling` saying who acted. The standard's MUSTs this follows:
 * one record per data subject as child spans; no sampling (every call writes); the store confirms
 * every write (the number of rows written is checked, else it throws); W3C trace ids.
 *
 * Writes run in the caller's transaction when given one (`Sql`), so the log entry commits or rolls
 * back with the processing itself; given a `Db`, both inserts run in a transaction of their own.
 * Error messages never contain a BSN.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db, Sql } from '@regelmaat/db';
import { isValidBsn } from '@regelmaat/kernel';
import { type ActiviteitId, isActiviteitId } from './activiteiten';
import { hmacHex, normaliseerBsn, pseudoniem, type Sleutel, sleutelBytes } from './pseudoniem';
import { isSpanId, isTraceId, type TraceContext } from './trace-context';

/** OpenTelemetry status codes, as the standard uses them. */
export const STATUS = { ONBEKEND: 0, OK: 1, FOUT: 2 } as const;
export type StatusCode = (typeof STATUS)[keyof typeof STATUS];

export interface Actor {
  /** Staff: gebruiker.id; partner: client id; system: e.g. 'batch'. Ids with a BSN in them are pseudonymised. */
  id: string;
  /** A role of @regelmaat/toegang, or 'systeem' for batch runs. */
  rol: string;
}

/** The operation in another organisation's log this one follows from (`foreign_operation`). */
export interface ExterneOperatie {
  traceId: string;
  spanId: string;
  /** URI of the other organisation or its log. */
  entiteit: string;
}

/** Resource attributes: which service wrote the record. */
export interface Dienst {
  naam: string;
  versie: string;
}

const VERSIE = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** Resource attributes written when the caller passes none. */
export const STANDAARD_DIENST: Dienst = { naam: 'regelmaat', versie: VERSIE };

export interface Verwerking {
  /** The operation's span; the per-subject rows become its children. */
  trace: TraceContext;
  activiteit: ActiviteitId;
  /** Name of the operation, e.g. 'zorgtoeslag berekenen' (no personal data). */
  naam: string;
  /** BSNs of the data subjects; doubles are recorded once. At least one, here or in `pseudoniemen`. */
  betrokkenen: readonly string[];
  /**
   * `logVerwerking` only: data subjects known only by their pseudonym (64 hex), e.g. the subjects of
   * log records an auditor read; recorded as they are, doubles once.
   */
  pseudoniemen?: readonly string[];
  start: string | Date;
  eind: string | Date;
  /** Default OK (1); log a failed operation with 2. */
  status?: StatusCode;
  actor: Actor;
  /** Pseudonymisation key (≥ 32 bytes). */
  sleutel: Sleutel;
  dienst?: Dienst;
  extern?: ExterneOperatie;
  /**
   * `logVerwerkingenBulk` only: the span id (16 hex) of the first subject's row; the others follow
   * consecutively. Default random. A batch run gives each partition its own range, so that the
   * rows of a whole run enter the primary key in ascending order (see `spanIds`).
   */
  eersteKindSpanId?: string;
  /**
   * `logVerwerkingenBulk` only: the batch run the operation belongs to; its records go to the run's
   * partition of the log, which `maakRunLogboek` made. Default: none (the general partition).
   */
  runId?: number;
}

function tijdstip(t: string | Date, veld: string): string {
  const ms = typeof t === 'string' ? Date.parse(t) : t.getTime();
  if (!Number.isFinite(ms)) throw new Error(`logVerwerking: ${veld} is geen geldig tijdstip`);
  return new Date(ms).toISOString();
}

function nieuweSpanId(): string {
  for (;;) {
    const s = randomBytes(8).toString('hex');
    if (isSpanId(s)) return s;
  }
}

/**
 * The actor id as stored: an id that contains 8 or more digits in a row (a BSN, or something built
 * from one) becomes `pseudoniem:<hmac>` — for a valid BSN the same pseudonym as in `verwerking`, so
 * an auditor sees that the citizen acted on their own data — so `handeling` never holds a BSN.
 */
export function opgeslagenActorId(actor: Actor, sleutel: Sleutel): string {
  const id = actor.id.trim();
  if (!/\d{8}/.test(id)) return id;
  return `pseudoniem:${/^\d{8,9}$/.test(id) && isValidBsn(id) ? pseudoniem(id, sleutel) : hmacHex(id, sleutel)}`;
}

function controleer(v: Verwerking): void {
  if (!isTraceId(v.trace.traceId) || !isSpanId(v.trace.spanId)) {
    throw new Error(
      'logVerwerking: ongeldige trace context (traceId 32 hex, spanId 16 hex, niet allemaal nul)',
    );
  }
  if (!isActiviteitId(v.activiteit)) {
    throw new Error(`logVerwerking: onbekende verwerkingsactiviteit ${String(v.activiteit)}`);
  }
  if (v.naam.trim().length === 0) throw new Error('logVerwerking: naam ontbreekt');
  if (v.betrokkenen.length === 0 && (v.pseudoniemen ?? []).length === 0)
    throw new Error('logVerwerking: geen betrokkenen; er valt niets te loggen');
  if ((v.pseudoniemen ?? []).some((p) => !/^[0-9a-f]{64}$/.test(p)))
    throw new Error('logVerwerking: een pseudoniem is geen 64 hex-tekens');
  if (v.actor.id.trim().length === 0 || !/^[a-z][a-z-]*$/.test(v.actor.rol)) {
    throw new Error('logVerwerking: actor heeft een id en een rol (kleine letters) nodig');
  }
  if (v.status !== undefined && ![0, 1, 2].includes(v.status)) {
    throw new Error(`logVerwerking: status moet 0, 1 of 2 zijn, niet ${String(v.status)}`);
  }
  if (v.extern && (!isTraceId(v.extern.traceId) || !isSpanId(v.extern.spanId) || !v.extern.entiteit)) {
    throw new Error('logVerwerking: extern heeft een geldige traceId, spanId en entiteit nodig');
  }
  if (v.runId !== undefined && (!Number.isSafeInteger(v.runId) || v.runId < 1)) {
    throw new Error('logVerwerking: runId is een positief geheel getal');
  }
  if (v.eersteKindSpanId !== undefined && !isSpanId(v.eersteKindSpanId)) {
    throw new Error('logVerwerking: eersteKindSpanId is geen span id (16 hex, niet allemaal nul)');
  }
}

/** A checked operation, ready to write: what `logVerwerking` and `logVerwerkingenBulk` share. */
export interface VoorbereideVerwerking {
  v: Verwerking;
  start: string;
  eind: string;
  /** Distinct normalised BSNs, in first-seen order. */
  bsns: string[];
  dienst: Dienst;
  /** foreign_operation as JSON text, or null. */
  extern: string | null;
  /** The actor id as stored (`opgeslagenActorId`). */
  actor: string;
}

/**
 * Checks an operation and normalises it; throws (a Dutch message without BSN) on invalid input.
 * The BSNs are checked and deduplicated but not yet pseudonymised (the caller does that, once).
 */
export function bereidVerwerkingVoor(v: Verwerking): VoorbereideVerwerking {
  controleer(v);
  sleutelBytes(v.sleutel);
  const start = tijdstip(v.start, 'start');
  const eind = tijdstip(v.eind, 'eind');
  if (eind < start) throw new Error('logVerwerking: eind ligt voor start');
  let bsns: string[];
  try {
    bsns = [...new Set(v.betrokkenen.map(normaliseerBsn))];
  } catch {
    throw new Error('logVerwerking: een betrokkene heeft een ongeldig BSN (11-proef)');
  }
  const dienst = v.dienst ?? STANDAARD_DIENST;
  const extern = v.extern
    ? JSON.stringify({ trace_id: v.extern.traceId, span_id: v.extern.spanId, entity: v.extern.entiteit })
    : null;
  return { v, start, eind, bsns, dienst, extern, actor: opgeslagenActorId(v.actor, v.sleutel) };
}

/** The message for a unique-key violation on the log: the same operation logged twice. */
export const DUBBEL_GELOGD =
  'logVerwerking: deze operatie (span, naam en start) is al gelogd; gebruik kindSpan(trace) of nieuweTrace() voor een nieuwe';

/**
 * Records one processing operation: a row per data subject (child spans of `trace.spanId`) and one
 * `handeling` row. Throws, writing nothing, on invalid input (an invalid BSN included).
 */
export async function logVerwerking(sql: Sql | Db, v: Verwerking): Promise<void> {
  const { start, eind, bsns, dienst, extern, actor } = bereidVerwerkingVoor(v);
  const pseudoniemen = [
    ...new Set([...bsns.map((b) => pseudoniem(b, v.sleutel)), ...(v.pseudoniemen ?? [])]),
  ];
  const spans = pseudoniemen.map(nieuweSpanId);

  // One statement (atomic on its own, so no transaction of our own is needed): the rows per
  // subject and the handeling row, and the counts back, so the log store confirms every write.
  const schrijf = async (tx: Sql) => {
    const r = await tx.query<{ v: number; h: number }>(
      `WITH v AS (
         INSERT INTO verwerking (trace_id, span_id, parent_span_id, name, start_time, end_time, status_code,
           processing_activity_id, data_subject_id, data_subject_id_type, resource_service_name,
           resource_service_version, foreign_operation)
         SELECT $1, s.span_id, $2, $3, $4::timestamptz, $5::timestamptz, $6, $7, s.subject, 'BSN', $8, $9, $10::jsonb
           FROM unnest($11::text[], $12::text[]) AS s (span_id, subject)
         RETURNING 1),
       h AS (
         INSERT INTO handeling (trace_id, span_id, actor_id, actor_rol, actie, op)
         VALUES ($1, $2, $13, $14, $3, $4::timestamptz)
         RETURNING 1)
       SELECT (SELECT count(*) FROM v)::int AS v, (SELECT count(*) FROM h)::int AS h`,
      [
        v.trace.traceId,
        v.trace.spanId,
        v.naam,
        start,
        eind,
        v.status ?? STATUS.OK,
        v.activiteit,
        dienst.naam,
        dienst.versie,
        extern,
        spans,
        pseudoniemen,
        actor,
        v.actor.rol,
      ],
    );
    const telling = r.rows[0];
    // The standard: the log store confirms every write.
    if (!telling || Number(telling.v) !== pseudoniemen.length || Number(telling.h) !== 1) {
      throw new Error(
        `logVerwerking: het logboek bevestigde ${telling?.v ?? 0} van ${pseudoniemen.length} regels; verwerking afgebroken`,
      );
    }
  };
  try {
    await schrijf(sql);
  } catch (e) {
    if ((e as { code?: string }).code === '23505') {
      throw new Error(DUBBEL_GELOGD);
    }
    throw e;
  }
}
