/**
 * @module
 * Staff as colleagues see them: the case handlers of a team, and every staff member's name. Names
 * of colleagues are no citizen data.
 */
import type { Sql } from '@regelmaat/db';

export interface Teamlid {
  id: string;
  naam: string;
  rol: string;
}

/** The active staff who handle cases in a team (case workers and team leads), by name. */
export async function behandelaarsVanTeam(sql: Sql, team: string): Promise<Teamlid[]> {
  const r = await sql.query<Teamlid>(
    `SELECT id, naam, rol FROM gebruiker WHERE team = $1 AND actief AND rol IN ('behandelaar', 'teamleider') ORDER BY naam`,
    [team],
  );
  return r.rows;
}

/** The name of every staff member by user id. */
export async function namenVanMedewerkers(sql: Sql): Promise<Map<string, string>> {
  const r = await sql.query<{ id: string; naam: string }>('SELECT id, naam FROM gebruiker');
  return new Map(r.rows.map((g) => [g.id, g.naam]));
}

/**
 * The teams that have at least one active staff member who handles cases (a case worker or a team
 * lead): a case that lands in any other team is in nobody's queue.
 */
export async function bezetteTeams(sql: Sql): Promise<Set<string>> {
  const r = await sql.query<{ team: string }>(
    `SELECT DISTINCT team FROM gebruiker WHERE team IS NOT NULL AND actief AND rol IN ('behandelaar', 'teamleider')`,
  );
  return new Set(r.rows.map((g) => g.team));
}

/** How many active staff accounts there are (0 on a database nobody has set up yet). */
export async function aantalActieveMedewerkers(sql: Sql): Promise<number> {
  const r = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM gebruiker WHERE actief');
  return Number(r.rows[0]?.n ?? 0);
}

/** How many active staff handle cases (case workers and team leads) per team. */
export async function behandelaarsPerTeam(sql: Sql): Promise<Map<string, number>> {
  const r = await sql.query<{ team: string; n: number }>(
    `SELECT team, count(*)::int AS n FROM gebruiker
      WHERE team IS NOT NULL AND actief AND rol IN ('behandelaar', 'teamleider') GROUP BY team`,
  );
  return new Map(r.rows.map((g) => [g.team, Number(g.n)]));
}
