/**
 * @module
 * @regelmaat/engine — the law-agnostic part of the rules engine: dated and sourced parameters,
 * steps and traces, explanation trees. Pure: no database, no network, no clock.
 */
export * from './parameters/parameter-error';
export * from './parameters/parameter-kinds';
export * from './parameters/parameter-set';
export { leesYaml } from './parameters/yaml';
export * from './trace/explanation';
export * from './trace/format-value';
export * from './trace/step';
