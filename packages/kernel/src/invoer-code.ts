/**
 * @module
 * What kind of input problem something is, as a stable code: every input problem carries one, so a
 * front end can say it in its own words per field ("Vul uw inkomen in.") without reading the
 * message, and the API lists it beside the reason (`invalidParams[].code`). `@regelmaat/law` derives
 * it from a zod issue (`invoerCode`); the services' errors carry it (`OngeldigVeld`).
 */

export type InvoerCode =
  /** Nothing was given where something is required (also an empty text). */
  | 'verplicht'
  /** A value of the wrong type (text where a number belongs, a number that is not whole). */
  | 'verkeerd-type'
  /** Text not in the expected form (a date that is not JJJJ-MM-DD, a BSN without 9 digits). */
  | 'formaat'
  /** Below the lowest value allowed (a negative amount). */
  | 'te-klein'
  /** Above the highest value allowed. */
  | 'te-groot'
  /** Longer than allowed (text or list). */
  | 'te-lang'
  /** Not one of the choices. */
  | 'keuze'
  /** A field the request does not know. */
  | 'onbekend-veld'
  /** A rule across the value or fields, named by its own code in the schema (`params.code`). */
  | 'ongeldig'
  | 'bsn'
  | 'bestaat-niet'
  | 'niet-opslaanbaar'
  | 'huur-bij-servicekosten'
  /** The law has a rule for this that Regelmaat does not model: refused, never guessed. */
  | 'niet-gemodelleerd'
  /** A birth date after the year computed. */
  | 'na-berekeningsjaar';
