/**
 * @module
 * Logging in (C15 access): staff with a user name and password (seeded demo accounts), citizens
 * through the clearly labelled DigiD simulation (only when enabled; 11-proef), partners with API
 * client credentials. Each returns a signed session token; a citizen's session id is a pseudonym,
 * so case history and audit never carry a BSN.
 */
import { createHmac } from 'node:crypto';
import {
  controleerPartner,
  controleerWachtwoord,
  digidSimulatie,
  isSessie,
  leesSessieToken,
  maakSessieToken,
  type Sessie,
} from '@regelmaat/toegang';
import { NietIngelogd, Ongeldig } from './fouten';
import type { Omgeving } from './omgeving';

export interface Ingelogd {
  token: string;
  sessie: Sessie;
}

function geef(o: Omgeving, s: Omit<Sessie, 'verloopt'>): Ingelogd {
  const nu = o.klok();
  const token = maakSessieToken(s, o.sleutels.sessie, nu, o.instellingen.sessieMinuten);
  const sessie = leesSessieToken(token, o.sleutels.sessie, nu);
  if (!isSessie(sessie)) throw new Error('zojuist gemaakte sessie is ongeldig');
  return { token, sessie };
}

export async function inloggenMedewerker(
  o: Omgeving,
  vraag: { gebruikersnaam: string; wachtwoord: string },
): Promise<Ingelogd> {
  const r = await controleerWachtwoord(o.db, vraag.gebruikersnaam, vraag.wachtwoord);
  if (!r.ok) throw new NietIngelogd('De gebruikersnaam of het wachtwoord klopt niet.');
  const g = r.gebruiker;
  return geef(o, { rol: g.rol, id: g.id, naam: g.naam, ...(g.team ? { team: g.team } : {}) });
}

/** The pseudonymous id of a citizen's session (no BSN in history or audit). */
export function burgerId(o: Omgeving, bsn: string): string {
  return `burger-${createHmac('sha256', o.sleutels.pseudoniem).update(bsn).digest('hex').slice(0, 16)}`;
}

export function inloggenDigid(o: Omgeving, vraag: { bsn: string }): Ingelogd {
  const r = digidSimulatie(vraag.bsn, { ingeschakeld: o.instellingen.digidSimulatie });
  if (!r.ok) {
    if (r.code === 'DIGID_SIMULATIE_UIT') throw new NietIngelogd(r.melding);
    throw new Ongeldig([{ naam: 'bsn', reden: r.melding }], r.melding);
  }
  return geef(o, { rol: 'burger', id: burgerId(o, r.bsn), bsn: r.bsn });
}

export async function inloggenPartner(
  o: Omgeving,
  vraag: { clientId: string; secret: string },
): Promise<Ingelogd> {
  const r = await controleerPartner(o.db, vraag.clientId, vraag.secret);
  if (!r.ok) throw new NietIngelogd('De client-id of het geheim klopt niet.');
  return geef(o, {
    rol: 'partner',
    id: r.partner.clientId,
    naam: r.partner.naam,
    clientId: r.partner.clientId,
  });
}

/** The session of a token, or undefined when it is missing, invalid or expired. */
export function sessieUitToken(o: Omgeving, token: string | undefined): Sessie | undefined {
  if (!token) return undefined;
  const s = leesSessieToken(token, o.sleutels.sessie, o.klok());
  return isSessie(s) ? s : undefined;
}
