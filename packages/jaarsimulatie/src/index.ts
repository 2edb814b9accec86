/**
 * @module
 * @regelmaat/jaarsimulatie — the year as citizens live it (issue 20): a synthetic population through
 * 2026 month by month, through the product's real runs and services with the clock passed in, in a
 * baseline and the product's variant, measuring recoveries, underpayment, time to help and the ETA.
 */
export * from './aannames';
export * from './gebeurtenissen';
export * from './resultaat';
export * from './simuleer';
