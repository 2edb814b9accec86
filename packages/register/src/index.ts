/**
 * @module
 * @regelmaat/register — the Algoritmeregister entries of the toeslag calculations and of the
 * exception detection, generated from the law's and the rules' own metadata (C15).
 */
export * from './publicatiestandaard';
export * from './register';
export * from './vingerafdruk';
