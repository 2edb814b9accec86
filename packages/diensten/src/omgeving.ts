/**
 * @module
 * What every service needs from outside: the database, the law, the clock and the keys. Passed in,
 * never read from globals, so tests can fix the time and a deployment can rotate keys.
 */

import type { Db } from '@regelmaat/db';
import type { Wetgeving } from '@regelmaat/law';
import type { Jaarsimulaties } from './jaarsimulaties';
import type { Simulaties } from './simulaties';

export interface Instellingen {
  /**
   * A maatwerk deviation above this amount (eurocents) needs a team lead's approval (four-eyes). It
   * can only lower `GOEDKEURINGSDREMPEL` (€ 500, also enforced by the database); a higher value has
   * no effect (`goedkeuringsdrempelVan`).
   */
  goedkeuringsdrempel: number;
  /** The labelled DigiD simulation may be used to log in (never in production). */
  digidSimulatie: boolean;
  /** Minutes a session token stays valid. */
  sessieMinuten: number;
}

export interface Omgeving {
  db: Db;
  wetgeving: Wetgeving;
  /** The current moment as an ISO timestamp (UTC). */
  klok: () => string;
  sleutels: {
    /** Signs session tokens. */
    sessie: string;
    /** Pseudonymises BSNs in the processing log (HMAC key). */
    pseudoniem: string;
  };
  instellingen: Instellingen;
  /** The policy analyst's simulations (issue 18); absent: not offered by this server. */
  simulaties?: Simulaties;
  /** The policy analyst's year simulations (issue 20); absent: not offered by this server. */
  jaarsimulaties?: Jaarsimulaties;
}

export const STANDAARD_INSTELLINGEN: Instellingen = {
  goedkeuringsdrempel: 50_000,
  digidSimulatie: false,
  sessieMinuten: 60,
};

/** The civil date (YYYY-MM-DD) of an ISO timestamp, in UTC. */
export const datumVan = (iso: string): string => iso.slice(0, 10);
