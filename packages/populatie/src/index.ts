/**
 * @module
 * @regelmaat/populatie — a synthetic Dutch household population for the toeslagen: synthetic
 * BSNs, a seeded generator calibrated to published statistics (CBS, Rijksfinanciën; see README),
 * fixed sets for tests and the demo, and a calibration report computed with @regelmaat/law.
 * Pure: no clock, no I/O, no Math.random; everything follows from the seed.
 */
export * as aannames from './aannames';
export * from './als-dossier';
export * from './bsn';
export * from './definitief';
export {
  GERESERVEERDE_HUISHOUDENS,
  genereerHuishouden,
  genereerPopulatie,
  huishoudenBsn,
  type Jaar,
  MAX_GEGENEREERD,
  MAX_HUISHOUDENS,
  PERSONEN_PER_HUISHOUDEN,
} from './genereer';
export * from './huishouden';
export * from './kalibratie';
export * from './rng';
export * from './statistieken';
export * from './vaste-sets';
