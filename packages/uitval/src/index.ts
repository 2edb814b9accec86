/**
 * @module
 * @regelmaat/uitval — early exception detection (C4): rules that, before a decision goes out,
 * propose which households a person must look at, with a reason code and a priority. Pure: no
 * clock, no I/O. A rule only proposes a case; it never changes an amount or stops a payment.
 */
export * from './controle';
export * from './detecteer';
export * from './docs';
export * from './eerlijkheid';
export * from './fouten';
export * from './invoer';
export * from './regel';
export { HOGE_TERUGVORDERING, HOORPLICHT_GRENS } from './regels/hoge-terugvordering';
export { KIND_WORDT_18 } from './regels/kind-wordt-18';
export { ONTBREKENDE_GEGEVENS } from './regels/ontbrekende-gegevens';
export {
  OPVANGUREN_AFWIJKING_AANDEEL,
  OPVANGUREN_AFWIJKING_MINIMUM,
  OPVANGUREN_VERSCHIL,
} from './regels/opvanguren-verschil';
export { PARTNER_CONFLICT } from './regels/partner-conflict';
export {
  SCHATTING_AFWIJKING_AANDEEL,
  SCHATTING_AFWIJKING_MINIMUM,
  SCHATTING_WIJKT_AF,
} from './regels/schatting-wijkt-af';
export { type Terugvordering, terugvordering } from './regels/terugvordering';
export {
  KLEINE_TERUGVORDERING_GRENS,
  kleineTerugvorderingsgrens,
  TERUGVORDERING_ZWAAR,
  ZWARE_TERUGVORDERING_AANDEEL,
} from './regels/terugvordering-zwaar';
export { VERMOGEN_RAND, VERMOGEN_RAND_AANDEEL } from './regels/vermogen-rand';
export { STANDAARD_REGELS } from './standaard-regels';
export * from './verboden-velden';
