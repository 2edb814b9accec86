/**
 * @module
 * An in-memory `Auth` for the web app's own tests only (the lead wires packages/toegang). It
 * knows a few synthetic citizens (BSNs that pass the 11-proef) and staff accounts, and hands out
 * random tokens. Not for production: passwords are compared in plain text.
 */
import { randomBytes } from 'node:crypto';
import type { Auth, Sessie } from '../auth/port';

export interface TestMedewerker {
  readonly naam: string;
  readonly wachtwoord: string;
  readonly rol: string;
}

export const TEST_BURGERS: Readonly<Record<string, string>> = {
  '999992351': 'J. de Vries',
  '999999230': 'A. Yilmaz',
};

export const TEST_MEDEWERKERS: readonly TestMedewerker[] = [
  { naam: 'behandelaar1', wachtwoord: 'demo-wachtwoord', rol: 'behandelaar' },
  { naam: 'teamleider1', wachtwoord: 'demo-wachtwoord', rol: 'teamleider' },
];

export class GeheugenAuth implements Auth {
  readonly sessies = new Map<string, Sessie>();

  async digid(bsn: string) {
    const naam = TEST_BURGERS[bsn];
    if (!naam) return { ok: false as const, melding: 'Wij kennen dit BSN niet in deze demo.' };
    return { ok: true as const, token: this.open({ soort: 'burger', naam, rol: 'burger' }) };
  }

  async medewerker(naam: string, wachtwoord: string) {
    const m = TEST_MEDEWERKERS.find((x) => x.naam === naam && x.wachtwoord === wachtwoord);
    if (!m) return { ok: false as const, melding: 'Gebruikersnaam of wachtwoord klopt niet.' };
    return {
      ok: true as const,
      token: this.open({ soort: 'medewerker', naam: m.naam, rol: m.rol }),
      rol: m.rol,
    };
  }

  async sessie(token: string) {
    return this.sessies.get(token);
  }

  async uitloggen(token: string) {
    this.sessies.delete(token);
  }

  private open(s: Sessie): string {
    const token = randomBytes(24).toString('base64url');
    this.sessies.set(token, s);
    return token;
  }
}
