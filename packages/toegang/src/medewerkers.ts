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
