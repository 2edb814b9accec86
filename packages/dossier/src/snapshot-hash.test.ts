/**
 * The snapshot hash is stored with every decision and recomputed on reproduction: its definition
 * may never change. The fast canonical JSON (key orders cached per shape) must give exactly what
 * the plain definition gives, and the hash must be SHA-256 of that text.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canoniekeJson, snapshotHash } from './snapshot-hash';

/** The definition: keys sorted, `undefined` members left out, JSON.stringify for every leaf. */
function definitie(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(definitie).join(',')}]`;
  const o = v as Record<string, unknown>;
  const delen = Object.keys(o)
    .sort()
    .filter((k) => o[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${definitie(o[k])}`);
  return `{${delen.join(',')}}`;
}

describe('snapshot hash', () => {
  it('canonical JSON equals the definition, for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(canoniekeJson(v)).toBe(definitie(v));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gets shapes whose joined keys look alike right (cached orders never mix up)', () => {
    // Both objects join their keys to the same text; each must keep its own order.
    const a = { 'b\u0000c': 1, a: 2 };
    const b = { b: 1, 'c\u0000a': 2 };
    for (let i = 0; i < 3; i++) {
      expect(canoniekeJson(a)).toBe(definitie(a));
      expect(canoniekeJson(b)).toBe(definitie(b));
    }
    expect(canoniekeJson({ x: undefined, y: [undefined, 1] })).toBe('{"y":[null,1]}');
  });

  it('is SHA-256 of the canonical JSON, and independent of key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(snapshotHash(v)).toBe(createHash('sha256').update(definitie(v)).digest('hex'));
      }),
      { numRuns: 500 },
    );
    expect(snapshotHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(
      snapshotHash({ b: [1, { d: 3, c: 2 }], a: 1 }),
    );
  });
});
