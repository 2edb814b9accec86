/**
 * @module
 * @regelmaat/kernel — value types shared by every package: money in eurocents, exact division,
 * rates in ppm, civil dates, BSN and law references. No dependencies, no I/O.
 */
export * from './bsn';
export * from './civil-date';
export * from './exact-division';
export * from './law-ref';
export * from './money';
export * from './rate';
export * from './tekst';
