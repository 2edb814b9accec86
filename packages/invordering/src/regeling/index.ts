export * from './parameters';
export * from './regeling';
export * from './stand';
