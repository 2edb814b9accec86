/** Parameters of the proeftoeslag, a made-up regeling for tests (see parameters.yaml beside this file). */
import { euro, percent } from '@regelmaat/engine';

export const PROEFTOESLAG_SPEC = {
  basisbedrag: euro(),
  drempelinkomen: euro(),
  afbouwpercentage: percent(),
};
