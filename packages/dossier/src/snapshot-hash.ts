/**
 * @module
 * A stable hash of an input snapshot: canonical JSON (keys sorted) → SHA-256. Stored with every
 * decision, so a reproduction can prove it used the same input.
 */
import { createHash } from 'node:crypto';

export function canoniekeJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canoniekeJson).join(',')}]`;
  const keys = Object.keys(v as object)
    .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canoniekeJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

export function snapshotHash(v: unknown): string {
  return createHash('sha256').update(canoniekeJson(v)).digest('hex');
}
