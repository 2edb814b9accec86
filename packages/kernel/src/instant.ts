/**
 * @module
 * The one time type beside the civil date. A civil date (`CivilDate`, `YYYY-MM-DD`) is a day of the
 * law: a period's start, a birth date, a term. An instant (`Instant`) is a moment something happened
 * to the data: recorded, known, decided, written — an ISO 8601 timestamp in UTC with milliseconds,
 * `2026-12-04T10:15:30.123Z`, as `Date.prototype.toISOString` writes it and the database returns it
 * (`ISO(kolom)` in @regelmaat/db). In this one form, comparing two instants as strings compares them
 * in time. Nothing here reads the clock: the caller passes every instant in.
 */

/** A moment, `YYYY-MM-DDTHH:MM:SS.sssZ` (UTC, milliseconds). */
export type Instant = string;

const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True when `text` is an instant in the one form (and a real moment). */
export function isInstant(text: string): boolean {
  if (!INSTANT_RE.test(text)) return false;
  const t = Date.parse(text);
  return Number.isFinite(t) && new Date(t).toISOString() === text;
}

/** The civil date (UTC) of an instant: `2026-12-04T23:30:00.000Z` → `2026-12-04`. */
export function civilDateOfInstant(instant: Instant): string {
  return instant.slice(0, 10);
}
