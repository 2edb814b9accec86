/** Parameters of the Wet op de huurtoeslag (see parameters.yaml beside this file). */
import { euro, number, optional, percent } from '@regelmaat/engine';

export const HUURTOESLAG_SPEC = {
  methode: number({ integer: true, min: 1, max: 2 }),
  vermogensgrens_per_persoon: euro(),
  vermogensgrens_partners: euro(),
  maximale_huurgrens: euro(),
  kwaliteitskortingsgrens: euro(),
  aftoppingsgrens_laag: euro(),
  aftoppingsgrens_hoog: euro(),
  jongerengrens: number({ integer: true, min: 18, max: 30 }),
  max_servicekosten: euro(),
  percentage_b: percent(),
  percentage_c: percent(),
  factor_a_eenpersoons: optional(number()),
  factor_b_eenpersoons: optional(number()),
  factor_a_meerpersoons: optional(number()),
  factor_b_meerpersoons: optional(number()),
  minimum_inkomensijkpunt_eenpersoons: euro(),
  minimum_inkomensijkpunt_meerpersoons: euro(),
  minimum_normhuur_eenpersoons: optional(euro()),
  minimum_normhuur_meerpersoons: optional(euro()),
  verlaging_eigen_bijdrage: optional(euro()),
  basishuur_eenpersoons: optional(euro()),
  basishuur_meerpersoons: optional(euro()),
  afbouwpercentage_eenpersoons: optional(percent()),
  afbouwpercentage_meerpersoons: optional(percent()),
};
