/**
 * @module
 * The errors a service can end in. Each one knows its HTTP status and a stable problem type, so the
 * API turns it into RFC 9457 problem+json and the web pages into a Dutch message, without either
 * guessing. The code, its status and its title come from one table (`foutcodes.ts`). Messages are
 * Dutch and say what to do; they never contain personal data.
 */

import { type CodeMet, FOUTCODES, type FoutCode } from './foutcodes';
import type { InvoerCode } from './invoer-code';

export interface OngeldigVeld {
  /** Path of the field, e.g. `kinderen[0].geboortedatum`. */
  naam: string;
  reden: string;
  /** What kind of problem (`verplicht`, `formaat`, …); a front end words it per field from this. */
  code?: InvoerCode;
}

/** A service error: its `code` is one of `FOUTCODES`, which gives its HTTP status and title. */
export class DienstFout extends Error {
  readonly status: number;
  readonly titel: string;
  constructor(
    readonly code: FoutCode,
    melding: string = FOUTCODES[code].titel,
  ) {
    super(melding);
    this.name = 'DienstFout';
    this.status = FOUTCODES[code].status;
    this.titel = FOUTCODES[code].titel;
  }
}

/** The request is not valid: every problem is named with its field and a code. */
export class Ongeldig extends DienstFout {
  override readonly name: string = 'Ongeldig';
  constructor(
    readonly velden: OngeldigVeld[],
    melding = velden.map((v) => `${v.naam}: ${v.reden}`).join('; '),
  ) {
    super('ongeldige-invoer', melding);
  }

  /** The input as a whole is refused (a rule across fields, a reference that does not fit). */
  static geheel(melding: string): Ongeldig {
    return new Ongeldig([{ naam: '(invoer)', reden: melding }], melding);
  }
}

export class NietIngelogd extends DienstFout {
  override readonly name: string = 'NietIngelogd';
  constructor(melding?: string) {
    super('niet-ingelogd', melding);
  }
}

export class Geweigerd extends DienstFout {
  override readonly name: string = 'Geweigerd';
  constructor(melding?: string) {
    super('geen-toegang', melding);
  }
}

export class NietGevonden extends DienstFout {
  override readonly name: string = 'NietGevonden';
  constructor(melding?: string) {
    super('niet-gevonden', melding);
  }
}

/** The change conflicts with the current state (a case claimed by someone else, a stale version). */
export class Conflict extends DienstFout {
  override readonly name: string = 'Conflict';
  constructor(code: CodeMet<409>, melding: string) {
    super(code, melding);
  }
}

/** The request is understood but the domain refuses it (e.g. approving your own decision). */
export class Onverwerkbaar extends DienstFout {
  override readonly name: string = 'Onverwerkbaar';
  constructor(code: CodeMet<422>, melding: string) {
    super(code, melding);
  }
}

/** The service cannot answer now (its database is unreachable); try again later. */
export class NietBeschikbaar extends DienstFout {
  override readonly name: string = 'NietBeschikbaar';
  constructor(melding?: string) {
    super('niet-beschikbaar', melding);
  }
}

/**
 * Too many attempts (login lockout or rate limit): try again after `wachtSeconden`. The API answers
 * 429 with `Retry-After`; the web login forms show the wait in Dutch.
 */
export class TeVaak extends DienstFout {
  override readonly name: string = 'TeVaak';
  constructor(readonly wachtSeconden: number) {
    super('te-veel-pogingen', `Te veel pogingen. Probeer het over ${wachttijdTekst(wachtSeconden)} opnieuw.`);
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
