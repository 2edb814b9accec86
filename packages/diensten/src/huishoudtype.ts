/**
 * @module
 * The household type used to compare maatwerk decisions (similar situations deserve similar
 * outcomes). Only the composition counts — never nationality, ethnicity or any proxy of them.
 */
import type { HuishoudenInvoer } from '@regelmaat/law';
import type { Huishoudtype } from '@regelmaat/zaken';

export function huishoudtype(h: HuishoudenInvoer): Huishoudtype {
  const kinderen = (h.kinderen ?? []).length > 0;
  if (h.toeslagpartner) return kinderen ? 'paar-met-kinderen' : 'paar';
  return kinderen ? 'alleenstaande-met-kinderen' : 'alleenstaande';
}
