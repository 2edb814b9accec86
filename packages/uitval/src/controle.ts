/**
 * @module
 * Checks on rule definitions. A rule may declare only fields of UitvalInvoer (the allow-list) and
 * never a field on the deny-list (VERBODEN_VELDEN).
 */
import { ForbiddenFieldError, RuleDefinitionError } from './fouten';
import { isUitvalVeld } from './invoer';
import type { Regel } from './regel';
import { isVerbodenVeld } from './verboden-velden';

const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const PRIORITEITEN = new Set([1, 2, 3, 4]);

/** Throws when one rule's definition is not acceptable. */
export function controleerRegel(regel: Regel): void {
  const code = String(regel.code);
  const fout = (message: string) => new RuleDefinitionError(code, message);
  if (!CODE.test(code)) throw fout('the code must be UPPER_SNAKE_CASE');
  if (!PRIORITEITEN.has(regel.prioriteit)) throw fout(`priority ${regel.prioriteit} is not 1, 2, 3 or 4`);
  for (const tekst of ['titel', 'rationale', 'wettelijkeGrondslag'] as const) {
    if (typeof regel[tekst] !== 'string' || regel[tekst].trim() === '') throw fout(`${tekst} is empty`);
  }
  if (typeof regel.check !== 'function') throw fout('check is not a function');
  if (!Array.isArray(regel.velden) || regel.velden.length === 0) throw fout('it declares no fields');
  const gezien = new Set<string>();
  for (const veld of regel.velden as readonly string[]) {
    if (isVerbodenVeld(veld)) throw new ForbiddenFieldError(code, veld);
    if (!isUitvalVeld(veld)) throw fout(`'${veld}' is not a field of UitvalInvoer`);
    if (gezien.has(veld)) throw fout(`'${veld}' is declared twice`);
    gezien.add(veld);
  }
}

/**
 * Throws when a rule declares a forbidden field or a field that is not a key of UitvalInvoer, has
 * an invalid code, priority or empty text, or when two rules share a code.
 */
export function controleerRegels(regels: readonly Regel[]): void {
  const codes = new Set<string>();
  for (const regel of regels) {
    controleerRegel(regel);
    if (codes.has(regel.code)) throw new RuleDefinitionError(regel.code, 'two rules have this code');
    codes.add(regel.code);
  }
}
