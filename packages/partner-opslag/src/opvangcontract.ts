/**
 * @module
 * Who holds the childcare contract of a child in a year (migration 017): the provider whose report
 * was accepted first. `nieuwsteOpgesteldOp` is when the provider drew up the newest report accepted
 * for it; an older report is not applied.
 */
import type { Sql } from '@regelmaat/db';

export interface OpvangcontractClaim {
  kindBsn: string;
  jaar: number;
  clientId: string;
  huishoudenId: number;
  /** When the claim is made (the moment of receipt). */
  sinds: string;
  /** When the provider drew up the report (ISO timestamp). */
  opgesteldOp: string;
}

export interface Opvangcontract {
  clientId: string;
  /** ISO timestamp. */
  nieuwsteOpgesteldOp: string;
}

const sleutel = (kindBsn: string, jaar: number) => `${kindBsn}:${jaar}`;

/**
 * Claims the contracts of these children and years for the reporting providers where nobody holds
 * them yet, and returns every contract as it now is, row-locked for the caller's transaction
 * (`FOR UPDATE`, in key order, so concurrent batches never deadlock on each other). Key:
 * `kindBsn:jaar`.
 */
export async function claimOpvangcontracten(
  tx: Sql,
  claims: readonly OpvangcontractClaim[],
): Promise<Map<string, Opvangcontract>> {
  const uit = new Map<string, Opvangcontract>();
  if (claims.length === 0) return uit;
  const geordend = [...claims].sort((a, b) =>
    a.kindBsn === b.kindBsn ? a.jaar - b.jaar : a.kindBsn < b.kindBsn ? -1 : 1,
  );
  await tx.query(
    `INSERT INTO opvangcontract (kind_bsn, jaar, client_id, huishouden_id, sinds, nieuwste_opgesteld_op)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::bigint[], $5::timestamptz[], $6::timestamptz[])
     ON CONFLICT DO NOTHING`,
    [
      geordend.map((c) => c.kindBsn),
      geordend.map((c) => c.jaar),
      geordend.map((c) => c.clientId),
      geordend.map((c) => String(c.huishoudenId)),
      geordend.map((c) => c.sinds),
      geordend.map((c) => c.opgesteldOp),
    ],
  );
  const r = await tx.query<{ kind_bsn: string; jaar: number; client_id: string; nieuwste: string | Date }>(
    `SELECT c.kind_bsn, c.jaar, c.client_id, c.nieuwste_opgesteld_op AS nieuwste
       FROM opvangcontract c
       JOIN unnest($1::text[], $2::int[]) AS s (kind_bsn, jaar) ON s.kind_bsn = c.kind_bsn AND s.jaar = c.jaar
      ORDER BY c.kind_bsn, c.jaar
        FOR UPDATE OF c`,
    [geordend.map((c) => c.kindBsn), geordend.map((c) => c.jaar)],
  );
  for (const x of r.rows)
    uit.set(sleutel(x.kind_bsn, Number(x.jaar)), {
      clientId: x.client_id,
      nieuwsteOpgesteldOp: new Date(x.nieuwste).toISOString(),
    });
  return uit;
}

/** The contract of one child and year, claimed for the provider when nobody holds it (row-locked). */
export async function claimOpvangcontract(tx: Sql, claim: OpvangcontractClaim): Promise<Opvangcontract> {
  return (await claimOpvangcontracten(tx, [claim])).get(sleutel(claim.kindBsn, claim.jaar))!;
}

/** The key `claimOpvangcontracten` answers under. */
export const contractSleutel = sleutel;

/** Records that newer reports were accepted for these contracts (when each was drawn up). */
export async function werkOpvangcontractenBij(
  tx: Sql,
  rijen: readonly { kindBsn: string; jaar: number; opgesteldOp: string }[],
): Promise<void> {
  if (rijen.length === 0) return;
  await tx.query(
    `UPDATE opvangcontract c SET nieuwste_opgesteld_op = s.opgesteld
       FROM unnest($1::text[], $2::int[], $3::timestamptz[]) AS s (kind_bsn, jaar, opgesteld)
      WHERE c.kind_bsn = s.kind_bsn AND c.jaar = s.jaar`,
    [rijen.map((x) => x.kindBsn), rijen.map((x) => x.jaar), rijen.map((x) => x.opgesteldOp)],
  );
}
