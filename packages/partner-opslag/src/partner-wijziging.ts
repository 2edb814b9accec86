/**
 * @module
 * Every rent or insurance report received, once per (partner, report id) (migration 043): the
 * unique key makes a replay change nothing, also when two arrive at the same time. `inhoud` is a
 * hash of what was reported, so a replayed id with other content is recognised and refused.
 */
import type { Sql } from '@regelmaat/db';

export type WijzigingUitkomst =
  | 'verwerkt'
  | 'al-bekend'
  | 'verouderd'
  | 'afwijking'
  | 'herberekend'
  | 'geen-aanvraag'
  | 'in-behandeling';

export interface EerdereWijziging {
  inhoud: string;
  uitkomst: WijzigingUitkomst;
  zaakId: number | null;
}

export interface PartnerWijzigingRij {
  clientId: string;
  meldingId: string;
  soort: 'huur' | 'verzekering';
  huishoudenId: number | null;
  persoonBsn: string | null;
  datum: string;
  waarde: Record<string, unknown>;
  opgesteldOp: string;
  ontvangenOp: string;
  inhoud: string;
  uitkomst: WijzigingUitkomst;
  zaakId: number | null;
}

/** The report of a partner with this id, when it was received before. */
export async function eerdereWijziging(
  sql: Sql,
  clientId: string,
  meldingId: string,
): Promise<EerdereWijziging | undefined> {
  const r = await sql.query<{ inhoud: string; uitkomst: WijzigingUitkomst; zaak_id: string | null }>(
    'SELECT inhoud, uitkomst, zaak_id FROM partner_wijziging WHERE client_id = $1 AND melding_id = $2',
    [clientId, meldingId],
  );
  const x = r.rows[0];
  return x
    ? { inhoud: x.inhoud, uitkomst: x.uitkomst, zaakId: x.zaak_id === null ? null : Number(x.zaak_id) }
    : undefined;
}

/**
 * Stores one report; false when the same (partner, report id) was stored first by another
 * transaction (then the caller rolls back and answers as a repeat).
 */
export async function legPartnerWijzigingVast(tx: Sql, x: PartnerWijzigingRij): Promise<boolean> {
  const r = await tx.query(
    `INSERT INTO partner_wijziging (client_id, melding_id, soort, huishouden_id, persoon_bsn, datum, waarde,
                                    opgesteld_op, ontvangen_op, inhoud, uitkomst, zaak_id)
     VALUES ($1, $2, $3, $4::bigint, $5, $6, $7::jsonb, $8, $9, $10, $11, $12::bigint)
     ON CONFLICT (client_id, melding_id) DO NOTHING`,
    [
      x.clientId,
      x.meldingId,
      x.soort,
      x.huishoudenId === null ? null : String(x.huishoudenId),
      x.persoonBsn,
      x.datum,
      JSON.stringify(x.waarde),
      x.opgesteldOp,
      x.ontvangenOp,
      x.inhoud,
      x.uitkomst,
      x.zaakId === null ? null : String(x.zaakId),
    ],
  );
  return r.affectedRows > 0;
}
