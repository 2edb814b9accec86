/**
 * @module
 * Partner clients (childcare providers, landlords, …) and their clients (migration 005). A partner
 * authenticates with a client id and secret, and may report facts only about households that are
 * linked to it as its clients (`partner_klant`).
 */
import type { Sql } from '@regelmaat/db';
import { hashPartnerSecret, kloptPartnerSecret } from './partner-secret';

export const PARTNER_SOORTEN = ['kinderopvang', 'verhuurder', 'zorgverzekeraar', 'gemeente'] as const;
export type PartnerSoort = (typeof PARTNER_SOORTEN)[number];

export interface PartnerClient {
  clientId: string;
  naam: string;
  soort: PartnerSoort;
}

export type PartnerResultaat = { ok: true; partner: PartnerClient } | { ok: false };

/** The hash compared against when the client id is unknown, so both cases do the same work. */
const ONBEKEND = hashPartnerSecret('onbekende-client');

/** Checks a client id and secret. Same answer for an unknown or inactive client and a wrong secret. */
export async function controleerPartner(
  sql: Sql,
  clientId: string,
  secret: string,
): Promise<PartnerResultaat> {
  const r = await sql.query<{
    client_id: string;
    naam: string;
    soort: PartnerSoort;
    secret_hash: string;
    actief: boolean;
  }>('SELECT client_id, naam, soort, secret_hash, actief FROM partner_client WHERE client_id = $1', [
    clientId,
  ]);
  const rij = r.rows[0];
  const bruikbaar = rij?.actief === true ? rij : undefined;
  const klopt = kloptPartnerSecret(secret, bruikbaar ? bruikbaar.secret_hash : ONBEKEND);
  if (!bruikbaar || !klopt) return { ok: false };
  return {
    ok: true,
    partner: { clientId: bruikbaar.client_id, naam: bruikbaar.naam, soort: bruikbaar.soort },
  };
}

/** The name a partner client is registered under (shown to the citizen as who reported), if it exists. */
export async function partnerNaam(sql: Sql, clientId: string): Promise<string | undefined> {
  const r = await sql.query<{ naam: string }>('SELECT naam FROM partner_client WHERE client_id = $1', [
    clientId,
  ]);
  return r.rows[0]?.naam;
}

/** The kind of partner a client is registered as (a corporation reports rent, an insurer insurance). */
export async function partnerSoort(sql: Sql, clientId: string): Promise<PartnerSoort | undefined> {
  const r = await sql.query<{ soort: PartnerSoort }>(
    'SELECT soort FROM partner_client WHERE client_id = $1',
    [clientId],
  );
  return r.rows[0]?.soort;
}

/** Registers a partner client with its secret (stored hashed). Throws when the id exists. */
export async function maakPartnerClient(
  sql: Sql,
  p: PartnerClient & { secret: string },
): Promise<PartnerClient> {
  if (!(PARTNER_SOORTEN as readonly string[]).includes(p.soort)) {
    throw new Error(`Onbekende soort partner: ${String(p.soort)}`);
  }
  if (p.secret.length < 32) throw new Error('Een partnergeheim moet minstens 32 tekens hebben.');
  await sql.query(
    'INSERT INTO partner_client (client_id, naam, soort, secret_hash) VALUES ($1, $2, $3, $4)',
    [p.clientId, p.naam, p.soort, hashPartnerSecret(p.secret)],
  );
  return { clientId: p.clientId, naam: p.naam, soort: p.soort };
}

/** Whether the household is a client of this partner. */
export async function isKlantVan(
  sql: Sql,
  clientId: string,
  huishoudenId: number | string,
): Promise<boolean> {
  const r = await sql.query(
    'SELECT 1 FROM partner_klant WHERE client_id = $1 AND huishouden_id = $2::bigint',
    [clientId, String(huishoudenId)],
  );
  return r.rows.length > 0;
}

/** Which of these households are clients of this partner (one query). */
export async function klantenVan(
  sql: Sql,
  clientId: string,
  huishoudenIds: readonly number[],
): Promise<Set<number>> {
  if (huishoudenIds.length === 0) return new Set();
  const r = await sql.query<{ id: string }>(
    'SELECT huishouden_id AS id FROM partner_klant WHERE client_id = $1 AND huishouden_id = ANY($2::bigint[])',
    [clientId, [...new Set(huishoudenIds)].map(String)],
  );
  return new Set(r.rows.map((x) => Number(x.id)));
}

/**
 * Links a household to a partner as its client (idempotent). Throws when the client or the
 * household does not exist (foreign keys).
 */
export async function koppelKlant(sql: Sql, clientId: string, huishoudenId: number | string): Promise<void> {
  await sql.query(
    'INSERT INTO partner_klant (client_id, huishouden_id) VALUES ($1, $2::bigint) ON CONFLICT DO NOTHING',
    [clientId, String(huishoudenId)],
  );
}

/** Ends the client relation (e.g. the childcare contract ended). Returns whether a link existed. */
export async function ontkoppelKlant(
  sql: Sql,
  clientId: string,
  huishoudenId: number | string,
): Promise<boolean> {
  const r = await sql.query('DELETE FROM partner_klant WHERE client_id = $1 AND huishouden_id = $2::bigint', [
    clientId,
    String(huishoudenId),
  ]);
  return r.affectedRows > 0;
}
