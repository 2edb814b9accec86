/**
 * What a corporation's rent report means against the dossier (pure), both sides of every condition:
 * the same rent, a change (the running period split at the start date, a later period untouched),
 * a contradiction (the citizen's rent for exactly this date, or reported after the corporation drew
 * up its report, or no rent at all), servicekosten kept when the corporation reports none.
 */
import type { DossierFeit } from '@regelmaat/dossier-opslag';
import { describe, expect, it } from 'vitest';
import { stemHuurAf } from './huur-afstemming';

const OP = '2026-06-20T10:00:00.000Z';
const OPGESTELD = '2026-06-01T08:00:00.000Z';
let volgnummer = 1;
function huur(kaleHuur: number, extra: Partial<DossierFeit> = {}, servicekosten = 0): DossierFeit {
  return {
    id: volgnummer++,
    soort: 'huur',
    waarde: { kaleHuur, servicekosten, zelfstandig: true },
    bron: 'burger',
    geregistreerdOp: '2025-12-01T10:00:00.000Z',
    ...extra,
  } as DossierFeit;
}
const juli = (kaleHuur: number, servicekosten?: number) => ({
  ingangsdatum: '2026-07-01',
  kaleHuur,
  ...(servicekosten === undefined ? {} : { servicekosten }),
});

describe('stemHuurAf', () => {
  it('the same rent changes nothing, with or without servicekosten', () => {
    expect(stemHuurAf([huur(70_000, {}, 2_000)], juli(70_000), OPGESTELD, OP)).toEqual({ soort: 'gelijk' });
    expect(stemHuurAf([huur(70_000, {}, 2_000)], juli(70_000, 2_000), OPGESTELD, OP)).toEqual({
      soort: 'gelijk',
    });
    // Other servicekosten are a change.
    expect(stemHuurAf([huur(70_000, {}, 2_000)], juli(70_000, 2_500), OPGESTELD, OP).soort).toBe('wijziging');
  });

  it('a change splits the running period at the start date and keeps its end and zelfstandig', () => {
    const f = huur(70_000, { geldigTot: '2027-01-01' }, 2_000);
    const a = stemHuurAf([f], juli(73_000), OPGESTELD, OP);
    expect(a).toMatchObject({
      soort: 'wijziging',
      oud: { kaleHuur: 70_000, servicekosten: 2_000 },
      nieuwWaarde: { kaleHuur: 73_000, servicekosten: 2_000, zelfstandig: true },
      vervallen: [f.id],
    });
    if (a.soort !== 'wijziging') throw new Error('geen wijziging');
    expect(a.nieuw).toEqual([
      expect.objectContaining({
        soort: 'huur',
        geldigTot: '2026-07-01',
        bron: 'verhuurder',
        geregistreerdOp: OP,
      }),
      expect.objectContaining({
        soort: 'huur',
        geldigVanaf: '2026-07-01',
        geldigTot: '2027-01-01',
        bron: 'verhuurder',
        waarde: { kaleHuur: 73_000, servicekosten: 2_000, zelfstandig: true },
      }),
    ]);
    expect(a.nieuw[0]).not.toHaveProperty('id');
  });

  it('a period that starts on the start date is replaced, not split; a later period is not touched', () => {
    const eigen = huur(71_000, { geldigVanaf: '2026-07-01', geldigTot: '2026-10-01', bron: 'verhuurder' });
    const later = huur(80_000, { geldigVanaf: '2026-10-01' });
    const a = stemHuurAf(
      [huur(70_000, { geldigTot: '2026-07-01' }), eigen, later],
      juli(72_000),
      OPGESTELD,
      OP,
    );
    if (a.soort !== 'wijziging') throw new Error('geen wijziging');
    expect(a.vervallen).toEqual([eigen.id]);
    expect(a.nieuw).toEqual([
      expect.objectContaining({
        geldigVanaf: '2026-07-01',
        geldigTot: '2026-10-01',
        waarde: expect.objectContaining({ kaleHuur: 72_000 }),
      }),
    ]);
  });

  it('the citizen’s own rent for exactly this date, when it differs, is a contradiction with both values', () => {
    const eigen = huur(72_000, { geldigVanaf: '2026-07-01', geregistreerdOp: '2026-05-01T10:00:00.000Z' });
    expect(
      stemHuurAf([huur(70_000, { geldigTot: '2026-07-01' }), eigen], juli(74_000), OPGESTELD, OP),
    ).toEqual({
      soort: 'afwijking',
      afwijking: {
        burger: { kaleHuur: 72_000, servicekosten: 0, gemeldOp: '2026-05-01T10:00:00.000Z' },
        gemeld: { kaleHuur: 74_000, servicekosten: null },
      },
    });
    // The same amount is no contradiction.
    expect(stemHuurAf([eigen], juli(72_000), OPGESTELD, OP)).toEqual({ soort: 'gelijk' });
  });

  it('a rent the citizen reported after the report was drawn up is newer: a contradiction; before it: a change', () => {
    const na = huur(70_000, { geregistreerdOp: '2026-06-02T10:00:00.000Z' });
    expect(stemHuurAf([na], juli(73_000), OPGESTELD, OP).soort).toBe('afwijking');
    const voor = huur(70_000, { geregistreerdOp: '2026-05-31T10:00:00.000Z' });
    expect(stemHuurAf([voor], juli(73_000), OPGESTELD, OP).soort).toBe('wijziging');
  });

  it('no rent on the start date (none, superseded, or ended before it) is a contradiction', () => {
    const verwacht = {
      soort: 'afwijking',
      afwijking: { burger: null, gemeld: { kaleHuur: 73_000, servicekosten: null } },
    };
    expect(stemHuurAf([], juli(73_000), OPGESTELD, OP)).toEqual(verwacht);
    expect(
      stemHuurAf([huur(70_000, { vervallenOp: '2026-01-01T00:00:00.000Z' })], juli(73_000), OPGESTELD, OP),
    ).toEqual(verwacht);
    expect(stemHuurAf([huur(70_000, { geldigTot: '2026-07-01' })], juli(73_000), OPGESTELD, OP)).toEqual(
      verwacht,
    );
  });
});
