// Types of scripts/build.mjs, for the tests that use it.
export const PROGRAMMAS: Readonly<Record<string, string>>;
export function yamlAlsJson(): Record<string, string>;
export function bouw(): Promise<number>;
