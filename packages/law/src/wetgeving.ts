/**
 * @module
 * Loads the parameter files of every regeling (YAML beside the formulas) once, and checks them
 * against the specs the formulas declare. A malformed file stops the program at start with a
 * message naming the file, the field and what was expected.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  loadParameterSet,
  type ParameterSet,
  type ParameterSpec,
  type ResolvedParameter,
} from '@regelmaat/engine';
import { ALGEMEEN_SPEC } from './algemeen/spec';
import { HUURTOESLAG_SPEC } from './huurtoeslag/spec';
import { KINDEROPVANGTOESLAG_SPEC } from './kinderopvangtoeslag/spec';
import { KINDGEBONDEN_BUDGET_SPEC } from './kindgebonden-budget/spec';
import { ZORGTOESLAG_SPEC } from './zorgtoeslag/spec';

export interface Wetgeving {
  /**
   * SHA-256 (first 16 hex) of all parameter texts (`parameterVersieVan`): stored with every
   * decision, and the key under which the texts themselves are kept (`parameterset`).
   */
  readonly versie: string;
  /** The parameter texts this law was loaded from, per regeling: what is kept for a decision. */
  readonly teksten: Readonly<Record<RegelingSleutel, string>>;
  readonly algemeen: ParameterSet<typeof ALGEMEEN_SPEC>;
  readonly zorgtoeslag: ParameterSet<typeof ZORGTOESLAG_SPEC>;
  readonly huurtoeslag: ParameterSet<typeof HUURTOESLAG_SPEC>;
  readonly kindgebonden_budget: ParameterSet<typeof KINDGEBONDEN_BUDGET_SPEC>;
  readonly kinderopvangtoeslag: ParameterSet<typeof KINDEROPVANGTOESLAG_SPEC>;
}

/** A regeling's folder of parameters. */
export type RegelingSleutel = Exclude<keyof Wetgeving, 'versie' | 'teksten'>;
/** Parameter file texts by regeling folder; a reform passes changed texts (C14). */
export type ParameterTexts = Partial<Record<RegelingSleutel, string>>;

const FOLDERS: Record<RegelingSleutel, string> = {
  algemeen: 'algemeen',
  zorgtoeslag: 'zorgtoeslag',
  huurtoeslag: 'huurtoeslag',
  kindgebonden_budget: 'kindgebonden-budget',
  kinderopvangtoeslag: 'kinderopvangtoeslag',
};

/** The keys of a complete set of parameter texts, in the order they are hashed. */
export const PARAMETER_SLEUTELS = Object.keys(FOLDERS) as readonly RegelingSleutel[];

function fileOf(key: RegelingSleutel): string {
  return `packages/law/src/${FOLDERS[key]}/parameters.yaml`;
}

function textOf(key: RegelingSleutel, texts: ParameterTexts): string {
  return (
    texts[key] ??
    readFileSync(fileURLToPath(new URL(`./${FOLDERS[key]}/parameters.yaml`, import.meta.url)), 'utf8')
  );
}

/**
 * The version of a complete set of parameter texts: SHA-256 over the texts in `FOLDERS` order,
 * first 16 hex digits (the form decisions have stored since the first run, so it is kept). The
 * texts are hashed one after the other without separators: another set with the same hash would
 * need the same bytes cut differently into five files that each still load as parameters.
 */
export function parameterVersieVan(teksten: Readonly<Record<RegelingSleutel, string>>): string {
  const hash = createHash('sha256');
  for (const key of PARAMETER_SLEUTELS) hash.update(teksten[key]);
  return hash.digest('hex').slice(0, 16);
}

/** Loads all parameter files; `texts` replaces files (for tests and reforms). */
export function laadWetgeving(texts: ParameterTexts = {}): Wetgeving {
  // Each file is read once: its text is both hashed (the parameter version) and parsed.
  const gelezen = Object.fromEntries(PARAMETER_SLEUTELS.map((key) => [key, textOf(key, texts)])) as Record<
    RegelingSleutel,
    string
  >;
  const load = <S extends ParameterSpec>(key: RegelingSleutel, spec: S): ParameterSet<S> =>
    loadParameterSet(key, fileOf(key), gelezen[key], spec);
  return {
    versie: parameterVersieVan(gelezen),
    teksten: Object.freeze(gelezen),
    algemeen: load('algemeen', ALGEMEEN_SPEC),
    zorgtoeslag: load('zorgtoeslag', ZORGTOESLAG_SPEC),
    huurtoeslag: load('huurtoeslag', HUURTOESLAG_SPEC),
    kindgebonden_budget: load('kindgebonden_budget', KINDGEBONDEN_BUDGET_SPEC),
    kinderopvangtoeslag: load('kinderopvangtoeslag', KINDEROPVANGTOESLAG_SPEC),
  };
}

/** Finds a parameter by its path (`zorgtoeslag.standaardpremie`) in force on `date`. */
export function zoekParameter(w: Wetgeving, path: string, date: string): ResolvedParameter {
  const dot = path.indexOf('.');
  const set = w[path.slice(0, dot) as RegelingSleutel] as ParameterSet<ParameterSpec> | undefined;
  if (!set) throw new Error(`unknown parameter ${path}`);
  return set.resolve(path.slice(dot + 1), date);
}

let standard: Wetgeving | undefined;
/** The parameters as published, loaded once. */
export function wetgeving(): Wetgeving {
  standard ??= laadWetgeving();
  return standard;
}
