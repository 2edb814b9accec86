/** Test support for other packages: generated households and the scenario files. */
export * from './arbitraries';
export * from './parameterwijziging';
export * from './scenarios';
