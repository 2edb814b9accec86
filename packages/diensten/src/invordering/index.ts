export * from './terugbetalen';
