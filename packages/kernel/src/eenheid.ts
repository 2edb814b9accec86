/**
 * @module
 * Units as types. An amount is a plain JavaScript number at run time (no wrapper, no cost), but to
 * TypeScript a `Eurocent` is not a `Euro` and a `Ppm` is not a `Microcent`: a branded number. A
 * bare number becomes a unit only through the kernel's conversions (`eurosToCents`, `centsToEuros`,
 * `percentToPpm`) or, where a value is known to be in that unit already (a stored column, a column
 * of the engine's batch input, the result of a rounding the law names), through the constructor of
 * that unit (`eurocent(n)`) — one call at each edge, never arithmetic.
 *
 * Arithmetic on branded numbers gives a plain `number`: adding two Eurocent amounts is still
 * cents, but the type no longer says so until a named step says it again.
 */

declare const eenheid: unique symbol;

/** A number that TypeScript keeps apart from numbers of other units. */
export type Eenheid<Naam extends string> = number & { readonly [eenheid]: Naam };
