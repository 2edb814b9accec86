/**
 * @module
 * The auditor's search of the processing log (issue 19): by person (pseudonym), by processing
 * activity, by staff member (the actor of `handeling`) and by period, newest first, a page at a
 * time; and the trace of one record (every record of the same trace id, in order). Who acted is
 * always joined in: this is the auditor's view only (the citizen's view is `verwerkingenOverzicht`).
 * Reading is itself a processing the caller logs (`logboek-inzien-auditor`).
 */
import type { Sql } from '@regelmaat/db';
import { type ActiviteitId, isActiviteitId } from './activiteiten';
import type { StatusCode } from './log-verwerking';
import { activiteit } from './register';

export interface ZoekVraag {
  /** The data subject's pseudonym (HMAC of the BSN, 64 hex characters). */
  pseudoniem?: string;
  activiteit?: ActiviteitId;
  /** The actor id as recorded in `handeling` (a staff member's id, `systeem`, a run's worker). */
  actorId?: string;
  /** Instants, `van` inclusive, `tot` exclusive. */
  van?: string;
  tot?: string;
  /** From 1. */
  pagina: number;
  perPagina: number;
}

export interface GezochteVerwerking {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  naam: string;
  start: string;
  eind: string;
  status: StatusCode;
  activiteit: { id: string; naam: string };
  /** Pseudonym of the data subject. */
  betrokkene: string;
  dienst: { naam: string; versie: string };
  actor?: { id: string; rol: string };
  runId: number;
}

export interface Zoekresultaat {
  regels: GezochteVerwerking[];
  pagina: number;
  perPagina: number;
  /** Whether a next page exists. */
  meer: boolean;
}

interface Rij {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  start_time: string;
  end_time: string;
  status_code: number;
  processing_activity_id: string;
  data_subject_id: string;
  resource_service_name: string;
  resource_service_version: string;
  run_id: string;
  actor_id: string | null;
  actor_rol: string | null;
}

const ISO = (k: string) => `to_char(${k} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const KOLOMMEN = `v.trace_id, v.span_id, v.parent_span_id, v.name, ${ISO('v.start_time')} AS start_time,
  ${ISO('v.end_time')} AS end_time, v.status_code, v.processing_activity_id, v.data_subject_id,
  v.resource_service_name, v.resource_service_version, v.run_id, h.actor_id, h.actor_rol`;
const JOIN = `LEFT JOIN handeling h ON h.trace_id = v.trace_id AND h.span_id = v.parent_span_id
  AND h.actie = v.name AND h.op = v.start_time`;

function naarRegel(r: Rij): GezochteVerwerking {
  const id = r.processing_activity_id;
  const regel: GezochteVerwerking = {
    traceId: r.trace_id,
    spanId: r.span_id,
    parentSpanId: r.parent_span_id,
    naam: r.name,
    start: r.start_time,
    eind: r.end_time,
    status: Number(r.status_code) as StatusCode,
    activiteit: { id, naam: isActiviteitId(id) ? activiteit(id).naam : id },
    betrokkene: r.data_subject_id,
    dienst: { naam: r.resource_service_name, versie: r.resource_service_version },
    runId: Number(r.run_id),
  };
  if (r.actor_id && r.actor_rol) regel.actor = { id: r.actor_id, rol: r.actor_rol };
  return regel;
}

/** One page of the log matching every given filter, newest first. */
export async function zoekVerwerkingen(sql: Sql, vraag: ZoekVraag): Promise<Zoekresultaat> {
  const perPagina = Math.min(Math.max(Math.trunc(vraag.perPagina), 1), 200);
  const pagina = Math.min(Math.max(Math.trunc(vraag.pagina), 1), 10_000);
  const waar: string[] = [];
  const p: unknown[] = [];
  const param = (v: unknown) => {
    p.push(v);
    return `$${p.length}`;
  };
  if (vraag.pseudoniem !== undefined) {
    if (!/^[0-9a-f]{64}$/.test(vraag.pseudoniem))
      throw new Error('zoekVerwerkingen: pseudoniem is geen 64 hex-tekens');
    waar.push(`v.data_subject_id = ${param(vraag.pseudoniem)}`);
  }
  if (vraag.activiteit !== undefined) waar.push(`v.processing_activity_id = ${param(vraag.activiteit)}`);
  if (vraag.actorId !== undefined) waar.push(`h.actor_id = ${param(vraag.actorId)}`);
  if (vraag.van !== undefined) waar.push(`v.start_time >= ${param(vraag.van)}::timestamptz`);
  if (vraag.tot !== undefined) waar.push(`v.start_time < ${param(vraag.tot)}::timestamptz`);
  const r = await sql.query<Rij>(
    `SELECT ${KOLOMMEN} FROM verwerking v ${JOIN}
      ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''}
      ORDER BY v.start_time DESC, v.trace_id, v.span_id
      LIMIT ${param(perPagina + 1)} OFFSET ${param((pagina - 1) * perPagina)}`,
    p,
  );
  return {
    regels: r.rows.slice(0, perPagina).map(naarRegel),
    pagina,
    perPagina,
    meer: r.rows.length > perPagina,
  };
}

/** Every record of trace `traceId` (at most 500), in the order they started. */
export async function verwerkingenVanTrace(sql: Sql, traceId: string): Promise<GezochteVerwerking[]> {
  if (!/^[0-9a-f]{32}$/.test(traceId))
    throw new Error('verwerkingenVanTrace: trace id is geen 32 hex-tekens');
  const r = await sql.query<Rij>(
    `SELECT ${KOLOMMEN} FROM verwerking v ${JOIN}
      WHERE v.trace_id = $1 ORDER BY v.start_time, v.span_id LIMIT 500`,
    [traceId],
  );
  return r.rows.map(naarRegel);
}
