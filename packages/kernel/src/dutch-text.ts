/**
 * @module
 * Numbers and dates in running Dutch text, for every place a person reads them (web pages, CLI
 * output, messages). Money has its own formats in `money.ts`.
 */
import { formatCivilDate, parseCivilDate } from './civil-date';

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * A number in Dutch: decimal comma (`56,64`), thousands grouped with a dot from 10.000 on
 * (`12.500`). Whole numbers below 10.000 stay as they are, so a year reads `2026`, never `2.026`.
 * At most two decimals.
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 10_000) return String(n);
  return numberFormat.format(n);
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * The civil dates inside a text (`… (geldt vanaf 2025-01-01)`) written the Dutch way
 * (`… (geldt vanaf 1 januari 2025)`). Only real calendar dates change.
 */
export function formatDatesInText(text: string): string {
  return text.replace(ISO_DATE, (iso) => {
    const parts = parseCivilDate(iso);
    return parts ? formatCivilDate(parts) : iso;
  });
}
