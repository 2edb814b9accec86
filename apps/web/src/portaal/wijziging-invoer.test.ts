/** Reading the change form: Dutch input to the service's Wijziging, B1 errors per field. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesWijziging, VELDEN, velden, veldVanDienst, WIJZIGING_SOORTEN } from './wijziging-invoer';

describe('leesWijziging', () => {
  it('reads an income estimate in Dutch notation', () => {
    expect(leesWijziging('inkomen', { persoon: 'aanvrager', bedrag: '45.000' })).toEqual({
      ok: true,
      wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 45_000 },
    });
  });

  it('reads rent with cents and a Dutch date; servicekosten default to 0', () => {
    expect(leesWijziging('huur', { vanaf: '1-5-2026', kaleHuur: '712,50', servicekosten: '' })).toEqual({
      ok: true,
      wijziging: { soort: 'huur', vanaf: '2026-05-01', kaleHuur: 712.5, servicekosten: 0 },
    });
  });

  it('reads moving without rent, and childcare with a 1-based child number', () => {
    expect(leesWijziging('verhuizing', { vanaf: '01-06-2026', woonplaats: 'Zwolle' })).toEqual({
      ok: true,
      wijziging: { soort: 'verhuizing', vanaf: '2026-06-01', woonplaats: 'Zwolle' },
    });
    expect(
      leesWijziging('kinderopvang', { kind: '1', vanaf: '01-04-2026', uren: '80', uurprijs: '' }),
    ).toEqual({
      ok: true,
      wijziging: { soort: 'kinderopvang', kind: 0, vanaf: '2026-04-01', urenPerMaand: 80 },
    });
  });

  it('names every wrong field with a B1 message', () => {
    const r = leesWijziging('partner', {
      vanaf: '31-02-2026',
      bsn: '123456789',
      geboortedatum: '',
      inkomen: 'veel',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten.map((f) => [f.veld, f.melding])).toEqual([
      ['vanaf', 'Vul de datum vanaf wanneer u samenwoont in, zoals 20-01-1996.'],
      [
        'bsn',
        'Het BSN van uw toeslagpartner klopt niet. Een BSN heeft 9 cijfers. Kijk of u het goed heeft overgenomen.',
      ],
      ['geboortedatum', 'Vul de geboortedatum van uw toeslagpartner in.'],
      ['inkomen', 'Vul het inkomen van uw toeslagpartner in als bedrag in euro, zoals 24500 of 640,50.'],
    ]);
    expect(leesWijziging('inkomen', { persoon: 'buurman', bedrag: '-5' })).toMatchObject({
      ok: false,
      fouten: [
        { veld: 'persoon', melding: 'Kies een antwoord bij de vraag: Van wie is het inkomen anders?' },
        { veld: 'bedrag', melding: 'Uw nieuwe inkomen mag niet onder nul zijn.' },
      ],
    });
  });

  it('never gives two fields of one form the same message', () => {
    for (const soort of WIJZIGING_SOORTEN) {
      const leeg = Object.fromEntries(VELDEN[soort].map((v) => [v, '']));
      const r = leesWijziging(soort, leeg);
      if (r.ok) continue;
      expect(new Set(r.fouten.map((f) => f.melding)).size, soort).toBe(r.fouten.length);
      for (const f of r.fouten) expect(f.melding, `${soort}.${f.veld}`).not.toMatch(/dit veld/i);
    }
  });

  it('maps service field names back to this form only', () => {
    expect(veldVanDienst('huur', 'wijziging.vanaf')).toBe('vanaf');
    expect(veldVanDienst('kinderopvang', 'wijziging.urenPerMaand')).toBe('uren');
    expect(veldVanDienst('inkomen', 'wijziging.vanaf')).toBeUndefined();
    expect(veldVanDienst('partner', 'wijziging')).toBeUndefined();
  });

  it('never throws, and keeps only the fields of the form (property)', () => {
    const soort = fc.constantFrom(...WIJZIGING_SOORTEN);
    fc.assert(
      fc.property(
        soort,
        fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 30 })),
        (s, body) => {
          const v = velden(s, body);
          expect(Object.keys(v)).toEqual([...VELDEN[s]]);
          const r = leesWijziging(s, v);
          if (r.ok) expect(r.wijziging.soort).toBe(s);
          else expect(r.fouten.every((f) => f.veld && VELDEN[s].includes(f.veld))).toBe(true);
        },
      ),
    );
  });
});
