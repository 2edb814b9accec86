/** The shared request schemas refuse with a field path, a Dutch reason and a code per problem. */

import { Ongeldig } from '@regelmaat/kernel';
import { describe, expect, it } from 'vitest';
import { MaatwerkVerzoek } from './maatwerk';
import { valideer } from './valideer';
import { MeldWijzigingVerzoek, WijzigingVerzoek } from './wijziging';

const fout = (f: () => unknown): Ongeldig => {
  try {
    f();
  } catch (e) {
    if (e instanceof Ongeldig) return e;
    throw e;
  }
  throw new Error('no Ongeldig thrown');
};

describe('valideer with the shared request schemas', () => {
  it('returns the parsed request when it is valid', () => {
    expect(valideer(WijzigingVerzoek, { soort: 'inkomen', persoon: 'aanvrager', bedrag: 30_000 })).toEqual({
      soort: 'inkomen',
      persoon: 'aanvrager',
      bedrag: 30_000,
    });
  });

  it('names each field with a code: missing, wrong type, below zero, no real date, not a BSN', () => {
    const e = fout(() =>
      valideer(
        MeldWijzigingVerzoek,
        {
          wijziging: { soort: 'partner', vanaf: '2026-02-30', bsn: '123456789', inkomen: -1 },
          bevestig: 'ja',
        },
        '',
      ),
    );
    expect(e.status).toBe(400);
    expect(e.code).toBe('ongeldige-invoer');
    expect(e.velden.map((v) => [v.naam, v.code])).toEqual([
      ['wijziging.vanaf', 'bestaat-niet'],
      ['wijziging.bsn', 'bsn'],
      ['wijziging.geboortedatum', 'verplicht'],
      ['wijziging.inkomen', 'te-klein'],
      ['bevestig', 'verkeerd-type'],
    ]);
    expect(e.velden.find((v) => v.naam === 'wijziging.bsn')?.reden).toBe('is geen geldig BSN (11-proef)');
  });

  it('refuses service costs without the rent when moving (the service would drop them)', () => {
    const e = fout(() =>
      valideer(WijzigingVerzoek, {
        soort: 'verhuizing',
        vanaf: '2026-06-01',
        woonplaats: 'Zwolle',
        servicekosten: 40,
      }),
    );
    expect(e.velden).toEqual([
      { naam: 'kaleHuur', reden: 'is verplicht als u servicekosten opgeeft', code: 'huur-bij-servicekosten' },
    ]);
    expect(
      valideer(WijzigingVerzoek, {
        soort: 'verhuizing',
        vanaf: '2026-06-01',
        woonplaats: 'Zwolle',
        kaleHuur: 700,
        servicekosten: 40,
      }),
    ).toMatchObject({ kaleHuur: 700 });
  });

  it('maatwerk: an empty answer is "verplicht", an unknown ground a "keuze", a standard outcome refused', () => {
    const e = fout(() =>
      valideer(MaatwerkVerzoek, {
        regeling: 'zorgtoeslag',
        jaar: 2026,
        afwijking: { bedrag: 100 },
        grondslag: 'eigen-idee',
        afweging: 'x',
        vragen: { rechtvaardig: 'Ja.', samen: '  ', aanspreekbaar: 'x'.repeat(2001) },
        niveau: 'geval',
        standaardUitkomst: { bedrag: 1 },
      }),
    );
    expect(e.velden.map((v) => [v.naam, v.code])).toEqual([
      ['grondslag', 'keuze'],
      ['vragen.samen', 'verplicht'],
      ['vragen.aanspreekbaar', 'te-lang'],
      ['(invoer)', 'onbekend-veld'],
    ]);
    expect(e.velden.at(-1)?.reden).toMatch(/^standaardUitkomst: stuur geen standaarduitkomst mee/);
  });

  it('names an unknown field in Dutch', () => {
    const e = fout(() =>
      valideer(WijzigingVerzoek, { soort: 'inkomen', persoon: 'aanvrager', bedrag: 1, x: 1 }),
    );
    expect(e.velden).toEqual([{ naam: '(invoer)', reden: 'onbekend veld: x', code: 'onbekend-veld' }]);
  });
});
