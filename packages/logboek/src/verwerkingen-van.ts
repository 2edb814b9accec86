/**
 * @module
 * Reading the processing log for one person (inzage): the citizen's own view (AVG art. 15) and the
 * auditor's view. The BSN is turned into its pseudonym with the same key, so the lookup uses the
 * index and the table never needs the BSN. Each row carries the activity's name, purpose and legal
 * ground from the register. Who acted (`handeling`) is joined in only when `metActor` is true — the
 * auditor's view; the citizen view never shows staff identities.
 *
 * Reading the log is itself a processing: the caller logs it (activities `eigen-logboek-inzien` and
 * `logboek-inzien-auditor`).
 */
import type { Sql } from '@regelmaat/db';
import { type ActiviteitId, isActiviteitId } from './activiteiten';
import type { StatusCode } from './log-verwerking';
import { pseudoniem, type Sleutel } from './pseudoniem';
import { activiteit, type Grondslag } from './register';

export interface VerwerkingRegel {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  /** Name of the operation. */
  naam: string;
  /** ISO timestamps in UTC. */
  start: string;
  eind: string;
  status: StatusCode;
  activiteit: { id: ActiviteitId; naam: string; doel: string; grondslag: readonly Grondslag[] };
  dienst: { naam: string; versie: string };
  /** Only with `metActor`; missing when no handeling was recorded. */
  actor?: { id: string; rol: string };
}

export interface VerwerkingenOpties {
  /** At most this many rows, newest first; default 100, at most 1000. */
  limiet?: number;
  /** Include who acted: for the auditor only, never for the citizen view. */
  metActor: boolean;
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
  resource_service_name: string;
  resource_service_version: string;
  actor_id?: string | null;
  actor_rol?: string | null;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** The processing of one person's data, newest first. */
export async function verwerkingenVan(
  sql: Sql,
  bsn: string,
  sleutel: Sleutel,
  opties: VerwerkingenOpties,
): Promise<VerwerkingRegel[]> {
  const limiet = Math.min(Math.max(Math.trunc(opties.limiet ?? 100), 1), 1000);
  let subject: string;
  try {
    subject = pseudoniem(bsn, sleutel);
  } catch (e) {
    if (e instanceof Error && /te kort/.test(e.message)) throw e;
    throw new Error('verwerkingenVan: ongeldig BSN (voldoet niet aan de 11-proef)');
  }
  const metActor = opties.metActor === true;
  const r = await sql.query<Rij>(
    `SELECT v.trace_id, v.span_id, v.parent_span_id, v.name,
            to_char(v.start_time AT TIME ZONE 'UTC', ${ISO}) AS start_time,
            to_char(v.end_time AT TIME ZONE 'UTC', ${ISO}) AS end_time,
            v.status_code, v.processing_activity_id, v.resource_service_name, v.resource_service_version
            ${metActor ? ', h.actor_id, h.actor_rol' : ''}
       FROM verwerking v
       ${metActor ? 'LEFT JOIN handeling h ON h.trace_id = v.trace_id AND h.span_id = v.parent_span_id AND h.actie = v.name AND h.op = v.start_time' : ''}
      WHERE v.data_subject_id = $1
      ORDER BY v.start_time DESC, v.trace_id, v.span_id
      LIMIT $2`,
    [subject, limiet],
  );
  return r.rows.map((rij) => {
    const id = rij.processing_activity_id;
    // An id no longer in the register (renamed later) is shown as it is, not hidden.
    const a = isActiviteitId(id)
      ? activiteit(id)
      : { id: id as ActiviteitId, naam: id, doel: '(niet meer in het register)', grondslag: [] };
    const regel: VerwerkingRegel = {
      traceId: rij.trace_id,
      spanId: rij.span_id,
      parentSpanId: rij.parent_span_id,
      naam: rij.name,
      start: rij.start_time,
      eind: rij.end_time,
      status: Number(rij.status_code) as StatusCode,
      activiteit: { id: a.id, naam: a.naam, doel: a.doel, grondslag: a.grondslag },
      dienst: { naam: rij.resource_service_name, versie: rij.resource_service_version },
    };
    if (metActor && rij.actor_id && rij.actor_rol) regel.actor = { id: rij.actor_id, rol: rij.actor_rol };
    return regel;
  });
}
