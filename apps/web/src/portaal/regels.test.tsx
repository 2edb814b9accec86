/**
 * "Met welke regels?" says what is true for each case: the decision's own kept rules (one date or
 * several, in force now or not), rules that were not kept, rules that cannot be opened — and each
 * sentence passes the B1 lint.
 */
import type { Wetsversie } from '@regelmaat/diensten';
import { controleerB1 } from '@regelmaat/kernel';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Regels } from './Waarom';

const basis: Wetsversie = {
  versie: '0123456789abcdef',
  kort: '01234567',
  status: 'bewaard',
  geldend: true,
  geldtVanaf: ['2026-01-01'],
  parameters: [],
};
const tekst = (w: Wetsversie) =>
  renderToStaticMarkup(<Regels w={w} />)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('Met welke regels?', () => {
  it('kept rules in force, one date', () => {
    expect(tekst(basis)).toBe(
      'Wij hebben dit bedrag berekend met de regels van versie 01234567. De stappen hierboven gebruiken dezelfde regels. De bedragen en percentages uit deze regels gelden vanaf 1 januari 2026.',
    );
  });

  it('kept rules no longer in force, several dates', () => {
    const t = tekst({ ...basis, geldend: false, geldtVanaf: ['2025-01-01', '2025-07-01', '2026-01-01'] });
    expect(t).toContain('Hier zijn dat 1 januari 2025, 1 juli 2025 en 1 januari 2026.');
    expect(t).toContain('Wij rekenen nu met een andere versie van de regels.');
  });

  it('rules not kept, or not to be opened: no steps, and it says why', () => {
    expect(tekst({ ...basis, status: 'niet-bewaard', geldtVanaf: [] })).toBe(
      'Wij hebben dit bedrag berekend met de regels die toen golden (versie 01234567). Die regels hebben wij niet bewaard. Daarom kunnen wij de stappen niet laten zien.',
    );
    expect(tekst({ ...basis, status: 'onleesbaar', reden: 'x', geldtVanaf: [] })).toContain(
      'Die regels kunnen wij nu niet openen.',
    );
  });

  it('every variant passes the B1 lint', () => {
    const varianten = [
      basis,
      { ...basis, geldend: false, geldtVanaf: ['2025-01-01', '2026-01-01'] },
      { ...basis, status: 'niet-bewaard' as const },
      { ...basis, status: 'onleesbaar' as const },
    ];
    expect(controleerB1(Object.fromEntries(varianten.map((w, i) => [String(i), tekst(w)])))).toEqual([]);
  });
});
