/**
 * @module
 * @regelmaat/kernel — value types shared by every package: money in eurocents, exact division,
 * rates in ppm, civil dates, numbers and dates in Dutch text, a B1 check for texts for citizens, BSN and law references, and the one error model (`FOUTCODES`: code → HTTP status and title; `DienstFout` and its kinds; `InvoerCode` for input problems) that every layer throws. No dependencies, no I/O.
 */
export * from './b1';
export * from './bsn';
export * from './civil-date';
export * from './dutch-text';
export * from './eenheid';
export * from './exact-division';
export * from './foutcodes';
export * from './fouten';
export * from './hours';
export * from './instant';
export * from './invoer-code';
export * from './law-ref';
export * from './money';
export * from './rate';
export * from './tekst';
