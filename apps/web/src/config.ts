/**
 * @module
 * Settings of the web app, passed in by whoever starts it (nothing here reads the environment).
 */
export interface WebConfig {
  /**
   * Show the DigiD simulation at /inloggen. Only for demos and tests: anyone can log in as any
   * BSN that passes the 11-proef. Off unless set (A10: "enabled only by an env flag").
   */
  readonly digidSimulatie: boolean;
  /** Mark cookies `Secure` (behind HTTPS). Default false, so the demo works on http://localhost. */
  readonly veiligeCookies?: boolean;
  /** Log stack traces of unexpected errors (REGELMAAT_DEBUG=1). */
  readonly debug?: boolean;
}
