/**
 * @module
 * @regelmaat/beschikking — the decision (beschikking): its versions and their store, the decision in
 * force, the advance schedule (voorschot), settlement (vereffening), reproduction and recomputation
 * after a change.
 */

export * from './aangehouden';
export * from './beschikking-schrijven';
export * from './beschikking-versie';
export * from './betaal-maand';
export * from './betalingen';
export * from './geldende';
export * from './herberekening';
export * from './parameterset';
export * from './reproduceer';
export * from './run-beschikkingen';
export * from './steekproef';
export * from './vereffening';
export * from './vereffening-van';
export * from './voorschot-schema';
export * from './voorschot-totaal';
export * from './voorschotten';
