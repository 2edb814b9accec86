/**
 * @module
 * The ids of the processing activities in Regelmaat's register (AVG art. 30), as code so that every
 * call to `logVerwerking` names an activity that exists. The register file
 * (`verwerkingsactiviteiten.yaml`) holds the rest: name, purpose, legal ground, data, retention; it
 * must describe exactly these ids (checked when it is loaded).
 */

export const ACTIVITEIT_BASIS = 'https://regelmaat.example/verwerkingsactiviteiten/';

/** Short names of the activities; the URI is `ACTIVITEIT_BASIS + short name`. */
export const ACTIVITEIT_SLEUTELS = [
  'toeslag-berekenen',
  'dossier-inzien',
  'wijziging-melden',
  'contactverzoek-indienen',
  'voorschot-vaststellen',
  'maandbetaling',
  'definitief-vaststellen',
  'beschikking-reproduceren',
  'zaak-behandelen',
  'maatwerk-vastleggen',
  'contact-vastleggen',
  'partner-feit-melden',
  'logboek-inzien-auditor',
  'eigen-logboek-inzien',
  'werkvoorraad-inzien',
  'signaal-melden',
  'brief-inzien',
  'terugvordering-inzien',
  'bezwaar-indienen',
  'bezwaar-behandelen',
  'bericht-inzien',
  'eerlijkheid-bewaken',
  'levensgebeurtenis-signaleren',
  'invordering-uitvoeren',
  'persoonlijke-begeleiding',
] as const;
export type ActiviteitSleutel = (typeof ACTIVITEIT_SLEUTELS)[number];

/** A valid processing_activity_id. */
export type ActiviteitId = `${typeof ACTIVITEIT_BASIS}${ActiviteitSleutel}`;

export const ACTIVITEIT_IDS: readonly ActiviteitId[] = ACTIVITEIT_SLEUTELS.map(
  (s) => `${ACTIVITEIT_BASIS}${s}` as ActiviteitId,
);

/** The id of an activity by its short name: `activiteitId('dossier-inzien')`. */
export function activiteitId(sleutel: ActiviteitSleutel): ActiviteitId {
  return `${ACTIVITEIT_BASIS}${sleutel}`;
}

export function isActiviteitId(x: unknown): x is ActiviteitId {
  return typeof x === 'string' && (ACTIVITEIT_IDS as readonly string[]).includes(x);
}
