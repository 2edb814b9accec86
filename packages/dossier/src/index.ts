/**
 * @module
 * @regelmaat/dossier — dossier facts (C2) with validity periods, sources and recording times; the
 * engine's situation built directly from the facts as known at a moment; and the one way from
 * facts to a household's outcome (`HuishoudenRekenaar`). Pure.
 */
export * from './feit';
export * from './feiten-uit-aanvraag';
export * from './huishouden-rekenaar';
export * from './huishouden-uit-feiten';
export * from './levensgebeurtenissen';
export * from './nieuw-huishouden';
export * from './snapshot-hash';
