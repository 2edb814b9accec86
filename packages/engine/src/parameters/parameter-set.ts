/**
 * @module
 * Dated, sourced parameters, loaded from one YAML file per regeling. Each parameter has a
 * description, a unit, the law article that defines it, and values by the date they take effect,
 * each value with its own source (Staatscourant, Staatsblad, leaflet). A file that lacks a field,
 * has one too many, or holds a value of the wrong kind fails at load with a ParameterError that
 * names the file, the field path and what was expected.
 */
import { isCivilDate, type LawRef } from '@regelmaat/kernel';
import { ParameterError } from './parameter-error';
import { Invalid, type ParameterKind } from './parameter-kinds';
import { leesYaml } from './yaml';

export type ParameterSpec = Record<string, ParameterKind<unknown>>;
export type ValuesOf<S extends ParameterSpec> = {
  readonly [K in keyof S]: S[K] extends ParameterKind<infer T> ? T : never;
};

export interface DatedValue<T> {
  readonly from: string;
  readonly value: T;
  readonly source: string;
  /** How sure the value is, in words (e.g. per column of a table); absent: as published. */
  readonly confidence?: string;
  /**
   * True when the value was rebuilt from secondary sources because no copy of the primary text
   * could be read. Explanations say so; replacing it by the primary text is a data change.
   */
  readonly reconstructed: boolean;
}

export interface ParameterInfo {
  readonly path: string;
  readonly description: string;
  readonly unit: ParameterKind<unknown>['unit'];
  readonly ref: LawRef;
  readonly values: readonly DatedValue<unknown>[];
}

/** The value of one parameter in force on a date, with where it comes from. */
export interface ResolvedParameter {
  readonly path: string;
  readonly description: string;
  readonly unit: ParameterKind<unknown>['unit'];
  readonly ref: LawRef;
  readonly value: unknown;
  readonly from: string;
  readonly source: string;
  readonly confidence?: string;
  readonly reconstructed: boolean;
}

export class ParameterSet<S extends ParameterSpec> {
  private readonly cache = new Map<string, ValuesOf<S>>();

  constructor(
    /** Dotted prefix, e.g. "zorgtoeslag"; a parameter's path is prefix.name. */
    readonly prefix: string,
    readonly file: string,
    readonly spec: S,
    readonly parameters: { readonly [K in keyof S]: ParameterInfo },
  ) {}

  /** Values in force on `date` (YYYY-MM-DD); throws ParameterError when one is missing. */
  at(date: string): ValuesOf<S> {
    const hit = this.cache.get(date);
    if (hit) return hit;
    const out: Record<string, unknown> = {};
    for (const [name, info] of Object.entries(this.parameters)) {
      out[name] =
        this.spec[name]?.optional && !info.values.some((v) => v.from <= date)
          ? undefined
          : this.resolveInfo(name, info, date).value;
    }
    const frozen = Object.freeze(out) as ValuesOf<S>;
    this.cache.set(date, frozen);
    return frozen;
  }

  /** One parameter in force on `date`, with its source, for explanations. */
  resolve(name: keyof S & string, date: string): ResolvedParameter {
    return this.resolveInfo(name, this.parameters[name], date);
  }

  private resolveInfo(name: string, info: ParameterInfo, date: string): ResolvedParameter {
    let found: DatedValue<unknown> | undefined;
    for (const v of info.values) if (v.from <= date) found = v;
    if (!found) {
      const first = info.values[0]?.from ?? 'nowhere';
      throw new ParameterError(
        this.file,
        `${name}.values`,
        `a value in force on ${date}`,
        `values only from ${first}`,
      );
    }
    return {
      path: info.path,
      description: info.description,
      unit: info.unit,
      ref: info.ref,
      value: found.value,
      from: found.from,
      source: found.source,
      ...(found.confidence !== undefined ? { confidence: found.confidence } : {}),
      reconstructed: found.reconstructed,
    };
  }
}

const REF_KEYS = ['wet', 'bwb', 'artikel', 'lid', 'onderdeel', 'bijlage', 'publicatie'] as const;
const PARAM_KEYS = ['description', 'unit', 'reference', 'values'];
const ENTRY_KEYS = ['value', 'source', 'confidence', 'reconstructed'] as const;

/** `confidence`: a sentence, or a mapping from a part of the value (a column) to a grade. */
function readConfidence(file: string, field: string, raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && raw.trim().length > 0) return raw.trim();
  if (isRecord(raw) && Object.keys(raw).length > 0) {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(raw)) {
      if (typeof v !== 'string' || v.trim().length === 0)
        throw new ParameterError(file, `${field}.${k}`, 'a grade in words', typeName(v));
      parts.push(`${k}: ${v.trim()}`);
    }
    return parts.join('; ');
  }
  throw new ParameterError(
    file,
    field,
    'a grade in words, or a mapping from a part of the value to a grade',
    typeName(raw),
  );
}

function typeName(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'object') return 'a mapping';
  return `${typeof raw} ${JSON.stringify(raw)}`;
}

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function readRef(file: string, field: string, raw: unknown): LawRef {
  if (!isRecord(raw))
    throw new ParameterError(file, field, 'a mapping with wet, bwb, artikel, lid', typeName(raw));
  for (const key of Object.keys(raw)) {
    if (!(REF_KEYS as readonly string[]).includes(key)) {
      throw new ParameterError(file, `${field}.${key}`, `one of ${REF_KEYS.join(', ')}`, 'an unknown key');
    }
  }
  for (const key of REF_KEYS) {
    const v = raw[key];
    if (v !== undefined && typeof v !== 'string')
      throw new ParameterError(file, `${field}.${key}`, 'text', typeName(v));
  }
  if (typeof raw.wet !== 'string' || raw.wet.length === 0)
    throw new ParameterError(file, `${field}.wet`, 'the name of the regulation', typeName(raw.wet));
  if (raw.bwb !== undefined && !/^BWBR\d{7}$/.test(raw.bwb as string)) {
    throw new ParameterError(file, `${field}.bwb`, 'a BWB id like BWBR0018451', typeName(raw.bwb));
  }
  if (raw.bwb === undefined && raw.publicatie === undefined) {
    throw new ParameterError(file, field, 'a bwb id or a publicatie', 'neither');
  }
  return raw as unknown as LawRef;
}

/**
 * Parses and checks one parameter file against its spec. Every parameter in the spec must be
 * present, no other may be, and every value must be of the declared kind.
 */
export function loadParameterSet<S extends ParameterSpec>(
  prefix: string,
  file: string,
  text: string,
  spec: S,
): ParameterSet<S> {
  let doc: unknown;
  try {
    doc = leesYaml(text);
  } catch (e) {
    throw new ParameterError(file, '', 'valid YAML', (e as Error).message.split('\n')[0]);
  }
  if (!isRecord(doc)) throw new ParameterError(file, '', 'a mapping of parameter names', typeName(doc));
  for (const name of Object.keys(doc)) {
    if (!Object.hasOwn(spec, name))
      throw new ParameterError(
        file,
        name,
        `one of the declared parameters (${Object.keys(spec).join(', ')})`,
        'an undeclared parameter',
      );
  }
  const parameters: Record<string, ParameterInfo> = {};
  for (const [name, kind] of Object.entries(spec)) {
    const raw = doc[name];
    if (raw === undefined) throw new ParameterError(file, name, 'this parameter to be defined', 'nothing');
    if (!isRecord(raw))
      throw new ParameterError(
        file,
        name,
        'a mapping with description, unit, reference, values',
        typeName(raw),
      );
    for (const key of Object.keys(raw)) {
      if (!PARAM_KEYS.includes(key))
        throw new ParameterError(file, `${name}.${key}`, `one of ${PARAM_KEYS.join(', ')}`, 'an unknown key');
    }
    if (typeof raw.description !== 'string' || raw.description.length === 0) {
      throw new ParameterError(file, `${name}.description`, 'a description', typeName(raw.description));
    }
    if (raw.unit !== kind.unit)
      throw new ParameterError(file, `${name}.unit`, `"${kind.unit}"`, typeName(raw.unit));
    const ref = readRef(file, `${name}.reference`, raw.reference);
    if (!isRecord(raw.values) || Object.keys(raw.values).length === 0) {
      throw new ParameterError(
        file,
        `${name}.values`,
        'a mapping from dates (YYYY-MM-DD) to values',
        typeName(raw.values),
      );
    }
    const values: DatedValue<unknown>[] = [];
    for (const [from, entry] of Object.entries(raw.values)) {
      const at = `${name}.values.${from}`;
      if (!isCivilDate(from))
        throw new ParameterError(file, at, 'a date YYYY-MM-DD as key', JSON.stringify(from));
      if (!isRecord(entry))
        throw new ParameterError(file, at, 'a mapping with value and source', typeName(entry));
      for (const key of Object.keys(entry)) {
        if (!(ENTRY_KEYS as readonly string[]).includes(key))
          throw new ParameterError(file, `${at}.${key}`, ENTRY_KEYS.join(', '), 'an unknown key');
      }
      const confidence = readConfidence(file, `${at}.confidence`, entry.confidence);
      if (entry.reconstructed !== undefined && typeof entry.reconstructed !== 'boolean')
        throw new ParameterError(file, `${at}.reconstructed`, 'true or false', typeName(entry.reconstructed));
      if (typeof entry.source !== 'string' || entry.source.trim().length < 5) {
        throw new ParameterError(
          file,
          `${at}.source`,
          'the source of this value (publication or article)',
          typeName(entry.source),
        );
      }
      const value = kind.convert(entry.value);
      if (value === undefined)
        throw new ParameterError(file, `${at}.value`, kind.expected, typeName(entry.value));
      if (value instanceof Invalid)
        throw new ParameterError(file, `${at}.value${value.detail}`, kind.expected);
      values.push({
        from,
        value,
        source: entry.source,
        ...(confidence !== undefined ? { confidence } : {}),
        reconstructed: entry.reconstructed === true,
      });
    }
    values.sort((a, b) => (a.from < b.from ? -1 : 1));
    parameters[name] = {
      path: `${prefix}.${name}`,
      description: raw.description,
      unit: kind.unit,
      ref,
      values,
    };
  }
  return new ParameterSet(prefix, file, spec, parameters as { [K in keyof S]: ParameterInfo });
}
