/**
 * @module
 * The decision term of a stored objection computed again (Awb 7:10) when one of its inputs
 * changes: an advisory committee (lid 1, 7:13), the days waited for the grounds (lid 2), the one
 * postponement (lid 3). Pure.
 */
import { beslistermijn } from '@regelmaat/brieven';
import type { Bezwaar } from '@regelmaat/zaken';

export function beslistermijnVan(
  b: Bezwaar,
  wijziging: { adviescommissie?: boolean; verdaagd?: boolean } = {},
): string {
  return beslistermijn({
    laatsteDagBezwaartermijn: b.laatsteDagBezwaartermijn,
    ontvangenOp: b.ontvangenOp,
    adviescommissie: wijziging.adviescommissie ?? b.adviescommissie,
    ...(b.grondenOntvangenOp && b.hersteltermijn ? { opschorting: opschortingVan(b) } : {}),
    verdaagd: wijziging.verdaagd ?? b.verdaagdOp !== null,
  }).laatsteDag;
}

/** Suspended from the request for the grounds to their receipt, or to the end of the term (6:6). */
function opschortingVan(b: Bezwaar): { van: string; tot: string } {
  const van = b.aangemaaktOp.slice(0, 10);
  const ontvangen = b.grondenOntvangenOp!;
  const tot = ontvangen > b.hersteltermijn! ? b.hersteltermijn! : ontvangen;
  return { van, tot: tot < van ? van : tot };
}
