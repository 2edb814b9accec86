export * from './csv';
export * from './grenzen';
export * from './groepen';
export * from './rapport';
export * from './trend';
