/**
 * @module
 * The cases a batch run opens for the households its exception rules (C4) stopped: one per
 * household per run, in the run's partition transaction. An expected recovery of € 1,500 or more
 * needs a hearing first (Awir art. 26b): that case goes to the hearing queue; a kinderopvangtoeslag
 * that depends on an uncertain value of a reconstructed table to its own case type
 * (kot-tabel-onzeker); every other exception to the uitval-controle queue. Migration 007 gives these cases their team, due date and first
 * history row.
 */
import type { Sql } from '@regelmaat/db';
import type { ZaakSoort } from './typen';

/**
 * Which case type an exception opens, by reason code, first match first; every other reason opens
 * `UITVAL_ZAAKTYPE_ANDERS`. The run's SQL and the algorithm register both read this list.
 */
export const UITVAL_ZAAKTYPEN: readonly (readonly [code: string, soort: ZaakSoort])[] = [
  ['HOGE_TERUGVORDERING', 'hoorzitting-terugvordering'],
  ['KOT_TABEL_ONZEKER', 'kot-tabel-onzeker'],
];
export const UITVAL_ZAAKTYPE_ANDERS: ZaakSoort = 'uitval-controle';

/** The case type a household's exception with these reason codes opens. */
export function zaaktypeVoorUitval(codes: readonly string[]): ZaakSoort {
  return UITVAL_ZAAKTYPEN.find(([code]) => codes.includes(code))?.[1] ?? UITVAL_ZAAKTYPE_ANDERS;
}

const CODE = /^[A-Z0-9_]+$/;
/** The CASE expression over the reason array `r` (codes and types are constants checked here). */
const SOORT_SQL = `CASE ${UITVAL_ZAAKTYPEN.map(([code, soort]) => {
  if (!CODE.test(code) || !/^[a-z0-9-]+$/.test(soort)) throw new Error(`invalid uitval mapping ${code}`);
  return `WHEN '${code}' = ANY(r::text[]) THEN '${soort}'`;
}).join(' ')} ELSE '${UITVAL_ZAAKTYPE_ANDERS}' END`;

/** One household's exception, as the run found it. */
export interface UitvalZaak {
  huishouden: number;
  /** The reason codes as a PostgreSQL text-array literal (`{CODE,…}`). */
  redenen: string;
  /** The explanation per reason as JSON text. */
  toelichting: string;
  /** 1 (most urgent) … 4. */
  prioriteit: number;
}

/**
 * Opens the cases of one partition of a run in one statement; a case the run already opened for a
 * household (a redone partition) stays as it is. Returns nothing: the run counts what it asked for.
 * `op`: the moment the run was started (the caller's clock); absent, the database's clock.
 */
export async function openUitvalZaken(
  sql: Sql,
  runId: number,
  zaken: readonly UitvalZaak[],
  op?: string,
): Promise<void> {
  if (zaken.length === 0) return;
  await sql.query(
    `INSERT INTO zaak (huishouden_id, run_id, soort, redenen, toelichting, prioriteit, aangemaakt_op)
     SELECT h, $1, ${SOORT_SQL},
            r::text[], t::jsonb, p, COALESCE($6::timestamptz, now())
       FROM unnest($2::bigint[], $3::text[], $4::text[], $5::int[]) AS z(h, r, t, p)
     ON CONFLICT (run_id, huishouden_id) DO NOTHING`,
    [
      runId,
      zaken.map((z) => z.huishouden),
      zaken.map((z) => z.redenen),
      zaken.map((z) => z.toelichting),
      zaken.map((z) => z.prioriteit),
      op ?? null,
    ],
  );
}
