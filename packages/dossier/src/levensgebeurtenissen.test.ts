import { eurocent } from '@regelmaat/kernel';
import { laadWetgeving, wetgeving } from '@regelmaat/law';
import { describe, expect, it } from 'vitest';
import type { Feit } from './feit';
import { plusMaanden, venster, verjaardag, vindLevensgebeurtenissen } from './levensgebeurtenissen';

const OP = '2026-01-01T00:00:00.000Z';
const persoon = (
  bsn: string,
  rol: 'aanvrager' | 'toeslagpartner' | 'kind' | 'medebewoner',
  geboortedatum: string,
  extra: Partial<Feit> = {},
): Feit => ({
  soort: 'persoon',
  persoonBsn: bsn,
  waarde: { rol, geboortedatum },
  bron: 'brp',
  geregistreerdOp: OP,
  ...extra,
});
const dagopvang = (bsn: string, extra: Partial<Feit> = {}): Feit => ({
  soort: 'kinderopvang',
  persoonBsn: bsn,
  waarde: { soort: 'dagopvang', urenPerMaand: 100, uurprijs: eurocent(1000), geregistreerd: true },
  bron: 'burger',
  geregistreerdOp: OP,
  ...extra,
});

describe('life events one to two months ahead', () => {
  it('adds months and keeps the day, or the last day of a shorter month', () => {
    expect(plusMaanden('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMaanden('2026-11-15', 2)).toBe('2027-01-15');
    expect(venster('2026-03-10')).toEqual({ van: '2026-04-10', tot: '2026-05-10' });
  });

  it('counts a birthday on 29 February as 1 March in a year without it', () => {
    expect(verjaardag('2020-02-29', 4)).toBe('2024-02-29');
    expect(verjaardag('2020-02-29', 6)).toBe('2026-03-01');
  });

  it('finds a child turning 4 in dagopvang, an AOW birthday, a partner moving out and a rent that ends', () => {
    const feiten: Feit[] = [
      persoon('111222333', 'aanvrager', '1959-05-02'),
      persoon('123456782', 'toeslagpartner', '1990-01-01', { geldigTot: '2026-05-20' }),
      persoon('999990019', 'kind', '2022-04-15'),
      dagopvang('999990019'),
      persoon('999990020', 'kind', '2014-06-30'), // turns 12 after the window
      {
        soort: 'huur',
        waarde: { kaleHuur: eurocent(70000), servicekosten: eurocent(0), zelfstandig: true },
        bron: 'burger',
        geregistreerdOp: OP,
        geldigTot: '2026-04-30',
      },
    ];
    const g = vindLevensgebeurtenissen(feiten, '2026-03-10', wetgeving());
    expect(g).toEqual([
      { soort: 'kind-4', datum: '2026-04-15', persoonBsn: '999990019', opvang: 'dagopvang' },
      { soort: 'huur-einde', datum: '2026-04-30' },
      { soort: 'aow', datum: '2026-05-02', persoonBsn: '111222333' },
    ]);
    // Later the window has moved on: the birthday on 15 April is behind it, the move-out on 20 May in it.
    expect(vindLevensgebeurtenissen(feiten, '2026-03-21', wetgeving()).map((x) => x.soort)).toEqual([
      'huur-einde',
      'aow',
      'partner-uit',
    ]);
  });

  it('takes the ages from the law: another school age finds another birthday', () => {
    const w = wetgeving();
    const anders = laadWetgeving({
      algemeen: w.teksten.algemeen!.replace('{ value: 4, source: "WPO', '{ value: 5, source: "WPO'),
    });
    const feiten = [
      persoon('111222333', 'aanvrager', '1980-01-01'),
      persoon('999990019', 'kind', '2021-04-15'),
    ];
    expect(vindLevensgebeurtenissen(feiten, '2026-03-10', w)).toEqual([]);
    expect(vindLevensgebeurtenissen(feiten, '2026-03-10', anders)).toEqual([
      { soort: 'kind-4', datum: '2026-04-15', persoonBsn: '999990019' },
    ]);
  });

  it('does not call a changed childcare contract an end, and ignores superseded facts', () => {
    const feiten: Feit[] = [
      persoon('111222333', 'aanvrager', '1980-01-01'),
      persoon('999990019', 'kind', '2018-01-01'),
      dagopvang('999990019', { geldigTot: '2026-04-20' }),
      dagopvang('999990019', { geldigVanaf: '2026-04-20' }),
      dagopvang('999990019', { geldigTot: '2026-04-25', vervallenOp: OP }),
    ];
    expect(vindLevensgebeurtenissen(feiten, '2026-03-10', wetgeving())).toEqual([]);
    const einde = feiten.slice(0, 3);
    expect(vindLevensgebeurtenissen(einde, '2026-03-10', wetgeving())).toEqual([
      { soort: 'opvang-einde', datum: '2026-04-20', persoonBsn: '999990019', opvang: 'dagopvang' },
    ]);
  });
});
