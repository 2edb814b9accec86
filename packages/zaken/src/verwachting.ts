/**
 * @module
 * The expected completion date of open cases (issue 20), from the database: per team, the hours
 * of the cases before each case in the queue's order of urgency (priority, due date, id) and its
 * own (`behandeltijd.ts`), turned into a working day by `verwachte-afronding.ts` with the team's
 * number of staff (from the caller, who reads it from `toegang`). A suspended case waits: it adds
 * nothing to the work before others, and is expected once its suspension ends and its own work is done.
 */
import type { Sql } from '@regelmaat/db';
import { BEHANDELUREN } from './behandeltijd';
import { verwachteAfronding } from './verwachte-afronding';

export interface VerwachtingFilter {
  huishoudenId?: number;
  zaakIds?: readonly number[];
}

/**
 * The expected completion date per open case that matches `filter`; a case whose team has no staff
 * gets none (nobody can say when), a closed case is not in the map.
 */
export async function verwachteAfrondingen(
  sql: Sql,
  vandaag: string,
  medewerkersPerTeam: ReadonlyMap<string, number>,
  filter: VerwachtingFilter,
): Promise<Map<number, string | undefined>> {
  if (filter.huishoudenId === undefined && filter.zaakIds === undefined) return new Map();
  const r = await sql.query<{
    id: string | number;
    team: string;
    voor: string | number;
    eigen: string | number;
    opgeschort_tot: string | null;
  }>(
    `WITH rij AS (
       SELECT z.id, z.team, z.huishouden_id, z.opgeschort_tot::text AS opgeschort_tot,
              ($1::jsonb ->> z.soort)::numeric AS eigen,
              sum(CASE WHEN z.opgeschort_tot IS NULL OR z.opgeschort_tot <= $4::date THEN ($1::jsonb ->> z.soort)::numeric ELSE 0 END)
                OVER (PARTITION BY z.team ORDER BY z.prioriteit, z.termijn, z.id
                      ROWS UNBOUNDED PRECEDING) AS voor
         FROM zaak z
        WHERE z.status <> 'afgerond'
          -- Only the queues the asked cases are in: their teams' open cases, not every team's.
          AND z.team IN (SELECT team FROM zaak
                          WHERE ($2::bigint IS NULL OR huishouden_id = $2)
                            AND ($3::bigint[] IS NULL OR id = ANY($3::bigint[]))))
     SELECT id, team, voor, eigen, opgeschort_tot FROM rij
      WHERE ($2::bigint IS NULL OR huishouden_id = $2) AND ($3::bigint[] IS NULL OR id = ANY($3::bigint[]))`,
    [
      JSON.stringify(BEHANDELUREN),
      filter.huishoudenId ?? null,
      filter.zaakIds ? [...filter.zaakIds] : null,
      vandaag,
    ],
  );
  const uit = new Map<number, string | undefined>();
  for (const x of r.rows) {
    const medewerkers = medewerkersPerTeam.get(x.team) ?? 0;
    const opgeschort = x.opgeschort_tot !== null && x.opgeschort_tot > vandaag;
    uit.set(
      Number(x.id),
      opgeschort
        ? verwachteAfronding(Number(x.eigen), medewerkers, x.opgeschort_tot!)
        : verwachteAfronding(Number(x.voor), medewerkers, vandaag),
    );
  }
  return uit;
}
