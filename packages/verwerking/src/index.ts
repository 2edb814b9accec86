/**
 * @module
 * @regelmaat/verwerking — the yearly cycle as batch runs (C3): runs split into partitions that
 * workers lease, the work of one partition (advance and definitive decisions, settlement, monthly
 * payments, exception cases (C4)), and the run's report.
 */
export * from './lease';
export * from './rapport';
export * from './run';
export * from './uitval-adapter';
export * from './uitval-poort';
export * from './verwerk-partitie';
export * from './werk';
