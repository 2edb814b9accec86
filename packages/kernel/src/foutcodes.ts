/**
 * @module
 * The one list of error codes: every code a service, the API or the web can end in, with its HTTP
 * status and its Dutch title. A `DienstFout` takes its status and title from here, the API's
 * problem+json too (`type` = base URI + code), and the web picks its page title by the same code.
 * A new kind of refusal is one line here; TypeScript then refuses a code that is not in the list.
 */

export interface FoutSoort {
  readonly status: number;
  /** Short Dutch title (problem+json `title`). */
  readonly titel: string;
  /** The message when the thrower has nothing more specific to say. */
  readonly melding?: string;
}

const CONFLICT = { status: 409, titel: 'Dit kan nu niet' } as const;
const ONVERWERKBAAR = { status: 422, titel: 'Dit kan niet worden verwerkt' } as const;

export const FOUTCODES = {
  // The request itself.
  'ongeldige-invoer': { status: 400, titel: 'De invoer is niet geldig' },
  'geen-json': { status: 400, titel: 'De invoer is niet geldig', melding: 'De body is geen geldige JSON.' },
  'verzoek-fout': {
    status: 400,
    titel: 'Verzoek niet verwerkt',
    melding: 'Het verzoek kon niet worden verwerkt.',
  },
  'te-groot': { status: 413, titel: 'Verzoek te groot', melding: 'Het verzoek is te groot.' },
  'verkeerd-type': {
    status: 415,
    titel: 'Verkeerd inhoudstype',
    melding: 'Stuur JSON (Content-Type: application/json).',
  },
  // Who asks.
  'niet-ingelogd': { status: 401, titel: 'U bent niet ingelogd' },
  'geen-toegang': { status: 403, titel: 'U heeft geen toegang' },
  'niet-gevonden': { status: 404, titel: 'Niet gevonden', melding: 'Dit adres bestaat niet.' },
  'te-veel-pogingen': { status: 429, titel: 'Te veel pogingen' },
  // The current state forbids it now (409).
  'al-geclaimd': CONFLICT,
  'versie-verouderd': CONFLICT,
  'niet-toegestaan': CONFLICT,
  'feit-na-nu': CONFLICT,
  'geen-wijziging': CONFLICT,
  'partner-al-opgegeven': CONFLICT,
  'standaard-veranderd': CONFLICT,
  'melding-id-hergebruikt': CONFLICT,
  'opvangcontract-andere-aanbieder': CONFLICT,
  'brief-andere-pdf': CONFLICT,
  'meer-dan-open': CONFLICT,
  'bezwaar-loopt-al': CONFLICT,
  'bezwaar-stap-niet-mogelijk': CONFLICT,
  'regeling-bestaat-al': CONFLICT,
  'al-begeleid': CONFLICT,
  'al-genoteerd': CONFLICT,
  // Understood, but the domain refuses it (422).
  'dossier-onleesbaar': ONVERWERKBAAR,
  'geen-standaarduitkomst': ONVERWERKBAAR,
  'geen-beschikking': ONVERWERKBAAR,
  'wijziging-onverwerkbaar': ONVERWERKBAAR,
  'brief-niet-te-maken': ONVERWERKBAAR,
  'regeling-niet-mogelijk': ONVERWERKBAAR,
  // Ours.
  'interne-fout': {
    status: 500,
    titel: 'Er ging iets mis',
    melding: 'Er ging bij ons iets mis. Probeer het later opnieuw.',
  },
  'niet-beschikbaar': {
    status: 503,
    titel: 'Tijdelijk niet beschikbaar',
    melding: 'De database is niet bereikbaar. Probeer het later opnieuw.',
  },
} as const satisfies Record<string, FoutSoort>;

export type FoutCode = keyof typeof FOUTCODES;

/** The codes of one status, e.g. `CodeMet<409>` for the conflicts. */
export type CodeMet<S extends number> = {
  [K in FoutCode]: (typeof FOUTCODES)[K]['status'] extends S ? K : never;
}[FoutCode];

export function foutSoort(code: FoutCode): FoutSoort {
  return FOUTCODES[code];
}

/** The code for an HTTP status the framework raised itself (413, 415, a body that is no JSON). */
export function codeVoorStatus(status: number): FoutCode | undefined {
  if (status === 413) return 'te-groot';
  if (status === 415) return 'verkeerd-type';
  if (status === 404) return 'niet-gevonden';
  if (status === 400) return 'geen-json';
  return status >= 400 && status < 500 ? 'verzoek-fout' : undefined;
}
