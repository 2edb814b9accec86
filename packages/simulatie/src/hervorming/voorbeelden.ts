/**
 * @module
 * The reforms shipped with the product (`packages/simulatie/hervormingen/*.yaml`), by file name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Hervorming, leesHervorming } from './hervorming';

const MAP = new URL('../../hervormingen/', import.meta.url);

/** The folder of the shipped reforms (for the CLI's help and the web's choice list). */
export function voorbeeldMap(): string {
  return fileURLToPath(MAP);
}

/** The shipped reforms: file name (without .yaml) → the checked reform. */
export function voorbeeldHervormingen(): ReadonlyMap<string, Hervorming> {
  const uit = new Map<string, Hervorming>();
  for (const naam of readdirSync(MAP)
    .filter((n) => n.endsWith('.yaml'))
    .sort())
    uit.set(naam.slice(0, -5), leesHervorming(readFileSync(new URL(naam, MAP), 'utf8'), naam));
  return uit;
}
