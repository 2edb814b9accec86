/**
 * @module
 * @regelmaat/dossier-opslag — the dossier's storage: households, their members and their facts in
 * the database. Finding a person's household, reading facts (one household, a range of
 * households, as known at a moment), recording and superseding facts, bulk writing with COPY, and
 * the indexes of `feit` around a bulk load. The pure model of facts is `@regelmaat/dossier`.
 */
export * from './dossier-lezen';
export * from './feit-indexen';
export * from './feiten-lezen';
export * from './feiten-schrijven';
export * from './feiten-wijzigen';
export * from './huishouden-vergrendelen';
export * from './huishouden-zoeken';
export * from './huishoudens-in-bereik';
export * from './partnerclaims';
export * from './personen-van-huishoudens';
