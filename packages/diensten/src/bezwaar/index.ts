export * from './bezwaar-behandelen';
export * from './bezwaar-formulier';
export * from './bezwaar-indienen';
export * from './bezwaar-lezen';
export * from './bezwaar-stand';
export * from './bezwaar-stukken';
export * from './bezwaar-voorbeeld';
export { BEROEP_URL, kenmerkVan, OVERSLAAN_B1 } from './bezwaarbrief-vullen';
