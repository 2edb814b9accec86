export * from './cijfers';
export * from './regeling';
export * from './terugbetalen';
export * from './zienswijze';
