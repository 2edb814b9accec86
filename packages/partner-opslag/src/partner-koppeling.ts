/**
 * @module
 * Who rents to whom and who insures whom (migration 043): server-owned links, never a field of a
 * report. A housing corporation may report only on a household it rents to (`huurcontract`), a
 * health insurer only on a person it insures (`verzekerde`). Each link holds when the newest
 * accepted report on it was drawn up; reading it locks the row for the caller's transaction, so
 * two reports on one link are applied one after the other.
 */
import type { Sql } from '@regelmaat/db';

export interface Koppeling {
  /** ISO timestamp; absent before the first accepted report. */
  nieuwsteOpgesteldOp?: string;
}

const iso = (x: string | Date | null): string | undefined =>
  x === null ? undefined : new Date(x).toISOString();

/** Records that a corporation rents to a household (idempotent). */
export async function legHuurcontractVast(
  sql: Sql,
  clientId: string,
  huishoudenId: number,
  sinds: string,
): Promise<void> {
  await sql.query(
    `INSERT INTO huurcontract (client_id, huishouden_id, sinds) VALUES ($1, $2::bigint, $3)
     ON CONFLICT DO NOTHING`,
    [clientId, String(huishoudenId), sinds],
  );
}

/** Records that an insurer insures a person (idempotent). */
export async function legVerzekerdeVast(
  sql: Sql,
  clientId: string,
  bsn: string,
  sinds: string,
): Promise<void> {
  await sql.query(
    'INSERT INTO verzekerde (client_id, bsn, sinds) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    [clientId, bsn, sinds],
  );
}

/** The corporation's contract with the household, row-locked; undefined when it has none. */
export async function huurcontractVoorUpdate(
  tx: Sql,
  clientId: string,
  huishoudenId: number,
): Promise<Koppeling | undefined> {
  const r = await tx.query<{ nieuwste: string | Date | null }>(
    `SELECT nieuwste_opgesteld_op AS nieuwste FROM huurcontract
      WHERE client_id = $1 AND huishouden_id = $2::bigint FOR UPDATE`,
    [clientId, String(huishoudenId)],
  );
  const rij = r.rows[0];
  if (!rij) return undefined;
  const n = iso(rij.nieuwste);
  return n ? { nieuwsteOpgesteldOp: n } : {};
}

/** Whether the corporation rents to the household (no lock). */
export async function isHuurderVan(sql: Sql, clientId: string, huishoudenId: number): Promise<boolean> {
  const r = await sql.query(
    'SELECT 1 FROM huurcontract WHERE client_id = $1 AND huishouden_id = $2::bigint',
    [clientId, String(huishoudenId)],
  );
  return r.rows.length > 0;
}

/** The insurer's link with the person, row-locked; undefined when it does not insure them. */
export async function verzekerdeVoorUpdate(
  tx: Sql,
  clientId: string,
  bsn: string,
): Promise<Koppeling | undefined> {
  const r = await tx.query<{ nieuwste: string | Date | null }>(
    'SELECT nieuwste_opgesteld_op AS nieuwste FROM verzekerde WHERE client_id = $1 AND bsn = $2 FOR UPDATE',
    [clientId, bsn],
  );
  const rij = r.rows[0];
  if (!rij) return undefined;
  const n = iso(rij.nieuwste);
  return n ? { nieuwsteOpgesteldOp: n } : {};
}

/** Whether the insurer insures the person (no lock). */
export async function isVerzekerdeVan(sql: Sql, clientId: string, bsn: string): Promise<boolean> {
  const r = await sql.query('SELECT 1 FROM verzekerde WHERE client_id = $1 AND bsn = $2', [clientId, bsn]);
  return r.rows.length > 0;
}

/** Records when the newest accepted report on a link was drawn up. */
export async function werkKoppelingBij(
  tx: Sql,
  k:
    | { soort: 'huur'; clientId: string; huishoudenId: number }
    | { soort: 'verzekering'; clientId: string; bsn: string },
  opgesteldOp: string,
): Promise<void> {
  if (k.soort === 'huur')
    await tx.query(
      'UPDATE huurcontract SET nieuwste_opgesteld_op = $3 WHERE client_id = $1 AND huishouden_id = $2::bigint',
      [k.clientId, String(k.huishoudenId), opgesteldOp],
    );
  else
    await tx.query('UPDATE verzekerde SET nieuwste_opgesteld_op = $3 WHERE client_id = $1 AND bsn = $2', [
      k.clientId,
      k.bsn,
      opgesteldOp,
    ]);
}
