/**
 * @module
 * @regelmaat/verwerking — the yearly cycle as batch runs (C3): runs split into partitions that
 * workers lease, advance and definitive decisions, settlement, monthly payments, exception cases
 * (C4) and reproduction of any decision.
 */
export * from './feit-indexen';
export * from './feiten-lezen';
export * from './feiten-schrijven';
export * from './herbereken';
export * from './laad-populatie';
export * from './lease';
export * from './rapport';
export * from './reproduceer';
export * from './run';
export * from './uitval-adapter';
export * from './uitval-poort';
export * from './vereffening';
export * from './verwerk-partitie';
export * from './werk';
