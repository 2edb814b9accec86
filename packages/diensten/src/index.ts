/**
 * @module
 * @regelmaat/diensten — the application services (use cases) that the API and the web pages share.
 * Each service checks the caller's right (permission matrix in @regelmaat/toegang; a citizen only
 * reaches their own household), does its work in one transaction, and writes the processing log
 * (@regelmaat/logboek) for every data subject in that same transaction. Errors are `DienstFout`s
 * with an HTTP status and a Dutch message.
 */

// The front ends tell a lost database connection (503) from other errors without importing the
// database package themselves (scripts/check-dependency-direction.mjs).
export { isVerbindingsfout } from '@regelmaat/db';
// The one error model lives in the kernel (every layer throws it); the front ends read it here.
export {
  type CodeMet,
  Conflict,
  codeVoorStatus,
  DienstFout,
  FOUTCODES,
  type FoutCode,
  type FoutSoort,
  foutSoort,
  Geweigerd,
  type InvoerCode,
  NietBeschikbaar,
  NietGevonden,
  NietIngelogd,
  Ongeldig,
  type OngeldigVeld,
  Onverwerkbaar,
  TeVaak,
  veiligeFout,
  wachttijdTekst,
} from '@regelmaat/kernel';
export * from './algoritmeregister';
export * from './berekenen';
export * from './berichten';
export * from './beschikkingen';
export * from './betalingen';
export * from './bezetting';
export * from './bezwaar';
export * from './brieven';
export * from './contacten';
export * from './context';
export * from './dossier';
export * from './eerlijkheid';
export * from './gezondheid';
export * from './goedkeuringen';
export * from './huishoudtype';
export * from './invordering';
export * from './jaarsimulaties';
export * from './levensgebeurtenissen/reactie';
export * from './levensgebeurtenissen/run';
export * from './levensgebeurtenissen/zinnen';
export * from './logboek-zoeken';
export * from './maatwerk';
export * from './maatwerk-formulier';
export * from './maatwerk-niveau2';
export * from './mijn-huishouden';
export * from './omgeving';
export * from './overzicht';
export * from './partner';
export * from './partner/huur';
export * from './partner/opvang-batch';
export * from './partner/verzekering';
export type { WijzigingAntwoord, WijzigingUitkomst } from './partner/wijziging-melding';
export * from './scenarios';
export * from './sessies';
export * from './signalen';
export * from './simulaties';
export * from './steekproef';
export * from './teamoverzicht';
export * from './verwerkingen';
export * from './verzoeken';
export * from './werk';
export * from './werklijst';
export * from './wetsversie';
export * from './wijziging-zinnen';
export * from './wijzigingen';
export * from './zaakpagina';
