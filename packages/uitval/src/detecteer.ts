/**
 * @module
 * Running the rules for one household. Each rule gets a read-only view of a private copy of the
 * input in which only its declared fields exist. The result is a list of proposed cases with a
 * reason code and a priority; nothing else happens: no amount changes, no payment stops.
 */
import { aanzichtVoor, momentopname } from './afscherming';
import { controleerRegels } from './controle';
import { RuleDefinitionError } from './fouten';
import type { UitvalInvoer } from './invoer';
import type { Prioriteit, Regel } from './regel';
import { STANDAARD_REGELS } from './standaard-regels';

/** A proposed case: why a person should look at this household, and how soon. */
export interface Uitval {
  /** The code of the rule that found it. */
  readonly code: string;
  readonly prioriteit: Prioriteit;
  /** Dutch (B1), for the case worker. */
  readonly toelichting: string;
  /** The amount the case is about, in eurocents, where the rule gives one. */
  readonly bedrag?: number;
}

const gecontroleerd = new WeakSet<readonly Regel[]>();

/**
 * Runs `regels` on one household and returns what they found, by priority (1 first; equal
 * priorities in the order of `regels`). Throws UndeclaredFieldError when a rule reads a field it
 * did not declare, a TypeError (ReadOnlyInputError for a field) when it tries to change its
 * input, and RuleDefinitionError for an invalid rule set or result.
 */
export function detecteerUitval(invoer: UitvalInvoer, regels: readonly Regel[] = STANDAARD_REGELS): Uitval[] {
  if (!gecontroleerd.has(regels)) {
    controleerRegels(regels);
    // Only a frozen set (like STANDAARD_REGELS) can be trusted not to change after the check.
    if (Object.isFrozen(regels)) gecontroleerd.add(regels);
  }
  const kopie = momentopname(invoer);
  const gevonden: Uitval[] = [];
  for (const regel of regels) {
    const bevinding = regel.check(aanzichtVoor(kopie, regel));
    if (bevinding === null) continue;
    const { toelichting, bedrag } = bevinding;
    if (typeof toelichting !== 'string' || toelichting.trim() === '') {
      throw new RuleDefinitionError(regel.code, 'returned a finding without toelichting');
    }
    if (bedrag !== undefined && !Number.isSafeInteger(bedrag)) {
      throw new RuleDefinitionError(
        regel.code,
        `returned bedrag ${bedrag}, which is not a whole number of eurocents`,
      );
    }
    gevonden.push({
      code: regel.code,
      prioriteit: regel.prioriteit,
      toelichting,
      ...(bedrag === undefined ? {} : { bedrag }),
    });
  }
  return gevonden.sort((a, b) => a.prioriteit - b.prioriteit);
}
