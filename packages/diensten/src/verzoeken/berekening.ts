/**
 * @module
 * A household to compute (a proefberekening): the law's own household input schema, the one
 * `POST /v1/berekeningen` and `berekenAdhoc` validate with and the web's proefberekening form is
 * read into. Amounts are in euros (the input format, see docs/api.md); a question a form asked
 * and that was not answered travels as `null`, which the schema refuses (an absent answer would
 * take the format's default, which nobody chose).
 */
export { HuishoudenSchema as BerekeningVerzoek } from '@regelmaat/law';
