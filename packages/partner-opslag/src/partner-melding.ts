/**
 * @module
 * Every childcare report received, once per (provider, report id) (migrations 017 and 026): the
 * unique key makes a replay change nothing, also when two arrive at the same time. `inhoud` is a
 * hash of what was reported, so a replayed id with other content is recognised and refused.
 */
import type { Sql } from '@regelmaat/db';

export type OpvangMeldingUitkomst =
  | 'verwerkt'
  | 'al-bekend'
  | 'verouderd'
  | 'conflict'
  | 'afwijking'
  | 'herberekend';

export interface EerdereMelding {
  inhoud: string;
  uitkomst: OpvangMeldingUitkomst;
}

export interface OpvangMeldingRij {
  clientId: string;
  meldingId: string;
  huishoudenId: number;
  kindBsn: string;
  jaar: number;
  soort: string;
  uren: readonly number[];
  opgesteldOp: string;
  ontvangenOp: string;
  inhoud: string;
  uitkomst: OpvangMeldingUitkomst;
  zaakId: number | null;
  /** Euros, as the provider reported them. */
  uurprijs: number | null;
  einddatum: string | null;
}

/** The reports of one provider with these ids that were received before, by id. */
export async function eerdereMeldingen(
  sql: Sql,
  clientId: string,
  meldingIds: readonly string[],
): Promise<Map<string, EerdereMelding>> {
  const uit = new Map<string, EerdereMelding>();
  if (meldingIds.length === 0) return uit;
  const r = await sql.query<{ melding_id: string; inhoud: string; uitkomst: OpvangMeldingUitkomst }>(
    'SELECT melding_id, inhoud, uitkomst FROM partner_melding WHERE client_id = $1 AND melding_id = ANY($2::text[])',
    [clientId, [...new Set(meldingIds)]],
  );
  for (const x of r.rows) uit.set(x.melding_id, { inhoud: x.inhoud, uitkomst: x.uitkomst });
  return uit;
}

/** The report of one provider with this id, when it was received before. */
export async function eerdereMelding(
  sql: Sql,
  clientId: string,
  meldingId: string,
): Promise<EerdereMelding | undefined> {
  return (await eerdereMeldingen(sql, clientId, [meldingId])).get(meldingId);
}

/**
 * Stores reports, each once per (provider, report id), in one statement. Returns the ids that were
 * stored now: an id missing from the answer arrived at the same time in another transaction that
 * committed first.
 */
export async function legOpvangMeldingenVast(
  tx: Sql,
  rijen: readonly OpvangMeldingRij[],
): Promise<Set<string>> {
  if (rijen.length === 0) return new Set();
  const r = await tx.query<{ client_id: string; melding_id: string }>(
    `INSERT INTO partner_melding (client_id, melding_id, huishouden_id, kind_bsn, jaar, soort, uren,
                                 opgesteld_op, ontvangen_op, inhoud, uitkomst, zaak_id, uurprijs, einddatum)
     SELECT s.client_id, s.melding_id, s.huishouden_id, s.kind_bsn, s.jaar, s.soort, s.uren::jsonb,
            s.opgesteld_op, s.ontvangen_op, s.inhoud, s.uitkomst, s.zaak_id, s.uurprijs, s.einddatum
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::int[], $6::text[], $7::text[],
                   $8::timestamptz[], $9::timestamptz[], $10::text[], $11::text[], $12::bigint[],
                   $13::numeric[], $14::date[])
         AS s (client_id, melding_id, huishouden_id, kind_bsn, jaar, soort, uren, opgesteld_op, ontvangen_op,
               inhoud, uitkomst, zaak_id, uurprijs, einddatum)
     ON CONFLICT (client_id, melding_id) DO NOTHING
     RETURNING client_id, melding_id`,
    [
      rijen.map((x) => x.clientId),
      rijen.map((x) => x.meldingId),
      rijen.map((x) => String(x.huishoudenId)),
      rijen.map((x) => x.kindBsn),
      rijen.map((x) => x.jaar),
      rijen.map((x) => x.soort),
      rijen.map((x) => JSON.stringify(x.uren)),
      rijen.map((x) => x.opgesteldOp),
      rijen.map((x) => x.ontvangenOp),
      rijen.map((x) => x.inhoud),
      rijen.map((x) => x.uitkomst),
      rijen.map((x) => (x.zaakId === null ? null : String(x.zaakId))),
      rijen.map((x) => x.uurprijs),
      rijen.map((x) => x.einddatum),
    ],
  );
  return new Set(r.rows.map((x) => x.melding_id));
}

/** Stores one report; false when the same (provider, report id) was stored first by another transaction. */
export async function legOpvangMeldingVast(tx: Sql, rij: OpvangMeldingRij): Promise<boolean> {
  return (await legOpvangMeldingenVast(tx, [rij])).has(rij.meldingId);
}
