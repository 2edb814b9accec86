/**
 * @module
 * @regelmaat/invordering — what follows from a definitive decision's settlement (tables
 * `nabetaling`, `vordering`, `boeking`; migration 023): back-payments paid, recoveries collected,
 * and the ledger (grootboek) of every recovery as append-only entries whose sum is the balance.
 */

export * from './begeleiding';
export * from './betalingsregeling';
export * from './boek-betaling';
export * from './boek-rente';
export * from './boek-vereffeningen';
export * from './cijfers';
export * from './grootboek';
export * from './herinneringen';
export * from './invordering-run';
export * from './regeling';
export * from './regeling-verval';
export * from './zienswijze';
