/**
 * @module
 * A stable hash of an input snapshot: canonical JSON (keys sorted) → SHA-256. Stored with every
 * decision, so a reproduction can prove it used the same input.
 */
import { createHash } from 'node:crypto';

export function canoniekeJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  // Plain loops and string building: this runs for every household of every batch run.
  if (Array.isArray(v)) {
    let uit = '[';
    for (let i = 0; i < v.length; i++) uit += (i === 0 ? '' : ',') + canoniekeJson(v[i]);
    return `${uit}]`;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).sort();
  let uit = '{';
  let eerste = true;
  for (const k of keys) {
    const w = o[k];
    if (w === undefined) continue;
    uit += `${eerste ? '' : ','}${JSON.stringify(k)}:${canoniekeJson(w)}`;
    eerste = false;
  }
  return `${uit}}`;
}

export function snapshotHash(v: unknown): string {
  return createHash('sha256').update(canoniekeJson(v)).digest('hex');
}
