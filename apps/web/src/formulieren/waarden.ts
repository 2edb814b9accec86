/**
 * @module
 * Form text as the request schemas expect it: an empty field is absent (so the schema says
 * "verplicht"), a Dutch amount or date becomes a number or `YYYY-MM-DD`, and text that cannot be
 * read stays text, so the schema refuses it with the code of its type (and the form words it).
 */
import { eurosToCents, isEuroAmount } from '@regelmaat/kernel';
import { leesBedrag, leesDatum, leesUren } from '../proefberekening/getallen';

/** '' → undefined; otherwise the text itself. */
export const tekstOfNiets = (x: string | undefined): string | undefined => (x ? x : undefined);

/** An amount in euros (`640,50` → 640.5), or the text as typed when it is no amount. */
export function euroUit(x: string | undefined): number | string | undefined {
  if (!x) return undefined;
  return leesBedrag(x) ?? x;
}

/** An amount in eurocents (`2.034,50` → 203450), or the text as typed when it is no amount. */
export function centenUit(x: string | undefined): number | string | undefined {
  const euro = euroUit(x);
  return typeof euro === 'number' && isEuroAmount(euro) ? eurosToCents(euro) : euro;
}

/** A civil date from Dutch notation (`1-5-2026` → `2026-05-01`), or the text as typed. */
export function datumUit(x: string | undefined): string | undefined {
  if (!x) return undefined;
  return leesDatum(x) ?? x;
}

/** Hours (`80` or `80,5`), or the text as typed. */
export function urenUit(x: string | undefined): number | string | undefined {
  if (!x) return undefined;
  return leesUren(x) ?? x;
}

/** A whole number (`2026`), or the text as typed. */
export function geheelUit(x: string | undefined): number | string | undefined {
  if (!x) return undefined;
  return /^-?\d{1,9}$/.test(x) ? Number(x) : x;
}
