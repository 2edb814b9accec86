/** Dossier facts in plain Dutch: the texts case workers read instead of raw JSON. */
import { describe, expect, it } from 'vitest';
import { bronNaam, type Feit, geldigheid, persoonVan, feitTekst as ruw } from './feiten';

/** Amounts use a no-break space after the euro sign; compare with a plain one. */
const feitTekst = (f: Feit) => {
  const r = ruw(f);
  return { label: r.label, waarde: r.waarde.replace(/\u00a0/g, ' ') };
};

/** Facts hold eurocents (migration 025). */
const feit = (soort: Feit['soort'], waarde: object, extra: Partial<Feit> = {}) =>
  ({ soort, waarde, bron: 'burger', geregistreerdOp: '2026-01-01T00:00:00Z', ...extra }) as Feit;

describe('feitTekst', () => {
  it('says each kind of fact in plain Dutch', () => {
    expect(feitTekst(feit('inkomen_schatting', { jaar: 2026, bedrag: 1_200_000 }))).toEqual({
      label: 'Geschat inkomen 2026',
      waarde: '€ 12.000',
    });
    expect(feitTekst(feit('huur', { kaleHuur: 50_000, servicekosten: 0, zelfstandig: true })).waarde).toBe(
      '€ 500 kale huur, € 0 servicekosten',
    );
    expect(feitTekst(feit('persoon', { rol: 'toeslagpartner', geboortedatum: '1985-02-02' })).waarde).toBe(
      'toeslagpartner, geboren 2 februari 1985',
    );
    expect(
      feitTekst(
        feit('kinderopvang', { soort: 'dagopvang', urenPerMaand: 120, uurprijs: 1025, geregistreerd: true }),
      ).waarde,
    ).toBe('dagopvang, 120 uur per maand, € 10,25 per uur');
    expect(feitTekst(feit('zorgverzekering', { status: 'geen', woonland: 'NL' })).waarde).toBe(
      'niet verzekerd',
    );
    expect(
      feitTekst(feit('opvanguren_aanbieder', { jaar: 2026, soort: 'dagopvang', uren: [100, 100, 0] })).waarde,
    ).toBe('dagopvang, 200 uur in 2 maanden');
  });

  it('never shows JSON for a known kind', () => {
    const alle: Feit[] = [
      feit('vermogen', { jaar: 2026, bedrag: 100_000 }),
      feit('verblijf', { rechtmatig: false }),
      feit('arbeid', { arbeidseis: true }),
      feit('adres', { woonplaats: 'Utrecht' }),
      feit('inkomen_definitief', { jaar: 2025, bedrag: 3_000_050 }),
      feit('vorig_inkomen', { jaar: 2025, bedrag: 100 }),
    ];
    for (const f of alle) expect(feitTekst(f).waarde).not.toMatch(/[{}"]/);
    expect(feitTekst(alle[4]!).waarde).toBe('€ 30.000,50');
  });
});

describe('geldigheid, bron and persoon', () => {
  it('reads like a sentence part', () => {
    expect(geldigheid({ geldigVanaf: '2026-07-01' })).toBe('vanaf 1 juli 2026');
    expect(geldigheid({ geldigTot: '2026-07-01' })).toBe('tot 1 juli 2026');
    expect(geldigheid({ geldigVanaf: '2026-01-01', geldigTot: '2026-07-01' })).toBe(
      'van 1 januari 2026 tot 1 juli 2026',
    );
    expect(geldigheid({})).toBe('hele periode');
    expect(bronNaam('brp')).toBe('BRP');
    expect(bronNaam('nieuwe-bron')).toBe('nieuwe-bron');
    const personen = [
      { bsn: '1', rol: 'aanvrager', geboortedatum: '1960-05-10' },
      { bsn: '2', rol: 'kind', geboortedatum: '2019-05-03' },
    ];
    expect(persoonVan('1', personen)).toBe('Aanvrager');
    expect(persoonVan('2', personen)).toBe('Kind (geboren 3 mei 2019)');
    expect(persoonVan(undefined, personen)).toBe('Huishouden');
  });
});
