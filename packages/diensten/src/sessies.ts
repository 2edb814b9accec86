/**
 * @module
 * Logging in (C15 access): staff with a user name and password (seeded demo accounts), citizens
 * through the clearly labelled DigiD simulation (only when enabled; 11-proef), partners with API
 * client credentials. Each returns a signed session token; a citizen's session id is a pseudonym,
 * so case history and audit never carry a BSN.
 */
import { createHmac } from 'node:crypto';
import { NietIngelogd } from '@regelmaat/kernel';
import {
  controleerPartner,
  controleerWachtwoord,
  digidSimulatie,
  type InlogSoort,
  isSessie,
  isSessieIngetrokken,
  leesSessieToken,
  maakSessieToken,
  pogingGelukt,
  pogingSleutel,
  reserveerPoging,
  type Sessie,
  trekSessieIn,
} from '@regelmaat/toegang';
import type { Omgeving } from './omgeving';

export interface Ingelogd {
  token: string;
  sessie: Sessie;
}

function geef(o: Omgeving, s: Omit<Sessie, 'verloopt' | 'sid'>): Ingelogd {
  const nu = o.klok();
  const token = maakSessieToken(s, o.sleutels.sessie, nu, o.instellingen.sessieMinuten);
  const sessie = leesSessieToken(token, o.sleutels.sessie, nu);
  if (!isSessie(sessie)) throw new Error('zojuist gemaakte sessie is ongeldig');
  return { token, sessie };
}

/**
 * Runs a credential check under the account's lockout (database-held, see `inlogpogingen` in
 * @regelmaat/toegang): TeVaak while the account is locked; the attempt counts as failed unless
 * `check` returns a result.
 */
async function metLockout<T>(
  o: Omgeving,
  soort: InlogSoort,
  naam: string,
  check: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const sleutel = pogingSleutel(soort, naam, o.sleutels.pseudoniem);
  const nu = o.klok();
  await reserveerPoging(o.db, soort, sleutel, nu);
  const uit = await check();
  if (uit !== undefined) await pogingGelukt(o.db, soort, sleutel, nu);
  return uit;
}

export async function inloggenMedewerker(
  o: Omgeving,
  vraag: { gebruikersnaam: string; wachtwoord: string },
): Promise<Ingelogd> {
  const g = await metLockout(o, 'medewerker', vraag.gebruikersnaam, async () => {
    const r = await controleerWachtwoord(o.db, vraag.gebruikersnaam, vraag.wachtwoord);
    return r.ok ? r.gebruiker : undefined;
  });
  if (!g) throw new NietIngelogd('De gebruikersnaam of het wachtwoord klopt niet.');
  return geef(o, { rol: g.rol, id: g.id, naam: g.naam, ...(g.team ? { team: g.team } : {}) });
}

/** The pseudonymous id of a citizen's session (no BSN in history or audit). */
export function burgerId(o: Omgeving, bsn: string): string {
  return `burger-${createHmac('sha256', o.sleutels.pseudoniem).update(bsn).digest('hex').slice(0, 16)}`;
}

export function inloggenDigid(o: Omgeving, vraag: { bsn: string }): Ingelogd {
  const bsn = digidSimulatie(vraag.bsn, { ingeschakeld: o.instellingen.digidSimulatie });
  return geef(o, { rol: 'burger', id: burgerId(o, bsn), bsn });
}

export async function inloggenPartner(
  o: Omgeving,
  vraag: { clientId: string; secret: string },
): Promise<Ingelogd> {
  const p = await metLockout(o, 'partner', vraag.clientId, async () => {
    const r = await controleerPartner(o.db, vraag.clientId, vraag.secret);
    return r.ok ? r.partner : undefined;
  });
  if (!p) throw new NietIngelogd('De client-id of het geheim klopt niet.');
  return geef(o, { rol: 'partner', id: p.clientId, naam: p.naam, clientId: p.clientId });
}

/**
 * The session of a token by its signature and expiry alone, or undefined. Does NOT see a logout:
 * a request's session comes from {@link geldigeSessie}; this is for a token that has passed it.
 */
export function sessieUitToken(o: Omgeving, token: string | undefined): Sessie | undefined {
  if (!token) return undefined;
  const s = leesSessieToken(token, o.sleutels.sessie, o.klok());
  return isSessie(s) ? s : undefined;
}

/**
 * The session of a token, or undefined when it is missing, invalid, expired or revoked (logged
 * out). One indexed lookup in `sessie_ingetrokken` per request, so a logout holds on every process.
 */
export async function geldigeSessie(o: Omgeving, token: string | undefined): Promise<Sessie | undefined> {
  const s = sessieUitToken(o, token);
  if (!s) return undefined;
  return (await isSessieIngetrokken(o.db, s.sid)) ? undefined : s;
}

/**
 * Logs out: revokes the session on the server, so the token (and any copy of it) is refused from
 * now on, on the API and the web. Revoking twice is fine. Rows of sessions that have expired anyway
 * are cleared on the way.
 */
export async function uitloggen(o: Omgeving, sessie: Sessie): Promise<void> {
  await trekSessieIn(o.db, sessie.sid, sessie.verloopt, o.klok());
}
