/**
 * @module
 * Booking invorderingsrente (Awir art. 29) as a ledger entry that adds to what is owed, once per
 * key (`rente:<vordering>:<maand>`): a second booking with the same key changes nothing. The amount
 * comes from the pure `maandBoeking`; this only records it.
 */
import type { Sql } from '@regelmaat/db';
import { Ongeldig } from '@regelmaat/kernel';

export interface NieuweRente {
  vorderingId: number;
  huishoudenId: number;
  /** Eurocents, > 0. */
  bedrag: number;
  datum: string;
  op: string;
  sleutel: string;
  omschrijving: string;
}

/** Books the interest; false when an entry with this key exists already. */
export async function boekRente(sql: Sql, n: NieuweRente): Promise<boolean> {
  if (!Number.isSafeInteger(n.bedrag) || n.bedrag <= 0)
    throw new Ongeldig([
      { naam: 'bedrag', code: 'te-klein', reden: 'moet een positief bedrag in hele centen zijn' },
    ]);
  const r = await sql.query(
    `INSERT INTO boeking (vordering_id, huishouden_id, soort, bedrag, datum, geboekt_op, omschrijving, sleutel)
     VALUES ($1, $2, 'rente', $3, $4, $5, $6, $7)
     ON CONFLICT (sleutel) WHERE sleutel IS NOT NULL DO NOTHING RETURNING id`,
    [n.vorderingId, n.huishoudenId, n.bedrag, n.datum, n.op, n.omschrijving, n.sleutel],
  );
  return r.rows.length > 0;
}

/** Whether an entry with this key was booked. */
export async function isGeboekt(sql: Sql, sleutel: string): Promise<boolean> {
  const r = await sql.query('SELECT 1 FROM boeking WHERE sleutel = $1', [sleutel]);
  return r.rows.length > 0;
}

/** What was set off against the household's toeslag of `maand` by the run, over all its recoveries. */
export async function verrekendInMaand(sql: Sql, huishoudenId: number, maand: string): Promise<number> {
  const r = await sql.query<{ n: string }>(
    `SELECT coalesce(-sum(bedrag), 0) AS n FROM boeking
      WHERE huishouden_id = $1 AND soort = 'verrekening' AND sleutel LIKE $2`,
    [huishoudenId, `verrekening:%:${maand}`],
  );
  return Number(r.rows[0]!.n);
}
