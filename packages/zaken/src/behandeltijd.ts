/**
 * @module
 * How long a case takes a case worker, and how much case work a team member does a day: the two
 * assumptions behind the expected completion date of a case (issue 20, "ETA that people can rely
 * on"). No published figure exists for these case types, so every value is an **assumption** of
 * this product, stated here with its reasoning; the year simulation measures how often the dates
 * they give come true.
 */
import type { ZaakSoort } from './typen';

/**
 * Hours of a case worker's time per case, by case type (assumptions). A `Record` over every case
 * type, so a new case type does not compile until it has a handling time.
 */
export const BEHANDELUREN: Readonly<Record<ZaakSoort, number>> = {
  // Check the exception rule's facts, often one call: about an hour.
  'uitval-controle': 1,
  // Read the request, weigh the facts, write the decision, a colleague approves: half a day.
  'maatwerk-verzoek': 4,
  // Call or read the person's view, check the calculation, decide: two hours.
  'hoorzitting-terugvordering': 2,
  // One call back with a short note: half an hour.
  contactverzoek: 0.5,
  // Compare the declared partner with the registry, sometimes ask for a document: an hour.
  'partner-verificatie': 1,
  // Ask both providers and the parent which contract holds: two hours.
  'partner-conflict': 2,
  // Check the primary text of the table and settle the amount: an hour.
  'kot-tabel-onzeker': 1,
  // Call, perhaps a hearing, the decision on objection with its reasons: a working day.
  bezwaar: 8,
  // Ask the parent and the provider which hours are right: an hour and a half.
  'opvang-afwijking': 1.5,
  // A guide's contact moments over about three months with notes, spread out: a working day in all.
  'persoonlijke-begeleiding': 8,
  // Ask the citizen (and the corporation or insurer) which rent or insurance period is right: an hour
  // and a half, as for the childcare difference.
  'partner-afwijking': 1.5,
};

/**
 * Hours a day a case worker or team lead spends on cases in the queue (assumption): a working day
 * of about 7.2 hours less meetings, training, calls without a case and breaks.
 */
export const ZAAKUREN_PER_MEDEWERKER_PER_DAG = 5;
