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

/** A refusal; `wachtSeconden` when it is a lockout or rate limit (the page says how long to wait). */
export type Weigering = { ok: false; melding: string; wachtSeconden?: number };
export type DigidUitkomst = { ok: true; token: string } | Weigering;
export type MedewerkerUitkomst = { ok: true; token: string; rol: string } | Weigering;

export interface Auth {
  /** DigiD (simulation): the BSN has passed the 11-proef already. */
  digid(bsn: string): Promise<DigidUitkomst>;
  medewerker(naam: string, wachtwoord: string): Promise<MedewerkerUitkomst>;
  /** The session for a token, or undefined when it is unknown or expired. */
  sessie(token: string): Promise<Sessie | undefined>;
  /** Ends the session on the server, so a copy of the token is refused afterwards. */
  uitloggen?(token: string): Promise<void>;
}
