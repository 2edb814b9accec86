/**
 * @module
 * The counts behind the team-lead overview (issue 17): per team and case type the open cases
 * (open, in treatment, waiting for approval), how many are late, how many wait for approval, and
 * how many were closed in the last `dagen` days — and the maatwerk decisions waiting for a team
 * lead per team. Counts only: no case, household or person is read out.
 */
import type { Sql } from '@regelmaat/db';
import { type Tempo, tempo } from './tempo';
import type { ZaakSoort } from './typen';
import { plusDagen } from './zaaktypen';

export interface Teamstandregel {
  team: string;
  soort: ZaakSoort;
  open: number;
  teLaat: number;
  wachtOpGoedkeuring: number;
  afgerondInPeriode: number;
  tempo: Tempo;
}

export interface Teamstand {
  vandaag: string;
  dagen: number;
  regels: Teamstandregel[];
  /** Maatwerk decisions waiting for a team lead (four-eyes), per team. */
  besluitenTerGoedkeuring: Record<string, number>;
}

export async function teamstand(sql: Sql, vandaag: string, dagen: number, team?: string): Promise<Teamstand> {
  const van = plusDagen(vandaag, -dagen);
  const r = await sql.query<{
    team: string;
    soort: string;
    open: string | number;
    te_laat: string | number;
    wacht: string | number;
    afgerond: string | number;
  }>(
    `SELECT z.team, z.soort,
            count(*) FILTER (WHERE z.status <> 'afgerond') AS open,
            count(*) FILTER (WHERE z.status <> 'afgerond' AND z.termijn < $1::date) AS te_laat,
            count(*) FILTER (WHERE z.status = 'wacht-op-goedkeuring') AS wacht,
            count(*) FILTER (WHERE z.status = 'afgerond' AND z.afgerond_op >= $2::date
                               AND z.afgerond_op < ($1::date + 1)) AS afgerond
       FROM zaak z
      WHERE ($3::text IS NULL OR z.team = $3)
        AND (z.status <> 'afgerond' OR z.afgerond_op >= $2::date)
      GROUP BY z.team, z.soort
      ORDER BY z.team, z.soort`,
    [vandaag, van, team ?? null],
  );
  const b = await sql.query<{ team: string; n: string | number }>(
    `SELECT z.team, count(*) AS n
       FROM maatwerkbesluit m JOIN zaak z ON z.id = m.zaak_id
      WHERE m.status = 'wacht-op-goedkeuring' AND ($1::text IS NULL OR z.team = $1)
      GROUP BY z.team`,
    [team ?? null],
  );
  return {
    vandaag,
    dagen,
    regels: r.rows.map((x) => {
      const open = Number(x.open);
      const afgerond = Number(x.afgerond);
      return {
        team: x.team,
        soort: x.soort as ZaakSoort,
        open,
        teLaat: Number(x.te_laat),
        wachtOpGoedkeuring: Number(x.wacht),
        afgerondInPeriode: afgerond,
        tempo: tempo(open, afgerond, dagen, vandaag),
      };
    }),
    besluitenTerGoedkeuring: Object.fromEntries(b.rows.map((x) => [x.team, Number(x.n)])),
  };
}
