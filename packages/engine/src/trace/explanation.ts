/**
 * @module
 * Turns a Trace into an explanation tree: each node has its name, value, the inputs it used, the
 * law reference with a wetten.overheid.nl link, and one plain-Dutch sentence.
 */
import { citeLaw, formatDatesInText, juriconnect, type LawRef, lawUrl } from '@regelmaat/kernel';
import type { ResolvedParameter } from '../parameters/parameter-set';
import { formatValue } from './format-value';
import type { StepUnit, Trace } from './step';

export interface LawLink {
  readonly citation: string;
  readonly url?: string;
  readonly juriconnect?: string;
}

export interface ExplanationNode {
  readonly id: string;
  readonly kind: 'step' | 'fact' | 'parameter';
  readonly label: string;
  readonly unit: StepUnit | 'table';
  /** The raw value (microcents, cents, ppm, …) as computed. */
  readonly value: unknown;
  /** The value in Dutch notation, e.g. "€ 538,58". */
  readonly display: string;
  readonly law: LawLink;
  /** One B1 sentence. */
  readonly uitleg: string;
  /** For a parameter: the publication the value comes from and its start date. */
  readonly bron?: string;
  /** For a parameter: true when the value was rebuilt from secondary sources (not the primary text). */
  readonly gereconstrueerd?: boolean;
  /** For a rebuilt parameter: the reviewer's provenance note (sources, method, confidence). */
  readonly herkomst?: string;
  readonly inputs: readonly ExplanationNode[];
}

export type ParameterLookup = (path: string) => ResolvedParameter;

// Law references are static objects of the step and parameter definitions: their links per date are
// computed once (an explanation tree has hundreds of nodes; building the links was a sixth of its cost).
const LINKS = new WeakMap<LawRef, Map<string, LawLink>>();

export function lawLink(ref: LawRef, date: string): LawLink {
  let perDatum = LINKS.get(ref);
  if (!perDatum) {
    perDatum = new Map();
    LINKS.set(ref, perDatum);
  }
  const bekend = perDatum.get(date);
  if (bekend) return bekend;
  const url = lawUrl(ref, date);
  const jci = juriconnect(ref, date);
  const link: LawLink = Object.freeze({
    citation: citeLaw(ref),
    ...(url ? { url } : {}),
    ...(jci ? { juriconnect: jci } : {}),
  });
  perDatum.set(date, link);
  return link;
}

const PLACEHOLDER = /\{([A-Za-z0-9_.:-]+)\}/g;

/**
 * Builds the tree below `rootId`. `date` (YYYY-MM-DD) selects the law version for the links.
 * A step that was not evaluated (a branch not taken) is left out.
 */
export function explain(
  trace: Trace,
  rootId: string,
  params: ParameterLookup,
  date: string,
): ExplanationNode {
  const node = build(trace, rootId, params, date, new Set());
  if (!node) throw new Error(`step ${rootId} was not evaluated`);
  return node;
}

/** The unit in which a loaded parameter value is held: euro → eurocent, percent → ppm. */
function parameterUnit(p: ResolvedParameter): StepUnit | 'table' {
  return p.unit === 'euro' ? 'eurocent' : p.unit === 'percent' ? 'ppm' : p.unit;
}

function display(trace: Trace, id: string, params: ParameterLookup): string {
  if (id.startsWith('param:')) {
    const p = params(id.slice(6));
    return formatValue(parameterUnit(p), p.value);
  }
  const def = trace.defs.get(id);
  return def ? formatValue(def.unit, trace.values.get(id), def.afgekapt) : '—';
}

function fill(template: string, self: string, trace: Trace, params: ParameterLookup): string {
  return template.replace(PLACEHOLDER, (_, key: string) =>
    key === 'waarde' ? self : display(trace, key, params),
  );
}

function build(
  trace: Trace,
  id: string,
  params: ParameterLookup,
  date: string,
  path: Set<string>,
): ExplanationNode | undefined {
  if (id.startsWith('param:')) {
    const p = params(id.slice(6));
    const shown = formatValue(parameterUnit(p), p.value);
    return {
      id,
      kind: 'parameter',
      label: p.description,
      unit: parameterUnit(p),
      value: p.value,
      display: shown,
      law: lawLink(p.ref, date),
      uitleg: p.reconstructed
        ? `${p.description}: ${shown}. De officiële tekst hiervan konden wij niet lezen. Regelmaat heeft deze waarde nagebouwd uit andere openbare bronnen.`
        : `${p.description}: ${shown}. Dit bedrag of percentage staat in de regels voor dit jaar.`,
      // A rebuilt value's provenance is a reviewer's note (English, with its working): the person
      // reads that it was rebuilt; the note itself travels in `herkomst`.
      bron: p.reconstructed
        ? `Nagebouwd uit openbare bronnen, niet uit de officiële tekst (geldt vanaf ${formatDatesInText(p.from)})`
        : `${p.source} (geldt vanaf ${formatDatesInText(p.from)})`,
      ...(p.reconstructed
        ? {
            gereconstrueerd: true,
            herkomst: `${p.source}${p.confidence ? ` Confidence: ${p.confidence}` : ''}`,
          }
        : {}),
      inputs: [],
    };
  }
  const def = trace.defs.get(id);
  if (!def || path.has(id)) return undefined;
  const value = trace.values.get(id);
  const shown = formatValue(def.unit, value, def.afgekapt);
  const gekozen =
    def.unit === 'boolean' && value === false && def.explainFalse ? def.explainFalse : def.explain;
  const template =
    typeof gekozen === 'function'
      ? gekozen({
          waarde: value,
          waardeVan: (stap) => trace.values.get(stap),
          parameter: (pad) => params(pad).value,
          gereconstrueerd: (pad) => params(pad).reconstructed,
        })
      : gekozen;
  const inner = new Set(path).add(id);
  const inputs: ExplanationNode[] = [];
  for (const input of def.inputs) {
    const child = build(trace, input, params, date, inner);
    if (child) inputs.push(child);
  }
  return {
    id,
    kind: def.fact ? 'fact' : 'step',
    label: fill(def.label, shown, trace, params),
    unit: def.unit,
    value,
    display: shown,
    law: lawLink(def.ref, date),
    uitleg: fill(template, shown, trace, params),
    inputs,
  };
}
