/** Parameters of the Wet op het kindgebonden budget (see parameters.yaml beside this file). */
import { euro, number, percent } from '@regelmaat/engine';

export const KINDGEBONDEN_BUDGET_SPEC = {
  basisbedrag_per_kind: euro(),
  verhoging_12_15: euro(),
  verhoging_16_17: euro(),
  alleenstaande_ouderkop: euro(),
  drempelinkomen_alleenstaande: euro(),
  drempelinkomen_partners: euro(),
  afbouwpercentage: percent(),
  vermogensgrens_alleenstaande: euro(),
  vermogensgrens_partners: euro(),
  leeftijdsgrens_kind: number({ integer: true, min: 1, max: 30 }),
  leeftijd_minderjarig_kind: number({ integer: true, min: 1, max: 30 }),
  leeftijd_verhoging_12: number({ integer: true, min: 1, max: 30 }),
  leeftijd_verhoging_16: number({ integer: true, min: 1, max: 30 }),
};
