export * from './afzender';
export * from './brief-vullen';
export * from './brieven';
