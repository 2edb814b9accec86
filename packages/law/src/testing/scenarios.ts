/**
 * @module
 * Reads the YAML scenario files (`<regeling>/tests/*.yaml`): a readable household, the source of
 * the expected figures, and the expected outcome per toeslag.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { REGELINGEN } from '../regelingen';

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

/** The scenarios of every regeling in the list, from the `tests/` of its folder. */
export function laadScenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const r of REGELINGEN) {
    const map = fileURLToPath(r.map);
    const regeling = basename(map);
    const dir = join(map, 'tests');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const list = parse(readFileSync(join(dir, file), 'utf8')) as Omit<Scenario, 'bestand'>[];
      for (const s of list) out.push({ ...s, bestand: `${regeling}/tests/${file}` });
    }
  }
  return out;
}
