/**
 * @module
 * A stable hash of an input snapshot: canonical JSON (keys sorted) → SHA-256. Stored with every
 * decision, so a reproduction can prove it used the same input.
 */
import { hash } from 'node:crypto';

/**
 * The sorted keys of an object with these own keys, each already written as `"key":`. The inputs
 * of a batch run have a handful of shapes; sorting and quoting their keys once per shape instead
 * of once per object halves the cost (this runs for every household of every run).
 */
const VOLGORDE = new Map<string, Vorm>();
const MAX_VORMEN = 1_000;

interface Vorm {
  /** The own keys in their own order (to tell apart shapes whose joined keys collide). */
  keys: string[];
  sleutels: string[];
  kop: string[];
}

function maakVorm(keys: string[]): Vorm {
  const sleutels = [...keys].sort();
  return { keys, sleutels, kop: sleutels.map((k) => `${JSON.stringify(k)}:`) };
}

function gelijk(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function volgorde(keys: string[]): Vorm {
  const vorm = keys.join('\u0000');
  const v = VOLGORDE.get(vorm);
  if (v !== undefined && gelijk(v.keys, keys)) return v;
  const nieuw = maakVorm(keys);
  if (v === undefined && VOLGORDE.size < MAX_VORMEN) VOLGORDE.set(vorm, nieuw);
  return nieuw;
}

export function canoniekeJson(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  // Plain loops and string building: this runs for every household of every batch run.
  if (Array.isArray(v)) {
    let uit = '[';
    for (let i = 0; i < v.length; i++) uit += (i === 0 ? '' : ',') + canoniekeJson(v[i]);
    return `${uit}]`;
  }
  const o = v as Record<string, unknown>;
  const { sleutels, kop } = volgorde(Object.keys(o));
  let uit = '{';
  let eerste = true;
  for (let i = 0; i < sleutels.length; i++) {
    const w = o[sleutels[i]!];
    if (w === undefined) continue;
    uit += (eerste ? '' : ',') + kop[i] + canoniekeJson(w);
    eerste = false;
  }
  return `${uit}}`;
}

export function snapshotHash(v: unknown): string {
  return hash('sha256', canoniekeJson(v), 'hex');
}
