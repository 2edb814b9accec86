/** Reading the maatwerk form: euros to eurocents, every missing answer named with its field. */
import { describe, expect, it } from 'vitest';
import { leesMaatwerk, maatwerkVelden } from './maatwerk-invoer';

const goed = {
  regeling: 'zorgtoeslag',
  jaar: '2026',
  afwijking: '2.034,50',
  grondslag: 'awir-13b',
  afweging: 'Onevenredig.',
  rechtvaardig: 'Ja.',
  samen: 'Besproken.',
  aanspreekbaar: 'Vastgelegd.',
  niveau: 'geval',
};

describe('leesMaatwerk', () => {
  it('turns the form into the service request with eurocents', () => {
    const r = leesMaatwerk(7, maatwerkVelden(goed));
    expect(r).toEqual({
      ok: true,
      vraag: {
        zaakId: 7,
        regeling: 'zorgtoeslag',
        jaar: 2026,
        afwijking: { bedrag: 203_450 },
        grondslag: 'awir-13b',
        afweging: 'Onevenredig.',
        vragen: { rechtvaardig: 'Ja.', samen: 'Besproken.', aanspreekbaar: 'Vastgelegd.' },
        niveau: 'geval',
      },
    });
  });

  it('never reads a standard outcome from the form: a forged field is ignored', () => {
    const r = leesMaatwerk(7, maatwerkVelden({ ...goed, standaard: '2.034,50', omschrijving: 'vals' }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.vraag).not.toHaveProperty('standaardUitkomst');
  });

  it('names every missing or wrong field, the three questions included', () => {
    const r = leesMaatwerk(
      7,
      maatwerkVelden({ ...goed, afwijking: '-5', grondslag: 'eigen-idee', samen: ' ', aanspreekbaar: '' }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.fouten.map((f) => f.veld)).toEqual(['afwijking', 'grondslag', 'samen', 'aanspreekbaar']);
  });
});
