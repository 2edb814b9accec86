/**
 * @module
 * One person's processing log grouped for reading: per month, processing activity and the role of
 * who acted (never who: no actor id), how often and when last, newest month first, a page at a
 * time. What a citizen sees of their own log (AVG art. 15) without dozens of identical rows.
 */
import type { Sql } from '@regelmaat/db';
import { type ActiviteitId, isActiviteitId } from './activiteiten';
import { pseudoniem, type Sleutel } from './pseudoniem';
import { activiteit, type Grondslag } from './register';

export interface VerwerkingGroep {
  /** The month in Dutch local time (Europe/Amsterdam), `YYYY-MM`. */
  maand: string;
  activiteit: { id: ActiviteitId; naam: string; doel: string; grondslag: readonly Grondslag[] };
  /** The role of who acted (`burger`, `behandelaar`, `systeem`, …); null when no act was recorded. */
  rol: string | null;
  aantal: number;
  /** The last time in this group (ISO, UTC). */
  laatste: string;
}

export interface VerwerkingenOverzicht {
  groepen: VerwerkingGroep[];
  /** How many groups there are in all (for paging). */
  totaal: number;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** Page `pagina` (from 1) of `perPagina` groups (1..100) of the processing of one person's data. */
export async function verwerkingenOverzicht(
  sql: Sql,
  bsn: string,
  sleutel: Sleutel,
  { pagina, perPagina }: { pagina: number; perPagina: number },
): Promise<VerwerkingenOverzicht> {
  const per = Math.min(Math.max(Math.trunc(perPagina), 1), 100);
  const p = Math.max(Math.trunc(pagina), 1);
  const r = await sql.query<{
    maand: string;
    processing_activity_id: string;
    actor_rol: string | null;
    aantal: string;
    laatste: string;
    totaal: string;
  }>(
    `SELECT to_char(v.start_time AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS maand, v.processing_activity_id, h.actor_rol,
            count(*) AS aantal, to_char(max(v.start_time) AT TIME ZONE 'UTC', ${ISO}) AS laatste,
            count(*) OVER () AS totaal
       FROM verwerking v
       LEFT JOIN handeling h ON h.trace_id = v.trace_id AND h.span_id = v.parent_span_id AND h.actie = v.name AND h.op = v.start_time
      WHERE v.data_subject_id = $1
      GROUP BY 1, 2, 3
      ORDER BY maand DESC, laatste DESC, 2, 3
      LIMIT $2 OFFSET $3`,
    [pseudoniem(bsn, sleutel), per, (p - 1) * per],
  );
  const groepen = r.rows.map((rij): VerwerkingGroep => {
    const id = rij.processing_activity_id;
    const a = isActiviteitId(id)
      ? activiteit(id)
      : { id: id as ActiviteitId, naam: id, doel: '(niet meer in het register)', grondslag: [] };
    return {
      maand: rij.maand,
      activiteit: { id: a.id, naam: a.naam, doel: a.doel, grondslag: a.grondslag },
      rol: rij.actor_rol ?? null,
      aantal: Number(rij.aantal),
      laatste: rij.laatste,
    };
  });
  // Past the last page the window function has no row to count on: ask for the total alone.
  const totaal = r.rows[0]
    ? Number(r.rows[0].totaal)
    : Number(
        (
          await sql.query<{ n: string }>(
            `SELECT count(*) AS n FROM (
               SELECT 1 FROM verwerking v
                 LEFT JOIN handeling h ON h.trace_id = v.trace_id AND h.span_id = v.parent_span_id AND h.actie = v.name AND h.op = v.start_time
                WHERE v.data_subject_id = $1
                GROUP BY to_char(v.start_time AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM'), v.processing_activity_id, h.actor_rol) g`,
            [pseudoniem(bsn, sleutel)],
          )
        ).rows[0]!.n,
      );
  return { groepen, totaal };
}
