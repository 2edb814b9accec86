/** Formats a step or parameter value in Dutch for explanations. */
import {
  eurocent,
  formatCents,
  formatMicrocents,
  formatMicrocentsAfgekapt,
  formatPpm,
} from '@regelmaat/kernel';
import type { StepUnit } from './step';

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6 });

export function formatValue(unit: StepUnit | 'table', value: unknown, afgekapt = false): string {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'microcent':
      return afgekapt ? formatMicrocentsAfgekapt(value as number) : formatMicrocents(value as number);
    case 'eurocent':
      return formatCents(eurocent(value as number));
    case 'ppm':
      return formatPpm(value as number);
    case 'boolean':
      return value ? 'ja' : 'nee';
    case 'years':
      return `${value} jaar`;
    case 'centihours':
      return `${numberFormat.format((value as number) / 100)} uur`;
    case 'count':
    case 'number':
      return numberFormat.format(value as number);
    case 'table':
      return 'tabel';
    default:
      return String(value);
  }
}
