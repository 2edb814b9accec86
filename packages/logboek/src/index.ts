/** @module @regelmaat/logboek (work in progress) */
export {};
