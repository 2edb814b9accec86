/**
 * @module
 * Trace context per W3C Trace Context (Recommendation, level 1): the `traceparent` header
 * `version-traceid-parentid-flags`, e.g. `00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01`.
 * The Logboek Dataverwerkingen standard requires accepting and sending it, a new trace per processing
 * operation, and one child span per data subject.
 *
 * Ids are random (node:crypto), lowercase hex, never all zeros. We send flags `01` (sampled): the
 * standard forbids log sampling, so every operation is recorded.
 */
import { randomBytes } from 'node:crypto';

export interface TraceContext {
  /** 32 lowercase hex characters (16 bytes). */
  traceId: string;
  /** 16 lowercase hex characters (8 bytes). */
  spanId: string;
  parentSpanId?: string;
}

const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const NUL_TRACE = '0'.repeat(32);
const NUL_SPAN = '0'.repeat(16);

function willekeurigeHex(bytes: number): string {
  const nul = '0'.repeat(bytes * 2);
  for (;;) {
    const hex = randomBytes(bytes).toString('hex');
    if (hex !== nul) return hex;
  }
}

export function isTraceId(x: unknown): x is string {
  return typeof x === 'string' && TRACE_ID.test(x) && x !== NUL_TRACE;
}

export function isSpanId(x: unknown): x is string {
  return typeof x === 'string' && SPAN_ID.test(x) && x !== NUL_SPAN;
}

/** A new trace with its root span: one per processing operation. */
export function nieuweTrace(): TraceContext {
  return { traceId: willekeurigeHex(16), spanId: willekeurigeHex(8) };
}

/** A child span in the same trace. */
export function kindSpan(t: TraceContext): TraceContext {
  return { traceId: t.traceId, spanId: willekeurigeHex(8), parentSpanId: t.spanId };
}

/**
 * Parses a `traceparent` header. Returns undefined for a missing or malformed header (the caller
 * then starts a new trace, as the W3C spec says). Version 00 must be exactly 55 characters; a later
 * version may append fields after a `-`, which are ignored. Version `ff`, uppercase hex and all-zero
 * ids are invalid.
 */
export function leesTraceparent(header: string | undefined): TraceContext | undefined {
  if (typeof header !== 'string') return undefined;
  const h = header.trim();
  if (h.length < 55) return undefined;
  const versie = h.slice(0, 2);
  if (!/^[0-9a-f]{2}$/.test(versie) || versie === 'ff') return undefined;
  if (versie === '00' ? h.length !== 55 : h.length > 55 && h[55] !== '-') return undefined;
  const m = /^[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/.exec(h.slice(0, 55));
  if (!m) return undefined;
  const [, traceId, spanId] = m as unknown as [string, string, string];
  if (traceId === NUL_TRACE || spanId === NUL_SPAN) return undefined;
  return { traceId, spanId };
}

/** Formats the `traceparent` header for outgoing calls: the current span is the parent. */
export function traceparent(t: TraceContext): string {
  if (!isTraceId(t.traceId) || !isSpanId(t.spanId)) {
    throw new Error(`Ongeldige trace context: ${t.traceId}/${t.spanId}`);
  }
  return `00-${t.traceId}-${t.spanId}-01`;
}
