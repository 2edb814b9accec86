import { describe, expect, it } from 'vitest';
import { gewoon, pasToe, rustigeInvoer } from '../testing/invoer';
import { KOT_TABEL_ONZEKER } from './kot-tabel-onzeker';

describe('KOT_TABEL_ONZEKER', () => {
  it('fires when the two readings of the table give different year amounts, and carries both', () => {
    const u = pasToe(
      KOT_TABEL_ONZEKER,
      rustigeInvoer({ jaar: 2025, kotTabelOnzeker: { bedrag: 1_843_200, andereLezing: 1_854_000 } }),
    );
    expect(u).toMatchObject({ code: 'KOT_TABEL_ONZEKER', prioriteit: 2, bedrag: 10_800 });
    const tekst = gewoon(u?.toelichting);
    expect(tekst).toContain('over 2025');
    expect(tekst).toContain('€ 18.432,00 over het jaar');
    expect(tekst).toContain('andere mogelijke waarde is het € 18.540,00');
    expect(tekst).toContain('verschil is € 108,00');
  });

  it('gives the difference as a positive amount when the other reading is lower', () => {
    const u = pasToe(
      KOT_TABEL_ONZEKER,
      rustigeInvoer({ kotTabelOnzeker: { bedrag: 978_000, andereLezing: 972_000 } }),
    );
    expect(u?.bedrag).toBe(6_000);
  });

  it('finds nothing without an uncertain table value, or when both readings give the same amount', () => {
    expect(pasToe(KOT_TABEL_ONZEKER, rustigeInvoer())).toBeNull();
    expect(
      pasToe(
        KOT_TABEL_ONZEKER,
        rustigeInvoer({ kotTabelOnzeker: { bedrag: 500_000, andereLezing: 500_000 } }),
      ),
    ).toBeNull();
  });
});
