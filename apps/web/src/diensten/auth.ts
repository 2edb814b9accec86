/**
 * @module
 * `dienstenAuth(o)`: the web app's `Auth` port on the real service layer (@regelmaat/diensten):
 * citizens through the labelled DigiD simulation (11-proef, only when the Omgeving allows it),
 * staff with user name and password. The token is the service layer's signed session token
 * (@regelmaat/toegang); logging out revokes it on the server (`uitloggen`), and every request
 * checks that (`geldigeSessie`). Partner clients have no web session.
 */
import {
  DienstFout,
  geldigeSessie,
  inloggenDigid,
  inloggenMedewerker,
  type Omgeving,
  TeVaak,
  uitloggen,
} from '@regelmaat/diensten';
import type { Sessie as DienstSessie } from '@regelmaat/toegang';
import type { Auth, Sessie, Weigering } from '../auth/port';

/** The web's view of a service session; undefined for roles that have no web pages (partner). */
export function webSessie(s: DienstSessie): Sessie | undefined {
  if (s.rol === 'partner') return undefined;
  if (s.rol === 'burger') return { soort: 'burger', naam: `BSN ${s.bsn ?? ''}`.trim(), rol: 'burger' };
  return { soort: 'medewerker', naam: s.naam ?? s.id, rol: s.rol };
}

const weigering = (e: unknown): Weigering => {
  if (e instanceof TeVaak) return { ok: false, melding: e.message, wachtSeconden: e.wachtSeconden };
  if (e instanceof DienstFout) return { ok: false, melding: e.message };
  throw e;
};

export function dienstenAuth(o: Omgeving): Auth {
  return {
    async digid(bsn) {
      try {
        return { ok: true, token: inloggenDigid(o, { bsn }).token };
      } catch (e) {
        return weigering(e);
      }
    },
    async medewerker(naam, wachtwoord) {
      try {
        const r = await inloggenMedewerker(o, { gebruikersnaam: naam, wachtwoord });
        if (r.sessie.rol === 'partner' || r.sessie.rol === 'burger')
          return { ok: false, melding: 'Dit account kan niet inloggen in de werkomgeving.' };
        return { ok: true, token: r.token, rol: r.sessie.rol };
      } catch (e) {
        return weigering(e);
      }
    },
    async sessie(token) {
      const s = await geldigeSessie(o, token);
      return s ? webSessie(s) : undefined;
    },
    async uitloggen(token) {
      const s = await geldigeSessie(o, token);
      if (s) await uitloggen(o, s);
    },
  };
}
