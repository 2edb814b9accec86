export * from './afzender';
export * from './brief-vullen';
export * from './brieven';
export * from './maatwerk-voorbeeld';
