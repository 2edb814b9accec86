/** The bundle's path when it exists and no input changed since its build began, else undefined. */
export function actueleBundel(naam: string): string | undefined;
/** Makes sure the bundle `naam` of `ingang` (a path from the repository root) is current; returns its path. */
export function bouwBundel(naam: string, ingang: string): Promise<string>;
