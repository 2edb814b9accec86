export * from './regeling';
export * from './terugbetalen';
