/** @module @regelmaat/diensten (work in progress) */
export {};
