/**
 * @module
 * When is an open case comparable to the case of a maatwerk decision (level 2, issue 17)? Not "it
 * shares a reason code": it must be the same regeling and year, the same exception rules, and the
 * facts that made the first case an exception must be alike — each rule's amount (the shortfall,
 * the recovery, the income jump the rule measured) within `MARGE_BEDRAG` of the first case's. The
 * answer carries a reason per dimension, so the case worker sees why each case is (not) listed.
 * Pure: the caller reads the cases (zaken/toepassing.ts).
 */

/** What a case is about for this comparison: regeling, year, rule codes and the rules' amounts. */
export interface Uitzonderingsbeeld {
  /** Null: the case is about the whole household (a run exception), not one regeling. */
  regeling: string | null;
  jaar: number | null;
  redenen: readonly string[];
  /** Eurocents per rule code, for the rules that name one amount. */
  bedragen: Readonly<Record<string, number>>;
}

/** Amounts count as alike when they differ by at most this share of the larger one. */
export const MARGE_BEDRAG = 0.25;

export type Vergelijkingsreden =
  | { soort: 'regeling'; ok: boolean; basis: string; zaak: string | null }
  | { soort: 'jaar'; ok: boolean; basis: number | null; zaak: number | null }
  | { soort: 'regel'; ok: boolean; code: string }
  | {
      soort: 'bedrag';
      ok: boolean;
      code: string;
      basis: number;
      zaak: number | null;
      verschil: number | null;
    };

export interface Vergelijking {
  vergelijkbaar: boolean;
  redenen: Vergelijkingsreden[];
}

/** The amount per rule code from a case's `toelichting` ([{ code, toelichting, bedrag? }], from uitval). */
export function bedragenUitToelichting(toelichting: unknown): Record<string, number> {
  const uit: Record<string, number> = {};
  if (!Array.isArray(toelichting)) return uit;
  for (const r of toelichting) {
    if (typeof r !== 'object' || r === null) continue;
    const { code, bedrag } = r as { code?: unknown; bedrag?: unknown };
    if (typeof code === 'string' && typeof bedrag === 'number' && Number.isSafeInteger(bedrag))
      uit[code] = bedrag;
  }
  return uit;
}

/** |a − b| as a share of the larger of the two (0 when both are 0). */
export function relatiefVerschil(a: number, b: number): number {
  const grootste = Math.max(Math.abs(a), Math.abs(b));
  return grootste === 0 ? 0 : Math.abs(a - b) / grootste;
}

/**
 * Compares a candidate case with the decision's case (`basis`, whose regeling is the decision's).
 * Comparable when every reason holds: the same regeling (a case without one — a run exception for
 * the whole household — is not ruled out on that), the same year when both name one, every rule of
 * the first case, and each of those rules' amounts within MARGE_BEDRAG.
 */
export function vergelijkZaak(
  basis: Uitzonderingsbeeld & { regeling: string },
  zaak: Uitzonderingsbeeld,
): Vergelijking {
  const redenen: Vergelijkingsreden[] = [];
  redenen.push({
    soort: 'regeling',
    ok: zaak.regeling === null || zaak.regeling === basis.regeling,
    basis: basis.regeling,
    zaak: zaak.regeling,
  });
  if (basis.jaar !== null && zaak.jaar !== null)
    redenen.push({ soort: 'jaar', ok: basis.jaar === zaak.jaar, basis: basis.jaar, zaak: zaak.jaar });
  const eigen = new Set(zaak.redenen);
  for (const code of [...new Set(basis.redenen)].sort()) {
    const heeft = eigen.has(code);
    redenen.push({ soort: 'regel', ok: heeft, code });
    const b = basis.bedragen[code];
    if (heeft && b !== undefined) {
      const z = zaak.bedragen[code];
      const verschil = z === undefined ? null : relatiefVerschil(b, z);
      redenen.push({
        soort: 'bedrag',
        ok: verschil !== null && verschil <= MARGE_BEDRAG,
        code,
        basis: b,
        zaak: z ?? null,
        verschil: verschil === null ? null : Math.round(verschil * 1000) / 1000,
      });
    }
  }
  return { vergelijkbaar: basis.redenen.length > 0 && redenen.every((r) => r.ok), redenen };
}
