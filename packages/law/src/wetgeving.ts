/**
 * @module
 * Loads the parameter files of every regeling in the list (YAML in each regeling's folder) once,
 * and checks them against the specs the regelingen declare. A malformed file stops the program at start with a
 * message naming the file, the field and what was expected.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  loadParameterSet,
  ParameterSet,
  type ParameterSpec,
  type ResolvedParameter,
} from '@regelmaat/engine';
import { ALGEMEEN_SPEC } from './algemeen/spec';
import type { Regeling } from './regeling';
import { REGELINGEN, type Regelingen, type RegelingId } from './regelingen';

/** The parameter set of each regeling in the list, under its id, typed by its spec. */
type RegelingSets = {
  readonly [R in Regelingen[number] as R['id']]: ParameterSet<R['spec']>;
};

/** The law as loaded: the Awir's shared parameters, each regeling's parameters, and the regelingen. */
export type Wetgeving = {
  /**
   * SHA-256 (first 16 hex) of all parameter texts (`parameterVersieVan`): stored with every
   * decision, and the key under which the texts themselves are kept (`parameterset`).
   */
  readonly versie: string;
  /** The parameter texts this law was loaded from, per folder: what is kept for a decision. */
  readonly teksten: Readonly<Record<RegelingSleutel, string>>;
  readonly algemeen: ParameterSet<typeof ALGEMEEN_SPEC>;
  /** The regelingen evaluated, in order: `REGELINGEN` (a test may add a regeling of its own). */
  readonly regelingen: readonly Regeling<unknown, unknown, RegelingId>[];
} & RegelingSets;

/** A folder of parameters: `algemeen` or a regeling's id. */
export type RegelingSleutel = 'algemeen' | RegelingId;
/** Parameter file texts by folder; a reform passes changed texts (C14). */
export type ParameterTexts = Partial<Record<RegelingSleutel, string>>;

/** The keys of a complete set of parameter texts of the published law, in the order they are hashed. */
export const PARAMETER_SLEUTELS: readonly RegelingSleutel[] = ['algemeen', ...REGELINGEN.map((r) => r.id)];

const SRC = new URL('./', import.meta.url);
const ALGEMEEN_MAP = new URL('./algemeen/', import.meta.url);
/** Keys of a Wetgeving that are not a regeling's parameter set. */
const GERESERVEERD = new Set(['versie', 'teksten', 'algemeen', 'regelingen']);

/** The parameter file as named in messages: `packages/law/src/zorgtoeslag/parameters.yaml`. */
function fileOf(map: URL): string {
  const bestand = new URL('parameters.yaml', map);
  return bestand.href.startsWith(SRC.href)
    ? `packages/law/src/${bestand.href.slice(SRC.href.length)}`
    : fileURLToPath(bestand);
}

function textOf(key: string, map: URL, texts: ParameterTexts): string {
  return (
    texts[key as RegelingSleutel] ?? readFileSync(fileURLToPath(new URL('parameters.yaml', map)), 'utf8')
  );
}

/**
 * The version of a set of parameter texts: SHA-256 over the texts in `sleutels` order (the
 * published law: `PARAMETER_SLEUTELS`), first 16 hex digits (the form decisions have stored since
 * the first run, so it is kept). The texts are hashed one after the other without separators:
 * another set with the same hash would need the same bytes cut differently into files that each
 * still load as parameters.
 */
export function parameterVersieVan(
  teksten: Readonly<Record<string, string>>,
  sleutels: readonly string[] = PARAMETER_SLEUTELS,
): string {
  const hash = createHash('sha256');
  for (const key of sleutels) hash.update(teksten[key]!);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Loads the parameter files of the Awir and of every regeling; `texts` replaces files (for tests
 * and reforms). `regelingen` is the list to evaluate: `REGELINGEN`, or in a test that list with a
 * regeling of its own added (its id is then outside `RegelingId`; only tests do that — a real
 * regeling is added to the list itself).
 */
export function laadWetgeving(
  texts: ParameterTexts = {},
  regelingen: readonly Regeling<unknown, unknown, string>[] = REGELINGEN,
): Wetgeving {
  const ids = new Set<string>();
  for (const r of regelingen) {
    if (!/^[a-z][a-z0-9_]*$/.test(r.id) || GERESERVEERD.has(r.id) || ids.has(r.id))
      throw new Error(
        `regeling id ${JSON.stringify(r.id)} is not a new id of lower-case letters, digits and _`,
      );
    ids.add(r.id);
  }
  // Each file is read once: its text is both hashed (the parameter version) and parsed. The order
  // (algemeen, then the regelingen in list order) is part of the version: keep it.
  const mappen = [
    { key: 'algemeen', map: ALGEMEEN_MAP, spec: ALGEMEEN_SPEC as ParameterSpec },
    ...regelingen.map((r) => ({ key: r.id, map: r.map, spec: r.spec })),
  ];
  const gelezen = Object.fromEntries(mappen.map((m) => [m.key, textOf(m.key, m.map, texts)]));
  const sets = Object.fromEntries(
    mappen.map((m) => [m.key, loadParameterSet(m.key, fileOf(m.map), gelezen[m.key]!, m.spec)]),
  );
  return {
    ...sets,
    versie: parameterVersieVan(
      gelezen,
      mappen.map((m) => m.key),
    ),
    teksten: Object.freeze(gelezen),
    regelingen: regelingen as readonly Regeling<unknown, unknown, RegelingId>[],
  } as unknown as Wetgeving;
}

/**
 * The parameter set of regeling `r` in `w`, typed by its spec. For a regeling in the list this is
 * `w[r.id]`; a test's own regeling reads its parameters this way.
 */
export function parameterSetVan<S extends ParameterSpec>(
  w: Wetgeving,
  r: { readonly id: string; readonly spec: S },
): ParameterSet<S> {
  const set = (w as unknown as Record<string, unknown>)[r.id];
  if (!(set instanceof ParameterSet) || set.spec !== r.spec)
    throw new Error(`the parameters of regeling ${r.id} were not loaded (laadWetgeving with this regeling)`);
  return set as ParameterSet<S>;
}

/** Finds a parameter by its path (`zorgtoeslag.standaardpremie`) in force on `date`. */
export function zoekParameter(w: Wetgeving, path: string, date: string): ResolvedParameter {
  const dot = path.indexOf('.');
  const set = (w as unknown as Record<string, unknown>)[path.slice(0, dot)];
  if (!(set instanceof ParameterSet)) throw new Error(`unknown parameter ${path}`);
  return set.resolve(path.slice(dot + 1), date);
}

let standard: Wetgeving | undefined;
/** The parameters as published, loaded once. */
export function wetgeving(): Wetgeving {
  standard ??= laadWetgeving();
  return standard;
}
