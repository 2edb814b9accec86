/**
 * @module
 * The queue filter a staff member last chose, kept on the server (issue 17: "keep filters, saved
 * per person"): one row per staff member, overwritten by the next choice. Only the case type for
 * now; `null` is "every case type".
 */
import type { Sql } from '@regelmaat/db';
import type { ZaakSoort } from './typen';

export interface Werkfilter {
  soort: ZaakSoort | null;
}

/** The saved filter, or undefined when the staff member never chose one. */
export async function leesWerkfilter(sql: Sql, medewerker: string): Promise<Werkfilter | undefined> {
  const r = await sql.query<{ soort: string | null }>('SELECT soort FROM werkfilter WHERE medewerker = $1', [
    medewerker,
  ]);
  const rij = r.rows[0];
  return rij ? { soort: rij.soort as ZaakSoort | null } : undefined;
}

/** Saves the choice (idempotent: the same choice again changes only the moment). */
export async function bewaarWerkfilter(
  sql: Sql,
  medewerker: string,
  filter: Werkfilter,
  nu: string,
): Promise<void> {
  await sql.query(
    `INSERT INTO werkfilter (medewerker, soort, bijgewerkt_op) VALUES ($1, $2, $3)
     ON CONFLICT (medewerker) DO UPDATE SET soort = EXCLUDED.soort, bijgewerkt_op = EXCLUDED.bijgewerkt_op`,
    [medewerker, filter.soort, nu],
  );
}
