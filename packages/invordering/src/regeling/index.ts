export * from './begeleiding';
export * from './herinnering';
export * from './maand';
export * from './parameters';
export * from './regeling';
export * from './rente';
export * from './stand';
export * from './verrekening';
