/**
 * @module
 * What the proefberekening assumes without asking, said with the result. Each sentence holds for
 * the answers given: it is only listed when the calculation used that assumption (e.g. other
 * residents only matter with rent, since they count for huurtoeslag alone).
 */
import type { Huishouden } from '@regelmaat/law';
import { t } from '../teksten';
import type { Formulier } from './formulier';

export interface Aanname {
  readonly sleutel: string;
  readonly tekst: string;
}

export function aannamesVoor(f: Formulier, h: Huishouden): Aanname[] {
  const uit: Aanname[] = [];
  const zeg = (sleutel: string, tekst: string) => uit.push({ sleutel, tekst });
  // The form has no dates for changes: what is typed holds the whole year.
  zeg('heleJaar', t('aanname.heleJaar', { jaar: h.berekeningsjaar }));
  if (f.vermogen.trim() === '') zeg('geenVermogen', t('aanname.geenVermogen'));
  if (h.toeslagpartner) {
    if (f.partnerVermogen.trim() === '') zeg('geenVermogenPartner', t('aanname.geenVermogenPartner'));
    zeg('partnerInNederland', t('aanname.partnerInNederland'));
  }
  // Other residents (medebewoners) and the children's own income count for huurtoeslag only.
  if (h.huur.length > 0) {
    zeg('medebewoners', t('aanname.medebewoners'));
    if (h.kinderen.length > 0) zeg('kinderen', t('aanname.kinderen'));
  }
  return uit;
}
