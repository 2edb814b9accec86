/**
 * @module
 * @regelmaat/brieven — decision letters (beschikkingen) as data, rendered on demand as an accessible
 * PDF (Typst, PDF/UA-1) and HTML page. Pure: no database, no web, no clock; the letter date is input.
 * Depends on typed input only, not on where decisions are stored.
 */
export * from './document/document';
export * from './document/opmaak';
export * from './fout';
export * from './model/berekening';
export * from './model/bezwaarbrief';
export * from './model/brief';
export * from './model/controleer';
export * from './render/bezwaarbrief';
export * from './render/brief';
export { compileerPdf, LETTERTYPEN, typstCompiler } from './render/pdf';
export { typstString } from './render/typst-bron';
export * from './sjablonen/bezwaar-register';
export * from './sjablonen/bezwaarbrief-1';
export * from './sjablonen/bezwaarbrief-2';
export * from './sjablonen/register';
export * from './sjablonen/sjabloon';
export * from './termijn/beslistermijn';
export * from './termijn/betaaltermijnen';
export * from './termijn/bezwaartermijn';
export * from './termijn/dwangsom';
export * from './termijn/feestdagen';
export * from './termijn/hersteltermijn';
export { dagnummerVan, uitDagnummer } from './termijn/kalender';
export * from './termijn/termijnenwet';
export * from './termijn/termijnstand';
export * from './termijn/tijdig';
export * from './zienswijze';
