import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpanId, isTraceId, kindSpan, leesTraceparent, nieuweTrace, traceparent } from './trace-context';

const hex = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
const traceIdArb = hex(32).filter((s) => !/^0+$/.test(s));
const spanIdArb = hex(16).filter((s) => !/^0+$/.test(s));

describe('W3C trace context', () => {
  it('parses the example from the W3C recommendation', () => {
    expect(leesTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toEqual({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
    });
  });

  it('round-trips format and parse (property)', () => {
    fc.assert(
      fc.property(traceIdArb, spanIdArb, (traceId, spanId) => {
        const h = traceparent({ traceId, spanId });
        expect(h).toHaveLength(55);
        expect(leesTraceparent(h)).toEqual({ traceId, spanId });
      }),
    );
  });

  it('keeps the trace and span ids of any valid header, whatever the flags (property)', () => {
    fc.assert(
      fc.property(traceIdArb, spanIdArb, hex(2), (traceId, spanId, vlaggen) => {
        expect(leesTraceparent(`00-${traceId}-${spanId}-${vlaggen}`)).toEqual({ traceId, spanId });
      }),
    );
  });

  it('rejects malformed headers', () => {
    const goed = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const fout = [
      undefined,
      '',
      'onzin',
      goed.toUpperCase(),
      goed.replace('4bf9', '4BF9'),
      `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`,
      `00-4bf92f3577b34da6a3ce929d0e0e4736-${'0'.repeat(16)}-01`,
      goed.replace(/^00/, 'ff'),
      `${goed}-extra`, // version 00 has exactly four fields
      goed.slice(0, 54),
      goed.replace(/-/g, '_'),
      '00-4bf92f3577b34da6a3ce929d0e0e473-600f067aa0ba902b7-01',
      '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-1',
      '0x-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      `01${goed.slice(2)}x`,
    ];
    for (const h of fout) expect(leesTraceparent(h), String(h)).toBeUndefined();
  });

  it('accepts a later version with extra fields, reading only the known part', () => {
    expect(leesTraceparent('01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-toekomst')).toEqual({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
    });
  });

  it('rejects a valid header with any one character replaced by a non-hex character (property)', () => {
    fc.assert(
      fc.property(
        traceIdArb,
        spanIdArb,
        fc.nat({ max: 54 }),
        fc.constantFrom(...'gzAF _.:/'),
        (t, s, i, teken) => {
          const h = traceparent({ traceId: t, spanId: s });
          expect(leesTraceparent(h.slice(0, i) + teken + h.slice(i + 1))).toBeUndefined();
        },
      ),
    );
  });

  it('makes fresh ids, and child spans that point to their parent', () => {
    const t = nieuweTrace();
    expect(isTraceId(t.traceId) && isSpanId(t.spanId)).toBe(true);
    expect(t.parentSpanId).toBeUndefined();
    const k = kindSpan(t);
    expect(k).toMatchObject({ traceId: t.traceId, parentSpanId: t.spanId });
    expect(k.spanId).not.toBe(t.spanId);
    expect(nieuweTrace().traceId).not.toBe(t.traceId);
    expect(() => traceparent({ traceId: 'x', spanId: t.spanId })).toThrow(/Ongeldige/);
  });
});
