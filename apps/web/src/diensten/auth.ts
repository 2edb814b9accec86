/**
 * @module
 * `dienstenAuth(o)`: the web app's `Auth` port on the real service layer (@regelmaat/diensten):
 * citizens through the labelled DigiD simulation (11-proef, only when the Omgeving allows it),
 * staff with user name and password. The token is the service layer's signed session token
 * (@regelmaat/toegang), so logging out only drops the cookie: the token expires by itself
 * (`instellingen.sessieMinuten`). Partner clients have no web session.
 */
import {
  DienstFout,
  inloggenDigid,
  inloggenMedewerker,
  type Omgeving,
  sessieUitToken,
} from '@regelmaat/diensten';
import type { Sessie as DienstSessie } from '@regelmaat/toegang';
import type { Auth, Sessie } from '../auth/port';

/** The web's view of a service session; undefined for roles that have no web pages (partner). */
export function webSessie(s: DienstSessie): Sessie | undefined {
  if (s.rol === 'partner') return undefined;
  if (s.rol === 'burger') return { soort: 'burger', naam: `BSN ${s.bsn ?? ''}`.trim(), rol: 'burger' };
  return { soort: 'medewerker', naam: s.naam ?? s.id, rol: s.rol };
}

const melding = (e: unknown): string => {
  if (e instanceof DienstFout) return e.message;
  throw e;
};

export function dienstenAuth(o: Omgeving): Auth {
  return {
    async digid(bsn) {
      try {
        return { ok: true, token: inloggenDigid(o, { bsn }).token };
      } catch (e) {
        return { ok: false, melding: melding(e) };
      }
    },
    async medewerker(naam, wachtwoord) {
      try {
        const r = await inloggenMedewerker(o, { gebruikersnaam: naam, wachtwoord });
        if (r.sessie.rol === 'partner' || r.sessie.rol === 'burger')
          return { ok: false, melding: 'Dit account kan niet inloggen in de werkomgeving.' };
        return { ok: true, token: r.token, rol: r.sessie.rol };
      } catch (e) {
        return { ok: false, melding: melding(e) };
      }
    },
    async sessie(token) {
      const s = sessieUitToken(o, token);
      return s ? webSessie(s) : undefined;
    },
  };
}
