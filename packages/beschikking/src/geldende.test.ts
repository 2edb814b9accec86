import { eurocent } from '@regelmaat/kernel';
import { describe, expect, it } from 'vitest';
import type { BeschikkingVersie } from './beschikking-versie';
import { geldende } from './geldende';

function versie(
  id: number,
  regeling: BeschikkingVersie['regeling'],
  jaar: number,
  soort: BeschikkingVersie['soort'],
) {
  return {
    id,
    huishoudenId: 1,
    regeling,
    jaar,
    soort,
    status: 'vastgesteld',
    jaarbedrag: eurocent(id * 100),
    maandbedragen: [],
    aanleiding: 'run',
    invoerHash: 'h',
    engineVersie: 'e',
    parameterVersie: 'p',
    bekendOp: '2025-12-01T00:00:00.000Z',
    aangemaaktOp: '2025-12-01T00:00:00.000Z',
  } satisfies BeschikkingVersie;
}

describe('the decision in force (geldende)', () => {
  it('is the newest version per toeslag of the asked year and kind, in any order', () => {
    const lijst = [
      versie(3, 'zorgtoeslag', 2026, 'voorschot'),
      versie(7, 'zorgtoeslag', 2026, 'voorschot'),
      versie(5, 'zorgtoeslag', 2026, 'voorschot'),
      versie(9, 'zorgtoeslag', 2026, 'definitief'),
      versie(11, 'zorgtoeslag', 2025, 'voorschot'),
      versie(4, 'huurtoeslag', 2026, 'voorschot'),
    ];
    const g = geldende(lijst, 2026, 'voorschot');
    expect([...g.keys()].sort()).toEqual(['huurtoeslag', 'zorgtoeslag']);
    expect(g.get('zorgtoeslag')!.id).toBe(7);
    expect(g.get('huurtoeslag')!.id).toBe(4);
    expect(geldende(lijst, 2026, 'definitief').get('zorgtoeslag')!.id).toBe(9);
    expect(geldende(lijst, 2024, 'voorschot').size).toBe(0);
  });
});
