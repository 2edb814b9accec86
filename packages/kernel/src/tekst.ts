/**
 * @module
 * Text a database can store and every client can read. PostgreSQL refuses the NUL character in
 * `text` and `jsonb`; a lone UTF-16 surrogate is not a character at all and cannot be encoded as
 * UTF-8. Both front ends (API schemas, web forms) refuse such text as invalid input (400), so it
 * never reaches the database as a 500.
 */
const LOSSE_SURROGAAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `t` has no NUL character and no lone surrogate. */
export function isOpslaanbareTekst(t: string): boolean {
  return !t.includes('\u0000') && !LOSSE_SURROGAAT.test(t);
}
