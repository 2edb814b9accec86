/** @module @regelmaat/toegang (work in progress) */
export {};
