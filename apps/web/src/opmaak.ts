/**
 * @module
 * How amounts and dates look on the pages (Dutch notation, as the Rijksoverheid writes them):
 * amounts as `€ 1.234` (whole euros) or `€ 1.234,56` where cents matter, civil dates as
 * `15 maart 2026` (a timestamp's date as it is in the Netherlands), moments in Dutch local time
 * (Europe/Amsterdam) as `15 maart 2026, 11:00`, numbers as `56,64` (a year as `2026`). Every page
 * formats through this module; `t()` formats a number placeholder with `getal`.
 */
import {
  eurocent,
  formatCents,
  formatDatesInText,
  formatNumber,
  formatWholeEuros,
  MONTH_NAMES,
} from '@regelmaat/kernel';

/** `€ 1.234`; an amount with cents keeps them (`€ 640,50`). Input in eurocents. */
export const euro = (centen: number): string => formatWholeEuros(eurocent(centen));

/** Always with cents: `€ 1.234,00`. Input in eurocents. */
export const euroCenten = (centen: number): string => formatCents(eurocent(centen));

/**
 * `15 maart 2026` for `2026-03-15`. An ISO timestamp gives its date in Dutch local time
 * (Europe/Amsterdam): `2026-12-01T23:30:00Z` is 2 December in the Netherlands.
 */
export function datum(iso: string): string {
  const d = iso.length > 10 && iso[10] === 'T' ? lokaleDelen(iso) : undefined;
  const m = d ? [iso, d.year, d.month, d.day] : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
}

/** `oktober 2027` for `2027-10` (or a date in that month). */
export function maand(jjjjmm: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(jjjjmm);
  return m ? `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}` : jjjjmm;
}

const tijdFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Year, month, day, hour and minute of an ISO timestamp in Europe/Amsterdam. */
function lokaleDelen(iso: string): Record<string, string> | undefined {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return undefined;
  const d: Record<string, string> = {};
  for (const p of tijdFormaat.formatToParts(new Date(t))) d[p.type] = p.value;
  return d;
}

/** `15 maart 2026, 11:00` for an ISO timestamp (UTC), shown in Dutch local time. */
export function moment(iso: string): string {
  const d = lokaleDelen(iso);
  if (!d) return iso;
  return `${datum(`${d.year}-${d.month}-${d.day}`)}, ${d.hour}:${d.minute}`;
}

/** A number in Dutch (`56,64`, `12.500`); a year stays `2026` (kernel's `formatNumber`). */
export const getal = (n: number): string => formatNumber(n);

/**
 * Dates inside a text from a lower layer (a parameter's source: "… (geldt vanaf 2025-01-01)")
 * written the Dutch way: "… (geldt vanaf 1 januari 2025)" (kernel's `formatDatesInText`).
 */
export const datumsInTekst = (tekst: string): string => formatDatesInText(tekst);

/** `56,64 uur`. */
export const uren = (n: number): string => `${getal(n)} uur`;

/** `maart` for month 3. */
export const maandNaam = (maand: number): string => MONTH_NAMES[maand - 1] ?? String(maand);

/** A file's size for people: whole kB (rounded up) below 1 MB, else MB with one decimal. */
export function bestandsgrootte(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} kB`;
  return `${(Math.round((bytes / (1024 * 1024)) * 10) / 10).toFixed(1).replace('.', ',')} MB`;
}

/** A document type in one word (PDF, JPG, PNG). */
export function bestandssoort(mime: string): string {
  return mime === 'application/pdf'
    ? 'PDF'
    : mime === 'image/jpeg'
      ? 'JPG'
      : mime === 'image/png'
        ? 'PNG'
        : mime;
}
