export * from './bezwaar-behandelen';
export * from './bezwaar-indienen';
export * from './bezwaar-lezen';
export * from './bezwaar-stand';
export { BEROEP_URL, kenmerkVan } from './bezwaarbrief-vullen';
