/**
 * @module
 * @regelmaat/law — the four toeslagen for 2025 and 2026: parameters (YAML beside each formula),
 * formulas with their steps and law references, the household input schema, and the traced and
 * batch evaluations. Pure: no database, no network, no clock (parameter files are read once at load).
 */
export * from './batch';
export * from './bereken';
export { HUURTOESLAG, type HuurtoeslagFeiten, huurtoeslag } from './huurtoeslag/huurtoeslag';
export * from './kinderopvangtoeslag/tabel-onzeker';
export * from './regeling';
export * from './regelingen';
export * from './situatie/huishouden-schema';
export * from './situatie/invoer-code';
export {
  maandenMetOverlap,
  maandenOpEersteDag,
  opvangCentiurenPerMaand,
  vanafGeboorte,
} from './situatie/maanden';
export * from './situatie/niet-gemodelleerd';
export * from './situatie/normaliseer';
export * from './situatie/parse-huishouden';
export * from './situatie/situatie';
export * from './wetgeving';
export * from './wetgeving-uit-teksten';
