/**
 * @module
 * @regelmaat/zaken — work queues, cases and accountable maatwerk (C5, C6): case types with service
 * norms, the work queue, claim/release/reassign/close with optimistic locking and history, maatwerk
 * decisions with four-eyes approval, comparable decisions and cases, signals and contacts.
 */

export * from './behandeltijd';
export * from './bezwaar';
export * from './blokkerend';
export * from './contact';
export * from './grondslagen';
export * from './maak-zaak';
export * from './maatwerk';
export * from './maatwerk-invoer';
export { maatwerkbesluit, maatwerkbesluitenVanZaak } from './maatwerk-rij';
export * from './opschorten';
export * from './scenario';
export * from './selecties-van-run';
export * from './signaal';
export * from './signaal-lezen';
export * from './signaal-stappen';
export * from './signaal-themas';
export * from './teamstand';
export * from './tempo';
export * from './termijn-waarschuwing';
export * from './toepassing';
export * from './toewijzing';
export * from './typen';
export * from './uitval-buiten-run';
export * from './uitval-zaken';
export * from './vergelijkbaar';
export * from './vergelijkbare-zaak';
export * from './verwachte-afronding';
export * from './verwachting';
export * from './werkfilter';
export * from './werkvoorraad';
export { historie, zaak } from './zaak-rij';
export * from './zaak-zoeken';
export * from './zaaktypen';
