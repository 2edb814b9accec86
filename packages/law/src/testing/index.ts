/** Test support for other packages: generated households, the scenario files, and a made-up regeling. */
export * from './arbitraries';
export * from './parameterwijziging';
export * from './proeftoeslag/proeftoeslag';
export * from './scenarios';
