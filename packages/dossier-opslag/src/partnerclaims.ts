/**
 * @module
 * Partner claims (table `partnerclaim`, migration 014): a partner a citizen declares who is not in
 * their household per the registry. A claim, checked by a case worker, never a fact about the
 * other person and never a membership. At most one open claim per household and partner.
 */
import { ISO, type Sql } from '@regelmaat/db';

export interface Partnerclaim {
  id: number;
  partnerBsn: string;
  vanaf: string;
  geboortedatum: string;
  jaar: number;
  inkomen: number;
  status: 'te-controleren' | 'bevestigd' | 'afgewezen';
  zaakId?: number;
  geregistreerdOp: string;
}

export interface NieuwePartnerclaim {
  huishoudenId: number;
  claimantBsn: string;
  partnerBsn: string;
  vanaf: string;
  geboortedatum: string;
  jaar: number;
  /** The claimed partner's yearly income as the citizen reported it (a whole number, ≥ 0). */
  inkomen: number;
  geregistreerdOp: string;
}

/**
 * Records a claim in the caller's transaction; returns its id, or undefined when the same partner
 * is already being checked for this household (nothing is written then).
 */
export async function legPartnerclaimVast(sql: Sql, c: NieuwePartnerclaim): Promise<number | undefined> {
  const r = await sql.query<{ id: string }>(
    `INSERT INTO partnerclaim (huishouden_id, claimant_bsn, partner_bsn, geldig_vanaf, geboortedatum, jaar, inkomen, geregistreerd_op)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (huishouden_id, partner_bsn) WHERE status = 'te-controleren' DO NOTHING
     RETURNING id`,
    [
      c.huishoudenId,
      c.claimantBsn,
      c.partnerBsn,
      c.vanaf,
      c.geboortedatum,
      c.jaar,
      c.inkomen,
      c.geregistreerdOp,
    ],
  );
  return r.rows[0] ? Number(r.rows[0].id) : undefined;
}

/** Links a claim to the case that checks it. */
export async function koppelPartnerclaimAanZaak(sql: Sql, claimId: number, zaakId: number): Promise<void> {
  await sql.query('UPDATE partnerclaim SET zaak_id = $2 WHERE id = $1', [claimId, zaakId]);
}

/** Every claim of one household, oldest first. */
export async function partnerclaimsVan(sql: Sql, huishoudenId: number): Promise<Partnerclaim[]> {
  const r = await sql.query<{
    id: string;
    partner_bsn: string;
    vanaf: string;
    geboortedatum: string;
    jaar: number;
    inkomen: string;
    status: Partnerclaim['status'];
    zaak_id: string | null;
    geregistreerd_op: string;
  }>(
    `SELECT id, partner_bsn, geldig_vanaf::text AS vanaf, geboortedatum::text AS geboortedatum, jaar, inkomen,
            status, zaak_id, ${ISO('geregistreerd_op')} AS geregistreerd_op
       FROM partnerclaim WHERE huishouden_id = $1 ORDER BY id`,
    [huishoudenId],
  );
  return r.rows.map(
    (r): Partnerclaim => ({
      id: Number(r.id),
      partnerBsn: r.partner_bsn,
      vanaf: r.vanaf,
      geboortedatum: r.geboortedatum,
      jaar: r.jaar,
      inkomen: Number(r.inkomen),
      status: r.status,
      ...(r.zaak_id ? { zaakId: Number(r.zaak_id) } : {}),
      geregistreerdOp: r.geregistreerd_op,
    }),
  );
}
