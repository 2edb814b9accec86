/** What a case says to do, read from its own data: both sides of every branch. */
import type { Zaak } from '@regelmaat/zaken';
import { describe, expect, it } from 'vitest';
import { aanpakVan } from './zaak-aanpak';

const zaak = (z: Partial<Zaak>): Zaak => ({
  id: 1,
  soort: 'uitval-controle',
  huishoudenId: 1,
  runId: null,
  onderwerp: 'Proef',
  redenen: [],
  toelichting: {},
  prioriteit: 3,
  status: 'open',
  team: 'uitval',
  behandelaar: null,
  versie: 1,
  termijn: '2026-03-20',
  regeling: null,
  jaar: null,
  aangemaaktOp: '2026-03-15T10:00:00.000Z',
  afgerondOp: null,
  uitkomst: null,
  ...z,
});

describe('aanpakVan', () => {
  it('gives a call-back its number and preferred time, or says there is none', () => {
    const met = aanpakVan(
      zaak({ soort: 'contactverzoek', toelichting: { telefoon: '06 1234 5678', voorkeur: 'ochtend' } }),
    );
    expect(met.terugbellen).toEqual({ telefoon: '06 1234 5678', voorkeur: 'ochtend' });
    expect(met.stap).toBe('werk.aanpak.stap.contactverzoek');
    expect(
      aanpakVan(zaak({ soort: 'contactverzoek', toelichting: { telefoon: '0612345678' } })).terugbellen,
    ).toEqual({ telefoon: '0612345678' });
    expect(aanpakVan(zaak({ soort: 'contactverzoek', toelichting: {} })).terugbellen).toBeUndefined();
    // Another case type with a phone-like field is no call-back.
    expect(aanpakVan(zaak({ toelichting: { telefoon: '0612345678' } })).terugbellen).toBeUndefined();
  });

  it('lists the exception rules with their amounts and leaves out rows of another shape', () => {
    const a = aanpakVan(
      zaak({
        toelichting: [
          { code: 'HOGE_TERUGVORDERING', toelichting: 'Terugvordering van € 1.600,00', bedrag: 160_000 },
          { code: 'SCHATTING_WIJKT_AF', toelichting: 'Schatting wijkt af' },
          { code: 'LEEG' },
          'tekst',
        ],
      }),
    );
    expect(a.uitleg).toEqual([
      { code: 'HOGE_TERUGVORDERING', toelichting: 'Terugvordering van € 1.600,00', bedrag: 160_000 },
      { code: 'SCHATTING_WIJKT_AF', toelichting: 'Schatting wijkt af' },
    ]);
    expect(aanpakVan(zaak({ toelichting: { partnerclaim: 3 } })).uitleg).toEqual([]);
  });

  it('names both providers of a conflicting report', () => {
    expect(
      aanpakVan(zaak({ soort: 'partner-conflict', toelichting: { houder: 'a', melder: 'b', uren: [1] } }))
        .conflict,
    ).toEqual({ houder: 'a', melder: 'b' });
    expect(
      aanpakVan(zaak({ soort: 'partner-conflict', toelichting: { houder: 'a' } })).conflict,
    ).toBeUndefined();
  });

  it('has a step for every case type, and the general step for one it does not know', () => {
    expect(aanpakVan(zaak({ soort: 'hoorzitting-terugvordering' })).stap).toBe(
      'werk.aanpak.stap.hoorzitting-terugvordering',
    );
    expect(aanpakVan(zaak({ soort: 'nieuw-type' as Zaak['soort'] })).stap).toBe('werk.aanpak.stap.standaard');
  });
});
