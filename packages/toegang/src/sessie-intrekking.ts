/**
 * @module
 * Revoked sessions (table `sessie_ingetrokken`, migration 016): a logout holds on every process,
 * until the token would have expired anyway.
 */
import type { Sql } from '@regelmaat/db';

/** Whether the session was revoked (logged out): one indexed lookup. */
export async function isSessieIngetrokken(sql: Sql, sessieId: string): Promise<boolean> {
  const r = await sql.query('SELECT 1 FROM sessie_ingetrokken WHERE sessie_id = $1', [sessieId]);
  return r.rows.length > 0;
}

/**
 * Revokes a session (twice is fine) and clears the rows of sessions that have expired by `nu`
 * anyway. `verloopt` is the token's expiry, `nu` the caller's clock (ISO).
 */
export async function trekSessieIn(sql: Sql, sessieId: string, verloopt: string, nu: string): Promise<void> {
  await sql.query(
    `INSERT INTO sessie_ingetrokken (sessie_id, verloopt, ingetrokken_op) VALUES ($1, $2, $3)
     ON CONFLICT (sessie_id) DO NOTHING`,
    [sessieId, verloopt, nu],
  );
  await sql.query('DELETE FROM sessie_ingetrokken WHERE verloopt < $1', [nu]);
}
