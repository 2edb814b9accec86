/**
 * What a childcare provider's report means against the parent's statement (pure): both sides of
 * every condition — a deregistration applied or contradicted by a newer statement, hours just
 * inside and just outside the thresholds, months not over yet, a contract after the end date.
 */
import type { DossierFeit } from '@regelmaat/dossier-opslag';
import { describe, expect, it } from 'vitest';
import { dagNa, dagVoor, type OpvangMeldingInhoud, stemOpvangAf } from './opvang-afstemming';

const KIND = '111222333';
const OP = '2026-03-16T10:00:00.000Z';
const OPGESTELD = '2026-03-15T09:00:00.000Z';

let volgnummer = 1;
function opvang(urenPerMaand: number, extra: Partial<DossierFeit> = {}, uurprijs = 1000): DossierFeit {
  // Facts hold eurocents (€ 10.00 an hour); the provider's report gives euros.
  return {
    id: volgnummer++,
    soort: 'kinderopvang',
    persoonBsn: KIND,
    waarde: { soort: 'dagopvang', urenPerMaand, uurprijs, geregistreerd: true },
    bron: 'burger',
    geregistreerdOp: '2025-11-01T10:00:00.000Z',
    ...extra,
  } as DossierFeit;
}

const melding = (m: Partial<OpvangMeldingInhoud> = {}): OpvangMeldingInhoud => ({
  kindBsn: KIND,
  jaar: 2026,
  soort: 'dagopvang',
  uren: Array(12).fill(100),
  ...m,
});

describe('stemOpvangAf', () => {
  it('without a statement of the parent there is nothing to compare', () => {
    expect(stemOpvangAf([], melding({ einddatum: '2026-04-30' }), OPGESTELD, OP)).toEqual({ opgave: false });
  });

  it('hours as the parent said: nothing follows', () => {
    expect(stemOpvangAf([opvang(100)], melding({ uurprijs: 10 }), OPGESTELD, OP)).toEqual({ opgave: true });
  });

  it('a deregistration ends the running statement on the end date (copy until the day after)', () => {
    const f = opvang(100);
    const a = stemOpvangAf([f], melding({ einddatum: '2026-04-30' }), OPGESTELD, OP);
    expect(a.afwijking).toBeUndefined();
    expect(a.uitschrijving).toMatchObject({ einddatum: '2026-04-30', vervallen: [f.id] });
    expect(a.uitschrijving!.nieuw).toEqual([
      expect.objectContaining({
        soort: 'kinderopvang',
        geldigTot: '2026-05-01',
        bron: 'aanbieder',
        geregistreerdOp: OP,
      }),
    ]);
  });

  it('a statement already ending on or before the end date, or starting after it, is not touched', () => {
    const eerder = opvang(100, { geldigTot: '2026-04-01' });
    const later = opvang(80, { geldigVanaf: '2026-06-01' });
    const a = stemOpvangAf([eerder, later], melding({ einddatum: '2026-04-30' }), OPGESTELD, OP);
    expect(a.uitschrijving).toBeUndefined();
  });

  it('a deregistration the parent contradicted after the report was drawn up is a difference, not applied', () => {
    const nieuwer = opvang(100, { geregistreerdOp: '2026-03-15T12:00:00.000Z' });
    const a = stemOpvangAf([nieuwer], melding({ einddatum: '2026-04-30' }), OPGESTELD, OP);
    expect(a.uitschrijving).toBeUndefined();
    expect(a.afwijking?.einde).toEqual({
      ouder: null,
      aanbieder: '2026-04-30',
      ouderGemeldOp: nieuwer.geregistreerdOp,
    });
    const metEinde = opvang(100, { geregistreerdOp: '2026-03-15T12:00:00.000Z', geldigTot: '2026-09-01' });
    expect(
      stemOpvangAf([metEinde], melding({ einddatum: '2026-04-30' }), OPGESTELD, OP).afwijking?.einde?.ouder,
    ).toBe('2026-08-31');
  });

  it('hours differ only when by more than 8 hours and more than 10%, in months that are over', () => {
    // January 100 vs 108 (8 h: not more than the minimum); February 100 vs 111 (11 h, 11%: a difference).
    const a = stemOpvangAf(
      [opvang(100)],
      melding({ uren: [108, 111, 50, 50, 0, 0, 0, 0, 0, 0, 0, 0] }),
      OPGESTELD,
      OP,
    );
    // March is the month of the report: not over, not compared.
    expect(a.afwijking?.maanden).toEqual([{ maand: 2, ouder: 10_000, aanbieder: 11_100 }]);
    // 50 h a month: 8 h more (16%) is not more than the minimum; 8.01 h is.
    expect(
      stemOpvangAf([opvang(50)], melding({ uren: Array(12).fill(58) }), OPGESTELD, OP).afwijking,
    ).toBeUndefined();
    expect(
      stemOpvangAf([opvang(50)], melding({ uren: Array(12).fill(58.01) }), OPGESTELD, OP).afwijking?.maanden,
    ).toHaveLength(2);
    // 200 h a month: 19 h more is under 10%, 21 h is over.
    expect(
      stemOpvangAf([opvang(200)], melding({ uren: Array(12).fill(219) }), OPGESTELD, OP).afwijking,
    ).toBeUndefined();
    expect(
      stemOpvangAf([opvang(200)], melding({ uren: Array(12).fill(221) }), OPGESTELD, OP).afwijking?.maanden,
    ).toHaveLength(2);
  });

  it('a rate more than 10% off is a difference; 10% is not', () => {
    expect(stemOpvangAf([opvang(100)], melding({ uurprijs: 11 }), OPGESTELD, OP).afwijking).toBeUndefined();
    expect(
      stemOpvangAf([opvang(100)], melding({ uurprijs: 11.01 }), OPGESTELD, OP).afwijking?.uurprijs,
    ).toEqual({
      ouder: 1_000,
      aanbieder: 1_101,
    });
  });

  it('a report for a later year compares no month of a year not yet over… and a past year compares all', () => {
    const vorig = stemOpvangAf(
      [opvang(100)],
      melding({ jaar: 2025, uren: Array(12).fill(50) }),
      OPGESTELD,
      OP,
    );
    expect(vorig.afwijking?.maanden).toHaveLength(12);
  });

  it('dagNa and dagVoor cross months and leap days', () => {
    expect(dagNa('2026-04-30')).toBe('2026-05-01');
    expect(dagNa('2028-02-28')).toBe('2028-02-29');
    expect(dagVoor('2026-03-01')).toBe('2026-02-28');
    expect(dagVoor('2027-01-01')).toBe('2026-12-31');
  });
});
