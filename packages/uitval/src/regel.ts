/**
 * @module
 * What an uitval rule is. A rule looks at one household before a decision goes out and either
 * finds nothing (`null`) or proposes a case for a person to look at, with a reason. It never
 * changes an amount, stops a payment or labels anyone: selection is not a sanction.
 */
import { controleerRegel } from './controle';
import type { UitvalInvoer, UitvalVeld } from './invoer';

/**
 * How soon a person should look (1 = first):
 * 1 — a legal duty or a risk of serious harm before the decision (hearing, hardship);
 * 2 — the amount is probably wrong, so a recovery or a too-low payment is likely;
 * 3 — data are missing and must be asked for before deciding;
 * 4 — proactive contact: nothing is wrong yet, but something is about to change.
 */
export type Prioriteit = 1 | 2 | 3 | 4;

/** The priorities with their meaning, for documentation and work queues. */
export const PRIORITEITEN: Readonly<Record<Prioriteit, string>> = {
  1: 'A legal duty or a risk of serious harm before the decision goes out (hearing, hardship).',
  2: 'The amount is probably wrong: a recovery or a too-low payment is likely.',
  3: 'Required data are missing and must be asked for before deciding.',
  4: 'Proactive contact: nothing is wrong yet, but something is about to change.',
};

/** What a rule found: the explanation for the case worker and, where it is about money, the amount. */
export interface Bevinding {
  /** Dutch at B1 level, for the case worker: what was found, with the figures, and what to do. */
  readonly toelichting: string;
  /** The amount the case is about, in eurocents (e.g. the total recovery). */
  readonly bedrag?: number;
}

/** One uitval rule. `V` are the fields it declares; it is given (and may read) only those. */
export interface Regel<V extends UitvalVeld = UitvalVeld> {
  /** Stable reason code, UPPER_SNAKE_CASE, e.g. `HOGE_TERUGVORDERING`. */
  readonly code: string;
  /** Short Dutch title for the work queue. */
  readonly titel: string;
  /** Why the rule exists, in English: the harm it prevents and why its thresholds are what they are. */
  readonly rationale: string;
  /** The legal hook, in Dutch, e.g. 'Awir art. 26b (hoorplicht bij terugvordering ≥ € 1.500)'. */
  readonly wettelijkeGrondslag: string;
  readonly prioriteit: Prioriteit;
  /** The fields of UitvalInvoer the rule reads. Reading any other field throws. */
  readonly velden: readonly V[];
  /** The thresholds, in words, computed from the rule's constants (for the documentation). */
  readonly drempels?: readonly string[];
  /** Looks at one household; `null` when there is nothing to look at. Pure: no clock, no I/O. */
  check(invoer: Pick<UitvalInvoer, V>): Bevinding | null;
}

/**
 * Defines a rule and checks its definition (code, priority, texts, declared fields against the
 * allow-list and the deny-list). The compiler lets `check` use only the declared fields; at run
 * time `detecteerUitval` enforces the same.
 */
export function defineRegel<V extends UitvalVeld>(regel: Regel<V>): Regel<V> {
  controleerRegel(regel);
  return Object.freeze({ ...regel, velden: Object.freeze([...regel.velden]) });
}
