/**
 * @module
 * @regelmaat/toegang — access control (C15): roles and rights as code, staff accounts and partner
 * clients, the DigiD simulation and signed session tokens.
 */
export * from './demo-accounts';
export * from './digid';
export * from './gebruikers';
export * from './inlogpogingen';
export * from './medewerkers';
export * from './partner-secret';
export * from './partners';
export * from './rechten';
export * from './sessie';
export * from './sessie-intrekking';
export * from './sleutel';
export * from './wachtwoord';
