/**
 * @module
 * Every route of the API, in the order the OpenAPI document lists them.
 */
import type { RouteDef } from '../route';
import { REGISTER_ROUTES } from './algoritmeregister';
import { BEREKENING_ROUTES } from './berekeningen';
import { BERICHT_ROUTES } from './berichten';
import { BEZWAAR_ROUTES } from './bezwaren';
import { BRIEF_ROUTES } from './brieven';
import { CONTACT_ROUTES } from './contacten';
import { DOSSIER_ROUTES } from './dossiers';
import { GEZONDHEID_ROUTES } from './gezondheid';
import { INVORDERING_ROUTES } from './invordering';
import { JAARSIMULATIE_ROUTES } from './jaarsimulaties';
import { LEVENSGEBEURTENIS_ROUTES } from './levensgebeurtenissen';
import { MAATWERK_ROUTES } from './maatwerk';
import { PARTNER_WIJZIGING_ROUTES } from './partner-wijzigingen';
import { SCENARIO_ROUTES } from './scenarios';
import { SESSIE_ROUTES } from './sessies';
import { SIGNAAL_ROUTES } from './signalen';
import { SIMULATIE_ROUTES } from './simulaties';
import { TERUGBETALEN_ROUTES } from './terugbetalen';
import { VERANTWOORDING_ROUTES } from './verantwoording';
import { ZAAK_ROUTES } from './zaken';

export const ROUTES: readonly RouteDef[] = [
  ...SESSIE_ROUTES,
  ...BEREKENING_ROUTES,
  ...DOSSIER_ROUTES,
  ...ZAAK_ROUTES,
  ...MAATWERK_ROUTES,
  ...CONTACT_ROUTES,
  ...GEZONDHEID_ROUTES,
  // Last, so the generated-request test keeps every earlier route's seed (ROUTES.indexOf).
  ...BRIEF_ROUTES,
  ...SIMULATIE_ROUTES,
  ...SCENARIO_ROUTES,
  ...REGISTER_ROUTES,
  // Signals (issue 17), after the letters for the same reason.
  ...SIGNAAL_ROUTES,
  ...TERUGBETALEN_ROUTES,
  ...BEZWAAR_ROUTES,
  ...BERICHT_ROUTES,
  // Accountability (issue 19): last, for the same reason.
  ...VERANTWOORDING_ROUTES,
  ...LEVENSGEBEURTENIS_ROUTES,
  // Zienswijze, invordering run and guidance (issue 15): last, for the same reason.
  ...INVORDERING_ROUTES,
  // Rent and insurance feeds (issue 16), last for the same reason.
  ...PARTNER_WIJZIGING_ROUTES,
  // Year simulations (issue 20): last, for the same reason.
  ...JAARSIMULATIE_ROUTES,
];
