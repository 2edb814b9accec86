/**
 * @module
 * @regelmaat/logboek — the processing log in the shape of the Logboek Dataverwerkingen standard
 * (Logius): W3C trace context, one record per data subject, pseudonymised subject ids, an
 * append-only table, and the register of processing activities (AVG art. 30) as data.
 */
export * from './activiteiten';
export * from './bewaartermijn';
export * from './log-verwerking';
export * from './log-verwerkingen-bulk';
export * from './pseudoniem';
export * from './register';
export * from './run-logboek';
export * from './trace-context';
export * from './verwerkingen-overzicht';
export * from './verwerkingen-van';
export * from './verwerkingen-zoeken';
