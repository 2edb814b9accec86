/**
 * @module
 * @regelmaat/simulatie — the uitvoeringstoets (C14): a reform as a dated overlay on the law's
 * parameters, run with the batch path over a synthetic population held as a columnar snapshot, on
 * worker threads, giving budgets, winners and losers per decile and household type, and the
 * waterfall of the reform's parts.
 */
export * from './hervorming/hervorming';
export * from './hervorming/scenario-tekst';
export * from './hervorming/toepassen';
export * from './hervorming/voorbeelden';
export * from './kolommen/bestand';
export { huishoudinkomen, KolommenBouwer, type Populatie } from './kolommen/bouwer';
export * from './kolommen/hergebruik';
export type { Aantallen, KolomArrays, Kop } from './kolommen/indeling';
export { SituatieLezer } from './kolommen/lezer';
export * from './kolommen/uit-populatie';
export * from './marges/grenzen';
export * from './marges/resultaat';
export * from './rekenen';
export * from './resultaat';
export * from './simuleer';
export * from './telling';
export { NORMHUUR, VOORSTEL_NORMHUUR } from './varianten/normhuur';
export * from './varianten/variant';
export { startWerker, type WerkerTaak } from './werker';
export * from './werkers';
export * from './werklast/interval';
export * from './werklast/normen';
export * from './werklast/resultaat';
export { WERKLAST_CODES } from './werklast/teller';
