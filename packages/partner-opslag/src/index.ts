/**
 * @module
 * @regelmaat/partner-opslag — the store of partner reports: who holds a child's childcare contract
 * (`opvangcontract`) and every childcare report by its own id (`partner_melding`), migrations 017
 * and 026; who rents to and insures whom (`huurcontract`, `verzekerde`) and every rent or insurance
 * report by its own id (`partner_wijziging`), migration 043.
 */
export * from './opvangcontract';
export * from './partner-koppeling';
export * from './partner-melding';
export * from './partner-wijziging';
