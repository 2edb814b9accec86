/**
 * Test helper: a decision version (beschikking) as the caller would write it after a maatwerk
 * decision, so `markeerVanKracht` has something to point to. For tests only.
 */
import type { Sql } from '@regelmaat/db';

export async function maakBeschikking(
  sql: Sql,
  huishoudenId: number,
  regeling: string,
  jaarbedrag: number,
): Promise<number> {
  const run = await sql.query<{ id: string }>(
    `INSERT INTO run (soort, jaar, maand, bekend_op, engine_versie, parameter_versie, partitiegrootte)
     VALUES ('definitief', 2026, 0, '2027-06-01T00:00:00Z', 'e', 'p', 10)
     ON CONFLICT (soort, jaar, maand) DO UPDATE SET partitiegrootte = run.partitiegrootte RETURNING id`,
  );
  const r = await sql.query<{ id: string }>(
    `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
                              engine_versie, parameter_versie, invoer_hash, bekend_op)
     VALUES ($1, $2, $3, 2026, 'definitief', 'vastgesteld', $4, $5, 'e', 'p', 'h', '2027-06-01T00:00:00Z')
     ON CONFLICT (run_id, huishouden_id, regeling) DO UPDATE SET jaarbedrag = EXCLUDED.jaarbedrag RETURNING id`,
    [run.rows[0]!.id, huishoudenId, regeling, jaarbedrag, Array(12).fill(Math.floor(jaarbedrag / 12))],
  );
  return Number(r.rows[0]!.id);
}
