/**
 * @module
 * What kind of input problem a zod issue is, as a stable code: every input problem carries one, so
 * a front end can say it in its own words per field ("Vul uw inkomen in.") without reading the
 * message, and the API lists it beside the reason (`invalidParams[].code`). The same codes serve the
 * household input of this package and the request schemas of the services.
 */
import type { InvoerCode } from '@regelmaat/kernel';
import type { z } from 'zod';

export type { InvoerCode } from '@regelmaat/kernel';

const EIGEN_CODES: ReadonlySet<string> = new Set<InvoerCode>([
  'bsn',
  'bestaat-niet',
  'niet-opslaanbaar',
  'huur-bij-servicekosten',
  'niet-gemodelleerd',
  'na-berekeningsjaar',
]);

function waardeOp(invoer: unknown, pad: readonly PropertyKey[]): unknown {
  let v = invoer;
  for (const p of pad) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** The code of one zod issue; `invoer` is the value that was parsed (to tell missing from wrong). */
export function invoerCode(issue: z.core.$ZodIssue, invoer: unknown): InvoerCode {
  switch (issue.code) {
    case 'invalid_type':
      return waardeOp(invoer, issue.path) === undefined ? 'verplicht' : 'verkeerd-type';
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'verplicht' : 'te-klein';
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'te-lang' : 'te-groot';
    case 'invalid_value':
    case 'invalid_union':
      return 'keuze';
    case 'unrecognized_keys':
      return 'onbekend-veld';
    case 'invalid_format':
      return 'formaat';
    case 'custom': {
      const eigen = (issue.params as { code?: unknown } | undefined)?.code;
      return typeof eigen === 'string' && EIGEN_CODES.has(eigen) ? (eigen as InvoerCode) : 'ongeldig';
    }
    default:
      return 'ongeldig';
  }
}
