/**
 * @module
 * The errors a service can end in. Each one knows its HTTP status and a stable problem type, so the
 * API turns it into RFC 9457 problem+json and the web pages into a Dutch message, without either
 * guessing. Messages are Dutch and say what to do; they never contain personal data.
 */

export interface OngeldigVeld {
  /** Path of the field, e.g. `kinderen[0].geboortedatum`. */
  naam: string;
  reden: string;
}

export abstract class DienstFout extends Error {
  abstract readonly status: number;
  /** Short stable code, also the last part of the problem type URI. */
  abstract readonly code: string;
  abstract readonly titel: string;
}

/** The request is not valid: every problem is named with its field. */
export class Ongeldig extends DienstFout {
  override readonly name = 'Ongeldig';
  readonly status = 400;
  readonly code = 'ongeldige-invoer';
  readonly titel = 'De invoer is niet geldig';
  constructor(
    readonly velden: OngeldigVeld[],
    melding = velden.map((v) => `${v.naam}: ${v.reden}`).join('; '),
  ) {
    super(melding);
  }
}

export class NietIngelogd extends DienstFout {
  override readonly name = 'NietIngelogd';
  readonly status = 401;
  readonly code = 'niet-ingelogd';
  readonly titel = 'U bent niet ingelogd';
}

export class Geweigerd extends DienstFout {
  override readonly name = 'Geweigerd';
  readonly status = 403;
  readonly code = 'geen-toegang';
  readonly titel = 'U heeft geen toegang';
}

export class NietGevonden extends DienstFout {
  override readonly name = 'NietGevonden';
  readonly status = 404;
  readonly code = 'niet-gevonden';
  readonly titel = 'Niet gevonden';
}

/** The change conflicts with the current state (a case claimed by someone else, a stale version). */
export class Conflict extends DienstFout {
  override readonly name = 'Conflict';
  readonly status = 409;
  readonly titel = 'Dit kan nu niet';
  constructor(
    readonly code: string,
    melding: string,
  ) {
    super(melding);
  }
}

/** The request is understood but the domain refuses it (e.g. approving your own decision). */
export class Onverwerkbaar extends DienstFout {
  override readonly name = 'Onverwerkbaar';
  readonly status = 422;
  readonly titel = 'Dit kan niet worden verwerkt';
  constructor(
    readonly code: string,
    melding: string,
  ) {
    super(melding);
  }
}

/** The service cannot answer now (its database is unreachable); try again later. */
export class NietBeschikbaar extends DienstFout {
  override readonly name = 'NietBeschikbaar';
  readonly status = 503;
  readonly code = 'niet-beschikbaar';
  readonly titel = 'Tijdelijk niet beschikbaar';
}

/**
 * Too many attempts (login lockout or rate limit): try again after `wachtSeconden`. The API answers
 * 429 with `Retry-After`; the web login forms show the wait in Dutch.
 */
export class TeVaak extends DienstFout {
  override readonly name = 'TeVaak';
  readonly status = 429;
  readonly code = 'te-veel-pogingen';
  readonly titel = 'Te veel pogingen';
  constructor(readonly wachtSeconden: number) {
    super(`Te veel pogingen. Probeer het over ${wachttijdTekst(wachtSeconden)} opnieuw.`);
  }
}

/** "1 minuut", "3 minuten", "45 seconden": a wait in plain Dutch. */
export function wachttijdTekst(seconden: number): string {
  const s = Math.max(1, Math.ceil(seconden));
  if (s < 60) return s === 1 ? '1 seconde' : `${s} seconden`;
  const m = Math.ceil(s / 60);
  return m === 1 ? '1 minuut' : `${m} minuten`;
}

/**
 * What a log may say about an unexpected error: its name, code and message with every quoted value
 * and every run of four or more digits masked (a database error quotes the value it refused, which
 * may be a name or a BSN); the stack trace only in debug mode (`REGELMAAT_DEBUG=1`), masked too.
 */
export function veiligeFout(e: unknown, debug: boolean): string {
  const f = e as { name?: string; code?: string; message?: string; stack?: string };
  const maskeer = (t: string) =>
    t.replace(/"[^"]*"|'[^']*'|«[^»]*»/g, '"…"').replace(/\d{4,}/g, (d) => '*'.repeat(d.length));
  const kop = `${String(f.name ?? 'Error')}${f.code ? ` ${String(f.code)}` : ''}: ${maskeer(String(f.message ?? ''))}`;
  return debug && typeof f.stack === 'string'
    ? `${kop}\n${maskeer(f.stack.split('\n').slice(1).join('\n'))}`
    : kop;
}
