/**
 * @module
 * Reading dates and amounts as Dutch people type them. Dates: `20-01-1996`, `20-1-1996`,
 * `20/01/1996` or `1996-01-20`. Amounts: `24500`, `24.500`, `24 500`, `€ 640,50`, `640.50`
 * (a dot followed by exactly three digits is a thousands separator, as in Dutch notation).
 */
import { isCivilDate } from '@regelmaat/kernel';

/** Returns `YYYY-MM-DD` for a real calendar date, or null. */
export function leesDatum(tekst: string): string | null {
  const s = tekst.trim();
  let iso: string | null = null;
  const nl = /^(\d{1,2})[-/.\s](\d{1,2})[-/.\s](\d{4})$/.exec(s);
  if (nl) iso = `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(s)) iso = s;
  return iso && isCivilDate(iso) ? iso : null;
}

/** Returns the amount in euros (at most two decimals), or null when it is not an amount. */
export function leesBedrag(tekst: string): number | null {
  let s = tekst.replace(/€|eur(o)?/gi, '').replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  const negatief = s.startsWith('-');
  if (negatief) s = s.slice(1);
  if (s.includes(',')) {
    // Dutch: dots group thousands, the comma starts the decimals.
    if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(s)) return null;
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    s = s.replace(/\./g, '');
  } else if (!/^\d+(\.\d{1,2})?$/.test(s)) {
    return null;
  }
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return negatief ? -n : n;
}

/** Hours per month: a number with at most two decimals (comma or dot). */
export function leesUren(tekst: string): number | null {
  const s = tekst.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  return Number(s);
}
