/**
 * @module
 * When a payment plan lapses (vervalt), pure. The reference (§3.2) confirms only that a plan that
 * is not kept lapses and collection resumes (Belastingdienst "toeslag terugbetalen": "Hebt u een
 * betalingsregeling en betaalt u niet, of te laat? Dan vervalt de betalingsregeling."). The steps
 * come from the government's answer to Kamervragen 2019Z18990 (Aanhangsel Handelingen II 2019/20,
 * nr. 899): after a missed term a free payment reminder first, asking to pay the missed term within
 * two weeks; only when that is not done is the plan withdrawn, and the whole open amount is due.
 * The number of missed terms and the two weeks are therefore a cited parameter marked
 * `teBevestigen`. The steps, per month the run looks at a plan:
 * - on schedule or done: nothing;
 * - behind, with a personal guide: never a lapse (no escalation); the guide gets a task;
 * - behind, no missed-term reminder still waiting: a reminder naming what must be paid by when;
 * - behind, the term of that reminder has passed and what it named is still not paid: the plan lapses.
 * Paying what the reminder named (even late, before the next run) keeps the plan: a new missed term
 * later starts again with a reminder. A lapse books nothing: what was paid stays as it was.
 */
import type { Stand } from './stand';

export const VERVAL = {
  /** Terms missed before the reminder (a term is missed once its month has ended unpaid). */
  gemisteTermijnen: 1,
  /** Days the reminder gives to pay the missed terms, from the letter's day. */
  termijnDagen: 14,
  bron: 'Belastingdienst "toeslag terugbetalen" (regeling vervalt bij niet of te laat betalen); Aanhangsel Handelingen II 2019/20, nr. 899 (eerst een kosteloze betalingsherinnering, gemiste termijn binnen twee weken; daarna vervalt de regeling)',
  teBevestigen: true,
} as const;

/** A missed-term reminder sent earlier for this plan: what it asked to be paid, and by when. */
export interface OpenHerinnering {
  /** What should have been paid since the plan was agreed, as the reminder stated it (eurocents). */
  verschuldigd: number;
  /** The last day the reminder gave (YYYY-MM-DD). */
  nieuweTermijn: string;
}

export interface VervalFeiten {
  /** How the plan stands at the end of the month the run is for. */
  stand: Pick<Stand, 'achterstand' | 'klaar' | 'verschuldigd' | 'termijnenVerstreken'>;
  /** Paid on the plan since it was agreed (eurocents). */
  betaaldSinds: number;
  maandbedrag: number;
  metBegeleider: boolean;
  /** The latest missed-term reminder of an earlier month, if any. */
  herinnering: OpenHerinnering | undefined;
  /** The day the run looks (YYYY-MM-DD): the first day after the month. */
  peildag: string;
}

export type VervalBesluit =
  | { stap: 'niets'; reden: 'op-schema' | 'klaar' | 'termijn-herinnering-loopt' }
  | { stap: 'herinnering'; verschuldigd: number }
  | { stap: 'begeleider'; verschuldigd: number }
  | { stap: 'vervalt'; gemist: number };

export function vervalVoor(f: VervalFeiten): VervalBesluit {
  if (f.stand.klaar) return { stap: 'niets', reden: 'klaar' };
  const gemist = f.maandbedrag > 0 ? Math.ceil(f.stand.achterstand / f.maandbedrag) : 0;
  if (f.stand.achterstand <= 0 || gemist < VERVAL.gemisteTermijnen)
    return { stap: 'niets', reden: 'op-schema' };
  if (f.metBegeleider) return { stap: 'begeleider', verschuldigd: f.stand.verschuldigd };
  const h = f.herinnering;
  if (h && f.betaaldSinds < h.verschuldigd) {
    if (f.peildag <= h.nieuweTermijn) return { stap: 'niets', reden: 'termijn-herinnering-loopt' };
    return { stap: 'vervalt', gemist: h.verschuldigd - f.betaaldSinds };
  }
  return { stap: 'herinnering', verschuldigd: f.stand.verschuldigd };
}
