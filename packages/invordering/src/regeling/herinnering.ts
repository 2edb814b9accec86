/**
 * @module
 * Which reminder a recovery gets this month (simulated letters), pure. Escalation is one step: a
 * `herinnering` (a friendly reminder) first, an `aanmaning` (Awir art. 32: the payment reminder,
 * two weeks) only in a later month and only when nothing changed. Never an escalation for:
 * - a recovery with a plan that is on track (nothing at all is sent);
 * - a recovery with a plan that is behind (a `herinnering` about the missed term, never more; the
 *   monthly run decides this for plans with `vervalVoor` in `verval.ts`, which may end the plan);
 * - a household with a personal guide (at most the `herinnering`; the guide calls instead).
 */
export type HerinneringSoort = 'herinnering' | 'aanmaning';

export interface HerinneringFeiten {
  saldo: number;
  betalenUiterlijk: string;
  /** The last day of the month the run is for (YYYY-MM-DD). */
  peildag: string;
  /** null: no plan; otherwise how much of its due terms is missing (eurocents). */
  regelingAchterstand: number | null;
  metBegeleider: boolean;
  /** Reminders sent for this recovery in earlier months, oldest first. */
  eerder: readonly HerinneringSoort[];
}

export type HerinneringBesluit =
  | { soort: HerinneringSoort; reden: 'termijn-regeling-gemist' | 'niet-betaald' }
  | {
      soort: null;
      reden: 'niets-open' | 'termijn-loopt' | 'regeling-op-schema' | 'begeleider' | 'al-aangemaand';
    };

export function herinneringVoor(f: HerinneringFeiten): HerinneringBesluit {
  if (f.saldo <= 0) return { soort: null, reden: 'niets-open' };
  if (f.regelingAchterstand !== null) {
    if (f.regelingAchterstand === 0) return { soort: null, reden: 'regeling-op-schema' };
    return { soort: 'herinnering', reden: 'termijn-regeling-gemist' };
  }
  if (f.peildag <= f.betalenUiterlijk) return { soort: null, reden: 'termijn-loopt' };
  if (!f.eerder.includes('herinnering')) return { soort: 'herinnering', reden: 'niet-betaald' };
  if (f.metBegeleider) return { soort: null, reden: 'begeleider' };
  if (f.eerder.includes('aanmaning')) return { soort: null, reden: 'al-aangemaand' };
  return { soort: 'aanmaning', reden: 'niet-betaald' };
}
