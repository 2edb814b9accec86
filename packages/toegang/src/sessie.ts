/**
 * @module
 * Stateless session tokens: `v1.<payload>.<signature>`, where payload is the session as JSON in
 * base64url and signature is HMAC-SHA256 (RFC 2104) over `v1.<payload>` in base64url. Verification
 * compares signatures timing-safe, before anything in the payload is trusted. Time is passed in.
 *
 * The token is signed, not encrypted: whoever holds it can read it (a citizen's BSN included), so it
 * belongs in an HttpOnly cookie over TLS, never in a URL or a log.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isValidBsn } from '@regelmaat/kernel';
import { isRol, type Rol } from './rechten';
import { type Sleutel, sleutelBytes } from './sleutel';

export interface Sessie {
  rol: Rol;
  /** Staff: gebruiker.id; partner: the client id; citizen: an id the service layer chooses. */
  id: string;
  naam?: string;
  team?: string;
  /** Citizen (burger) only: the BSN from (simulated) DigiD. */
  bsn?: string;
  /** Partner only. */
  clientId?: string;
  /** When the session ends: ISO timestamp in UTC. */
  verloopt: string;
  /**
   * The session's own id (128 random bits, base64url): what logging out revokes on the server, so
   * a copy of the token is refused afterwards although its signature and expiry still hold.
   */
  sid: string;
}

const SID = /^[A-Za-z0-9_-]{22}$/;

export type SessieFout = { fout: 'ongeldig' | 'verlopen' };

const VERSIE = 'v1';

function tijd(nu: Date | string): number {
  const ms = typeof nu === 'string' ? Date.parse(nu) : nu.getTime();
  if (!Number.isFinite(ms)) throw new Error(`Ongeldig tijdstip: ${String(nu)}`);
  return ms;
}

function handtekening(tekst: string, sleutel: Buffer): Buffer {
  return createHmac('sha256', sleutel).update(tekst).digest();
}

/** Why a session is not well-formed, or undefined when it is. */
function vormFout(s: Record<string, unknown>): string | undefined {
  if (!isRol(s.rol)) return 'onbekende rol';
  if (typeof s.id !== 'string' || s.id.length === 0) return 'id ontbreekt';
  for (const veld of ['naam', 'team', 'bsn', 'clientId'] as const) {
    if (s[veld] !== undefined && typeof s[veld] !== 'string') return `${veld} moet tekst zijn`;
  }
  if (s.rol === 'burger' && (typeof s.bsn !== 'string' || !isValidBsn(s.bsn)))
    return 'burger zonder geldig BSN';
  if (s.rol !== 'burger' && s.bsn !== undefined) return 'alleen een burger heeft een BSN in de sessie';
  if (s.rol === 'partner' && (typeof s.clientId !== 'string' || s.clientId.length === 0))
    return 'partner zonder clientId';
  if (s.rol !== 'partner' && s.clientId !== undefined) return 'alleen een partner heeft een clientId';
  if (s.sid !== undefined && (typeof s.sid !== 'string' || !SID.test(s.sid))) return 'ongeldig sessie-id';
  return undefined;
}

/**
 * Makes a signed token for `sessie`, valid for `geldigMinuten` from `nu`. Throws when the session is
 * not well-formed (e.g. a burger without a valid BSN) or the key is shorter than 32 bytes.
 */
export function maakSessieToken(
  sessie: Omit<Sessie, 'verloopt' | 'sid'> & { verloopt?: string; sid?: string },
  sleutel: Sleutel,
  nu: Date | string,
  geldigMinuten: number,
): string {
  if (!(Number.isFinite(geldigMinuten) && geldigMinuten > 0)) {
    throw new Error(`geldigMinuten moet een positief getal zijn, niet ${geldigMinuten}`);
  }
  const { verloopt: _genegeerd, sid: _ook, ...rest } = sessie;
  const fout = vormFout(rest);
  if (fout) throw new Error(`Ongeldige sessie: ${fout}`);
  const volledig: Sessie = {
    ...rest,
    verloopt: new Date(tijd(nu) + Math.round(geldigMinuten * 60_000)).toISOString(),
    sid: randomBytes(16).toString('base64url'),
  };
  const payload = Buffer.from(JSON.stringify(volledig), 'utf8').toString('base64url');
  const ondertekend = `${VERSIE}.${payload}`;
  return `${ondertekend}.${handtekening(ondertekend, sleutelBytes(sleutel)).toString('base64url')}`;
}

/**
 * Reads a token: the session, or `{ fout: 'ongeldig' }` (malformed, tampered, other key) or
 * `{ fout: 'verlopen' }` (authentic, but `nu` is at or after `verloopt`).
 */
export function leesSessieToken(token: string, sleutel: Sleutel, nu: Date | string): Sessie | SessieFout {
  const sleutelBuf = sleutelBytes(sleutel);
  const ongeldig: SessieFout = { fout: 'ongeldig' };
  if (typeof token !== 'string' || token.length > 8_192) return ongeldig;
  const delen = token.split('.');
  if (delen.length !== 3 || delen[0] !== VERSIE) return ongeldig;
  const [, payload, gegeven] = delen as [string, string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || !/^[A-Za-z0-9_-]{43}$/.test(gegeven)) return ongeldig;
  const verwacht = handtekening(`${VERSIE}.${payload}`, sleutelBuf);
  const gegevenBuf = Buffer.from(gegeven, 'base64url');
  // Canonical base64url only: a different encoding of the same bytes is a different token.
  if (gegevenBuf.length !== verwacht.length || gegevenBuf.toString('base64url') !== gegeven) return ongeldig;
  if (!timingSafeEqual(gegevenBuf, verwacht)) return ongeldig;

  let sessie: unknown;
  try {
    sessie = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return ongeldig;
  }
  if (typeof sessie !== 'object' || sessie === null || Array.isArray(sessie)) return ongeldig;
  const s = sessie as Record<string, unknown>;
  // A token without a session id (made before sessions could be revoked) is not accepted.
  if (vormFout(s) !== undefined || typeof s.verloopt !== 'string' || typeof s.sid !== 'string')
    return ongeldig;
  const verloopt = Date.parse(s.verloopt);
  if (!Number.isFinite(verloopt)) return ongeldig;
  if (tijd(nu) >= verloopt) return { fout: 'verlopen' };
  return s as unknown as Sessie;
}

/** Type guard: whether `leesSessieToken` returned a session. */
export function isSessie(x: Sessie | SessieFout): x is Sessie {
  return !('fout' in x);
}
