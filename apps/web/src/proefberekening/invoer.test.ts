/** Reading the proefberekening form: a valid form becomes the household the law expects; errors name their field. */
import { describe, expect, it } from 'vitest';
import { LEEG_FORMULIER, leesFormulier, metKinderen, naarHuishouden, veldVoorPad } from './invoer';

const geldig = {
  jaar: '2025',
  geboortedatum: '20-01-1996',
  inkomen: '24.500',
  partner: 'nee',
  kaleHuur: '640',
  servicekosten: '35',
  aantalKinderen: '0',
};

describe('naarHuishouden', () => {
  it('turns a filled form into the household of the CLI example (alleenstaande 2025)', () => {
    const r = naarHuishouden(leesFormulier(geldig).formulier);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.huishouden.berekeningsjaar).toBe(2025);
    expect(r.huishouden.aanvrager.geboortedatum).toBe('1996-01-20');
    expect(r.huishouden.aanvrager.toetsingsinkomen).toBe(24500);
    expect(r.huishouden.huur).toEqual([expect.objectContaining({ kaleHuur: 640, servicekosten: 35 })]);
    expect(r.huishouden.toeslagpartner).toBeUndefined();
  });

  it('adds partner, children and childcare', () => {
    const { formulier } = leesFormulier({
      ...geldig,
      jaar: '2026',
      partner: 'ja',
      partnerGeboortedatum: '30-09-1990',
      partnerInkomen: '17500',
      aantalKinderen: '2',
      kind0Geboortedatum: '20-02-2014',
      kind0Opvang: 'geen',
      kind1Geboortedatum: '02-11-2023',
      kind1Opvang: 'dagopvang',
      kind1Uren: '96',
      kind1Uurprijs: '11,60',
    });
    const r = naarHuishouden(formulier);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.huishouden.toeslagpartner?.toetsingsinkomen).toBe(17500);
    expect(r.huishouden.kinderen.map((k) => k.geboortedatum)).toEqual(['2014-02-20', '2023-11-02']);
    expect(r.huishouden.kinderopvang).toEqual([
      expect.objectContaining({ kind: 1, soort: 'dagopvang', urenPerMaand: 96, uurprijs: 11.6 }),
    ]);
  });

  it('names every field that is wrong, in form order', () => {
    const { formulier } = leesFormulier({
      jaar: '2024',
      geboortedatum: '31-02-1990',
      inkomen: 'veel',
      partner: 'ja',
      aantalKinderen: '1',
      kind0Geboortedatum: '',
      kind0Opvang: 'dagopvang',
      kind0Uren: '40',
    });
    const r = naarHuishouden(formulier);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten.map((f) => f.veld)).toEqual([
      'jaar',
      'geboortedatum',
      'inkomen',
      'partnerGeboortedatum',
      'partnerInkomen',
      'kind0Geboortedatum',
      'kind0Uurprijs',
    ]);
    expect(r.fouten[1]!.melding).toMatch(/datum/);
  });

  it('does not accept a birth date after the year of the calculation', () => {
    const r = naarHuishouden(leesFormulier({ ...geldig, geboortedatum: '01-01-2026' }).formulier);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.fouten).toEqual([{ veld: 'geboortedatum', melding: expect.stringMatching(/na het jaar/) }]);
  });

  it('ignores partner fields when there is no partner', () => {
    const r = naarHuishouden(leesFormulier({ ...geldig, partnerGeboortedatum: 'onzin' }).formulier);
    expect(r.ok).toBe(true);
  });
});

describe('form helpers', () => {
  it('reads the button that was pressed and caps the number of children', () => {
    expect(leesFormulier({ actie: 'kind-toevoegen' }).actie).toBe('kind-toevoegen');
    expect(leesFormulier({ actie: 'iets' }).actie).toBe('berekenen');
    expect(leesFormulier({ aantalKinderen: '999' }).formulier.kinderen).toHaveLength(10);
    expect(metKinderen(LEEG_FORMULIER, 2).kinderen).toHaveLength(2);
    expect(metKinderen(metKinderen(LEEG_FORMULIER, 2), 1).kinderen).toHaveLength(1);
  });

  it('maps the law input paths back to form fields', () => {
    expect(veldVoorPad('aanvrager.toetsingsinkomen', [])).toBe('inkomen');
    expect(veldVoorPad('kinderen[3].geboortedatum', [])).toBe('kind3Geboortedatum');
    expect(veldVoorPad('kinderopvang[0].uurprijs', [2])).toBe('kind2Uurprijs');
    expect(veldVoorPad('medebewoners[0]', [])).toBeUndefined();
  });
});
