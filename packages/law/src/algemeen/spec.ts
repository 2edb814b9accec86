/** Parameters of the Awir shared by all toeslagen (see parameters.yaml beside this file). */
import { euro, number } from '@regelmaat/engine';

export const ALGEMEEN_SPEC = {
  minimum_tegemoetkoming: euro(),
  vrijstelling_inkomen_kind: euro(),
  leeftijd_vrijstelling_kind: number({ integer: true, min: 0, max: 30 }),
  meerderjarig: number({ integer: true, min: 0, max: 30 }),
  doelmatigheidsgrens_terugvordering: euro(),
  leeftijd_basisonderwijs: number({ integer: true, min: 0, max: 30 }),
  aow_leeftijd: number({ integer: true, min: 50, max: 80 }),
};
