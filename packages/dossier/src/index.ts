/**
 * @module
 * @regelmaat/dossier — dossier facts (C2) with validity periods, sources and recording times, and
 * the conversions between facts and the household input of the rules engine. Pure.
 */
export * from './feit';
export * from './feiten-uit-aanvraag';
export * from './geschat-inkomen';
export * from './huishouden-uit-bekende-feiten';
export * from './huishouden-uit-feiten';
export * from './nieuw-huishouden';
export * from './situatie-snel';
export * from './snapshot-hash';
