/**
 * @module
 * A timestamp column as text in SQL: UTC ISO 8601 with milliseconds, the form JavaScript's
 * `toISOString` writes. Read as text, never as a JS Date, nothing depends on the process's time
 * zone.
 */

/** `to_char(<kolom> AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` for a column or expression. */
export const ISO = (kolom: string) => `to_char(${kolom} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
