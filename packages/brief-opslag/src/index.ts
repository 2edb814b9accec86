/**
 * @module
 * @regelmaat/brief-opslag — the letters' store (table `brief`, migration 020): a decision's letter
 * as data, fixed the first time it is opened, and the hash of its PDF once sent. Rendering is
 * @regelmaat/brieven's; filling a letter from a decision is @regelmaat/diensten's.
 */

export * from './bericht';
export * from './bezwaarbrief';
export * from './brief-bewaren';
export * from './brief-lezen';
export * from './brief-rij';
export * from './verzending';
