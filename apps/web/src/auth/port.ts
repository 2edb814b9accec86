/**
 * @module
 * The login port the web app needs. The web app never checks passwords or BSNs against a register
 * itself: the lead wires the real implementation (packages/toegang); `src/testing/` has a small
 * in-memory one for the web app's own tests. Tokens are opaque strings kept in an HttpOnly cookie.
 */

/** Who is logged in. `rol` is 'burger' for a citizen, the staff role otherwise. */
export interface Sessie {
  readonly soort: 'burger' | 'medewerker';
  /** Name to show ("U bent ingelogd als …"). */
  readonly naam: string;
  readonly rol: string;
}

export type DigidUitkomst = { ok: true; token: string } | { ok: false; melding: string };
export type MedewerkerUitkomst = { ok: true; token: string; rol: string } | { ok: false; melding: string };

export interface Auth {
  /** DigiD (simulation): the BSN has passed the 11-proef already. */
  digid(bsn: string): Promise<DigidUitkomst>;
  medewerker(naam: string, wachtwoord: string): Promise<MedewerkerUitkomst>;
  /** The session for a token, or undefined when it is unknown or expired. */
  sessie(token: string): Promise<Sessie | undefined>;
  /** Ends the session (optional: without it, logging out only removes the cookie). */
  uitloggen?(token: string): Promise<void>;
}
