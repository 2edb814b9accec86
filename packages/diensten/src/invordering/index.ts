export * from './begeleiding';
export * from './cijfers';
export * from './regeling';
export * from './run';
export * from './terugbetalen';
export * from './zienswijze';
