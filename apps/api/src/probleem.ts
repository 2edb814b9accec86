/**
 * @module
 * RFC 9457 problem details for every error (NL API Design Rules `/core/problem-details`): a stable
 * `type` URI per kind of problem, a Dutch `title` and `detail`, the `status`, the `instance`, and for
 * invalid input `invalidParams` (name, reason and code per field). Never a stack trace, never
 * personal data. Code, status and title come from the one table of `@regelmaat/diensten`
 * (`FOUTCODES`); nothing here invents a status of its own.
 */
import {
  codeVoorStatus,
  DienstFout,
  FOUTCODES,
  type FoutCode,
  isVerbindingsfout,
  Ongeldig,
} from '@regelmaat/diensten';

export const PROBLEEM_BASIS = 'https://regelmaat.example/problemen/';

export interface Probleem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  invalidParams?: { name: string; reason: string; code?: string }[];
}

/** The problem for a code; `detail` defaults to the code's own message (or its title). */
export function probleem(code: FoutCode, instance?: string, detail?: string, status?: number): Probleem {
  const s = FOUTCODES[code] as { status: number; titel: string; melding?: string };
  return {
    type: PROBLEEM_BASIS + code,
    title: s.titel,
    status: status ?? s.status,
    detail: detail ?? s.melding ?? s.titel,
    code,
    ...(instance ? { instance } : {}),
  };
}

/** Any thrown value → a problem. Unknown errors become a 500 without details. */
export function probleemUit(e: unknown, instance: string): Probleem {
  if (e instanceof DienstFout) {
    const p = probleem(e.code, instance, e.message);
    if (e instanceof Ongeldig)
      p.invalidParams = e.velden.map((v) => ({
        name: v.naam,
        reason: v.reden,
        ...(v.code ? { code: v.code } : {}),
      }));
    return p;
  }
  // The database dropped or refused the connection (after the retries): temporary, say so.
  if (isVerbindingsfout(e)) return probleem('niet-beschikbaar', instance);
  // Errors Fastify raised itself (body too large, wrong content type, a body that is no JSON).
  const status = (e as { statusCode?: unknown }).statusCode;
  const code = typeof status === 'number' ? codeVoorStatus(status) : undefined;
  if (code && typeof status === 'number') return probleem(code, instance, undefined, status);
  return probleem('interne-fout', instance);
}
