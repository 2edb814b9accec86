/**
 * @module
 * @regelmaat/beschikking — the decision (beschikking): its versions and their store, the decision in
 * force, the advance schedule (voorschot), settlement (vereffening), reproduction and recomputation
 * after a change.
 */
export * from './herbereken';
export * from './reproduceer';
export * from './vereffening';
