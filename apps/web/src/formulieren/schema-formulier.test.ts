/**
 * The forms are validated by the API's own request schemas: what a form accepts, the API accepts,
 * and every refusal is a Dutch message that names its field.
 */
import { MaatwerkVerzoek, WijzigingVerzoek } from '@regelmaat/diensten';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leesWijziging, VELDEN, velden, WIJZIGING_SOORTEN } from '../portaal/wijziging-invoer';
import { leesMaatwerk, maatwerkVelden } from '../werkplek/maatwerk-invoer';

describe('the change form with the shared WijzigingVerzoek', () => {
  it('says in B1 which field is wrong for the rules of the shared schema', () => {
    expect(
      leesWijziging('verhuizing', { vanaf: '1-6-2026', woonplaats: 'Zwolle', servicekosten: '40' }),
    ).toEqual({
      ok: false,
      fouten: [{ veld: 'kaleHuur', melding: 'Vul ook de kale huur in.' }],
    });
    expect(leesWijziging('inkomen', { persoon: 'aanvrager', bedrag: '20.000.000' })).toEqual({
      ok: false,
      fouten: [
        { veld: 'bedrag', melding: 'Uw nieuwe inkomen is te hoog. Kijk of u het goed heeft ingevuld.' },
      ],
    });
    expect(leesWijziging('kinderopvang', { kind: '0', vanaf: '1-4-2026', uren: '301' })).toEqual({
      ok: false,
      fouten: [
        { veld: 'kind', melding: 'Kies het kind.' },
        { veld: 'uren', melding: 'Vul de uren kinderopvang per maand in als aantal uren, zoals 96.' },
      ],
    });
  });

  it('gives one message per field, even when the schema finds two problems in it', () => {
    const r = leesWijziging('partner', {
      vanaf: '1-1-2026',
      bsn: '12',
      geboortedatum: '1-1-1990',
      inkomen: '0',
    });
    expect(r).toEqual({
      ok: false,
      fouten: [
        {
          veld: 'bsn',
          melding:
            'Het BSN van uw toeslagpartner klopt niet. Een BSN heeft 9 cijfers. Kijk of u het goed heeft overgenomen.',
        },
      ],
    });
  });

  it('accepts only what the API accepts (property)', () => {
    const bedrag = fc.constantFrom('', '0', '712,50', '-5', '20.000.000', 'veel');
    const datum = fc.constantFrom('', '1-5-2026', '2026-06-01', '31-02-2026', 'morgen');
    const body = fc.record({
      persoon: fc.constantFrom('', 'aanvrager', 'toeslagpartner', 'buurman'),
      bedrag,
      kaleHuur: bedrag,
      servicekosten: bedrag,
      uurprijs: bedrag,
      inkomen: bedrag,
      vanaf: datum,
      geboortedatum: datum,
      woonplaats: fc.constantFrom('', 'Zwolle'),
      kind: fc.constantFrom('', '1', '0', 'a'),
      uren: fc.constantFrom('', '80', '301', 'x'),
      bsn: fc.constantFrom('', '111 222 333', '12'),
      extra: fc.string({ maxLength: 8 }),
    });
    let aanvaard = 0;
    let geweigerd = 0;
    fc.assert(
      fc.property(fc.constantFrom(...WIJZIGING_SOORTEN), body, (soort, body) => {
        const r = leesWijziging(soort, velden(soort, body));
        if (r.ok) {
          aanvaard++;
          expect(WijzigingVerzoek.safeParse(r.wijziging).success).toBe(true);
        } else {
          geweigerd++;
          for (const f of r.fouten) {
            expect(VELDEN[soort]).toContain(f.veld);
            expect(f.melding).not.toMatch(/^(moet|is |kan )/);
          }
        }
      }),
      { numRuns: 400 },
    );
    console.log(`change form property: ${aanvaard} accepted, ${geweigerd} refused`);
    expect(aanvaard).toBeGreaterThan(0);
    expect(geweigerd).toBeGreaterThan(0);
  });
});

describe('the maatwerk form with the shared MaatwerkVerzoek', () => {
  const goed = {
    regeling: 'zorgtoeslag',
    jaar: '2026',
    afwijking: '100',
    grondslag: 'awir-13b',
    afweging: 'Onevenredig.',
    rechtvaardig: 'Ja.',
    samen: 'Besproken.',
    aanspreekbaar: 'Vastgelegd.',
    niveau: 'geval',
  };

  it('names the field of a too long answer and of a year the API does not accept', () => {
    const r = leesMaatwerk(7, maatwerkVelden({ ...goed, jaar: '2031', samen: 'x'.repeat(2001) }));
    expect(r).toEqual({
      ok: false,
      fouten: [
        { veld: 'jaar', melding: 'Geen geldig jaar.' },
        { veld: 'samen', melding: 'De tekst bij Doen we het samen? is te lang.' },
      ],
    });
  });

  it('what the form accepts, the API schema accepts', () => {
    const r = leesMaatwerk(7, maatwerkVelden(goed));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { zaakId, ...body } = r.vraag;
    expect(zaakId).toBe(7);
    expect(MaatwerkVerzoek.safeParse(body).success).toBe(true);
  });
});
