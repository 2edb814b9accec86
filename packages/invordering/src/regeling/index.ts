export * from './parameters';
export * from './regeling';
