/** @module @regelmaat/zaken (work in progress) */
export {};
