/**
 * @module
 * The assumptions of the year simulation (issue 20), as parameters: what happens to people during
 * the year and how they and the staff act on it. Each carries its source where one is published;
 * most are marked `aanname` (an assumption of this product, with its reasoning), since no published
 * figure exists for them. Changing one changes the simulation, never the product's rules.
 */
import { BEHANDELUREN, ZAAKUREN_PER_MEDEWERKER_PER_DAG } from '@regelmaat/zaken';

/** Where a value comes from: a published source, or an assumption of this product. */
export type Bron = { soort: 'bron'; verwijzing: string } | { soort: 'aanname'; reden: string };

export interface Aanname<T> {
  waarde: T;
  bron: Bron;
}

const aanname = <T>(waarde: T, reden: string): Aanname<T> => ({ waarde, bron: { soort: 'aanname', reden } });

export interface Aannames {
  /**
   * The share of households whose income of the year turns out other than estimated, and in which
   * month the change happens (uniform over the year). The size of the change is the population
   * generator's own difference between estimate and final income (populatie/aannames.ts, with its
   * sources); this parameter only says when it happens.
   */
  inkomenswijzigingMaand: Aanname<'uniform'>;
  /** A change of the yearly income smaller than this (euros) is not noticed, so never reported. */
  merkbareInkomenswijziging: Aanname<number>;
  /** The share of parents whose application leaves out that day care stops when the child turns 4. */
  opvangEindeNietInAanvraag: Aanname<number>;
  /** The chance that a citizen reports a change at all (income, childcare stopping). */
  meldkans: Aanname<number>;
  /** How many months after the change a reporting citizen reports it: weights for 0, 1, 2, … months. */
  meldvertraging: Aanname<readonly number[]>;
  /** The chance that a household answers a life-event message by reporting the change. */
  reactiekans: Aanname<number>;
  /** Hours of a case worker per case, by case type (reused from the ETA, zaken/behandeltijd.ts). */
  behandeluren: Aanname<typeof BEHANDELUREN>;
  /** Hours a day a staff member spends on cases (zaken/behandeltijd.ts). */
  zaakurenPerDag: Aanname<number>;
  /** Staff per team per 10,000 households (at least one per team), the same every month. */
  medewerkersPer10k: Aanname<Readonly<Record<string, number>>>;
}

export const AANNAMES: Aannames = {
  inkomenswijzigingMaand: aanname(
    'uniform',
    'No published monthly distribution of job and income changes for toeslag households; every month equally likely.',
  ),
  merkbareInkomenswijziging: aanname(
    1_000,
    'A change below about € 1,000 a year is under € 100 a month: people rarely see it as a change to report.',
  ),
  opvangEindeNietInAanvraag: aanname(
    0.5,
    'No published figure; half of the parents are assumed to apply for the whole year and not to state that day care ends at 4.',
  ),
  meldkans: aanname(
    0.6,
    'No published figure on how many changes are reported; the Dienst Toeslagen cites late and missing reports as the main cause of recoveries. 60 % report at all.',
  ),
  meldvertraging: aanname(
    [0.2, 0.3, 0.2, 0.15, 0.1, 0.05],
    'Of those who report: 20 % within the month, the rest spread over up to five months late.',
  ),
  reactiekans: aanname(
    0.7,
    'No published response rate for a proactive message with the change filled in; 70 % assumed (one click to confirm).',
  ),
  behandeluren: aanname(
    BEHANDELUREN,
    'The handling times of the ETA (zaken/behandeltijd.ts), assumptions there.',
  ),
  zaakurenPerDag: aanname(ZAAKUREN_PER_MEDEWERKER_PER_DAG, 'As in the ETA (zaken/behandeltijd.ts).'),
  medewerkersPer10k: aanname(
    { uitval: 2, maatwerk: 1, klantcontact: 1, invordering: 1, bezwaar: 1 },
    'No published staffing per case type; chosen so a year of cases fits in the year at the assumed handling times.',
  ),
};

/** The staff per team for a population of `huishoudens`: the assumed ratio, at least one. */
export function medewerkersPerTeam(a: Aannames, huishoudens: number): Map<string, number> {
  return new Map(
    Object.entries(a.medewerkersPer10k.waarde).map(([team, per10k]) => [
      team,
      Math.max(1, Math.round((per10k * huishoudens) / 10_000)),
    ]),
  );
}
