/**
 * @module
 * The shared request schemas: what a request to a service looks like, validated by the API and by
 * the web's forms with the same zod schemas (one file per request family; `valideer` for both).
 */

export * from './berekening';
export * from './bezwaar';
export * from './invordering';
export * from './jaarsimulatie';
export * from './levensgebeurtenis';
export * from './logboek-zoeken';
export * from './maatwerk';
export * from './partner';
export * from './partner-wijziging';
export * from './regeling';
export * from './scenario';
export * from './sessie';
export * from './signaal';
export * from './simulatie';
export * from './terugbetalen';
export * from './valideer';
export * from './velden';
export * from './wijziging';
export * from './zaak';
export * from './zienswijze';
