/**
 * @module
 * @regelmaat/partner-opslag — the store of partner reports: who holds a child's childcare contract
 * (`opvangcontract`) and every report a partner sent, by its own id (`partner_melding`). Migrations
 * 017 and 026.
 */
export * from './opvangcontract';
export * from './partner-melding';
