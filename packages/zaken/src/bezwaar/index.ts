export * from './bezwaar-beslissen';
export * from './bezwaar-ontvankelijkheid';
export * from './bezwaar-openen';
export { bezwaar, bezwaarVanZaak, bezwarenVan, openBezwaarTegen } from './bezwaar-rij';
export * from './bezwaar-stappen';
export * from './bezwaar-stukken';
export * from './bezwaar-typen';
