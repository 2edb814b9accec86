/**
 * @module
 * Loads the parameter files of every regeling (YAML beside the formulas) once, and checks them
 * against the specs the formulas declare. A malformed file stops the program at start with a
 * message naming the file, the field and what was expected.
 */
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
  readonly algemeen: ParameterSet<typeof ALGEMEEN_SPEC>;
  readonly zorgtoeslag: ParameterSet<typeof ZORGTOESLAG_SPEC>;
  readonly huurtoeslag: ParameterSet<typeof HUURTOESLAG_SPEC>;
  readonly kindgebonden_budget: ParameterSet<typeof KINDGEBONDEN_BUDGET_SPEC>;
  readonly kinderopvangtoeslag: ParameterSet<typeof KINDEROPVANGTOESLAG_SPEC>;
}

/** Parameter file texts by regeling folder; a reform passes changed texts (C14). */
export type ParameterTexts = Partial<Record<keyof Wetgeving, string>>;

const FOLDERS: Record<keyof Wetgeving, string> = {
  algemeen: 'algemeen',
  zorgtoeslag: 'zorgtoeslag',
  huurtoeslag: 'huurtoeslag',
  kindgebonden_budget: 'kindgebonden-budget',
  kinderopvangtoeslag: 'kinderopvangtoeslag',
};

function fileOf(key: keyof Wetgeving): string {
  return `packages/law/src/${FOLDERS[key]}/parameters.yaml`;
}

function textOf(key: keyof Wetgeving, texts: ParameterTexts): string {
  return (
    texts[key] ??
    readFileSync(fileURLToPath(new URL(`./${FOLDERS[key]}/parameters.yaml`, import.meta.url)), 'utf8')
  );
}

function load<S extends ParameterSpec>(
  key: keyof Wetgeving,
  spec: S,
  texts: ParameterTexts,
): ParameterSet<S> {
  return loadParameterSet(key, fileOf(key), textOf(key, texts), spec);
}

/** Loads all parameter files; `texts` replaces files (for tests and reforms). */
export function laadWetgeving(texts: ParameterTexts = {}): Wetgeving {
  return {
    algemeen: load('algemeen', ALGEMEEN_SPEC, texts),
    zorgtoeslag: load('zorgtoeslag', ZORGTOESLAG_SPEC, texts),
    huurtoeslag: load('huurtoeslag', HUURTOESLAG_SPEC, texts),
    kindgebonden_budget: load('kindgebonden_budget', KINDGEBONDEN_BUDGET_SPEC, texts),
    kinderopvangtoeslag: load('kinderopvangtoeslag', KINDEROPVANGTOESLAG_SPEC, texts),
  };
}

/** Finds a parameter by its path (`zorgtoeslag.standaardpremie`) in force on `date`. */
export function zoekParameter(w: Wetgeving, path: string, date: string): ResolvedParameter {
  const dot = path.indexOf('.');
  const set = w[path.slice(0, dot) as keyof Wetgeving] as ParameterSet<ParameterSpec> | undefined;
  if (!set) throw new Error(`unknown parameter ${path}`);
  return set.resolve(path.slice(dot + 1), date);
}

let standard: Wetgeving | undefined;
/** The parameters as published, loaded once. */
export function wetgeving(): Wetgeving {
  standard ??= laadWetgeving();
  return standard;
}
