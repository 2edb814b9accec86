/**
 * @module
 * Reads the YAML scenario files (`<regeling>/tests/*.yaml`): a readable household, the source of
 * the expected figures, and the expected outcome per toeslag.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface Verwachting {
  /** The formula's unrounded outcome in euros (2 decimals) when the situation is the same all year. */
  uitkomst?: number;
  jaar?: number;
  /** Paid every month. */
  maand?: number;
  maanden?: number[];
  status?: string;
  melding?: string;
  nietVoldaan?: string[];
  /**
   * Kinderopvangtoeslag with a reconstructed table: the year amount (euros) under the other reading
   * of an uncertain value, or null when the outcome does not depend on one.
   */
  andereLezing?: number | null;
}

export interface Scenario {
  bestand: string;
  naam: string;
  bron: string;
  huishouden: unknown;
  verwacht: Record<string, Verwachting>;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function laadScenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const regeling of ['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget', 'kinderopvangtoeslag']) {
    const dir = join(ROOT, regeling, 'tests');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const list = parse(readFileSync(join(dir, file), 'utf8')) as Omit<Scenario, 'bestand'>[];
      for (const s of list) out.push({ ...s, bestand: `${regeling}/tests/${file}` });
    }
  }
  return out;
}
