/**
 * @module
 * RFC 9457 problem details for every error (NL API Design Rules `/core/problem-details`): a stable
 * `type` URI per kind of problem, a Dutch `title` and `detail`, the `status`, the `instance`, and for
 * invalid input `invalidParams` (name + reason per field). Never a stack trace, never personal data.
 */
import { DienstFout, isVerbindingsfout, Ongeldig, type OngeldigVeld } from '@regelmaat/diensten';
import type { z } from 'zod';

export const PROBLEEM_BASIS = 'https://regelmaat.example/problemen/';

export interface Probleem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  invalidParams?: { name: string; reason: string }[];
}

export function probleem(
  status: number,
  code: string,
  title: string,
  detail: string,
  instance?: string,
): Probleem {
  return { type: PROBLEEM_BASIS + code, title, status, detail, code, ...(instance ? { instance } : {}) };
}

/** zod issues → fields with a path and a Dutch reason. */
export function veldenUitZod(error: z.ZodError, voorvoegsel: string): OngeldigVeld[] {
  return error.issues.map((i) => {
    const pad = i.path
      .map((p, n) => (typeof p === 'number' ? `[${p}]` : n === 0 ? String(p) : `.${String(p)}`))
      .join('');
    return {
      naam: `${voorvoegsel}${pad && voorvoegsel ? '.' : ''}${pad}` || voorvoegsel || '(invoer)',
      reden: i.message,
    };
  });
}

/** Any thrown value → a problem. Unknown errors become a 500 without details. */
export function probleemUit(e: unknown, instance: string): Probleem {
  if (e instanceof DienstFout) {
    const p = probleem(e.status, e.code, e.titel, e.message, instance);
    if (e instanceof Ongeldig) p.invalidParams = e.velden.map((v) => ({ name: v.naam, reason: v.reden }));
    return p;
  }
  // The database dropped or refused the connection (after the retries): temporary, say so.
  if (isVerbindingsfout(e))
    return probleem(
      503,
      'niet-beschikbaar',
      'Tijdelijk niet beschikbaar',
      'De database is niet bereikbaar. Probeer het later opnieuw.',
      instance,
    );
  const f = e as { statusCode?: number; code?: string; validation?: unknown };
  if (f.statusCode === 413)
    return probleem(413, 'te-groot', 'Verzoek te groot', 'Het verzoek is te groot.', instance);
  if (f.statusCode === 415) {
    return probleem(
      415,
      'verkeerd-type',
      'Verkeerd inhoudstype',
      'Stuur JSON (Content-Type: application/json).',
      instance,
    );
  }
  if (f.statusCode === 400) {
    return probleem(
      400,
      'ongeldige-invoer',
      'De invoer is niet geldig',
      'De body is geen geldige JSON.',
      instance,
    );
  }
  if (f.statusCode && f.statusCode >= 400 && f.statusCode < 500) {
    return probleem(
      f.statusCode,
      'verzoek-fout',
      'Verzoek niet verwerkt',
      'Het verzoek kon niet worden verwerkt.',
      instance,
    );
  }
  return probleem(
    500,
    'interne-fout',
    'Er ging iets mis',
    'Er ging bij ons iets mis. Probeer het later opnieuw.',
    instance,
  );
}
