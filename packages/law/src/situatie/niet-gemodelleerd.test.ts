import { describe, expect, it } from 'vitest';
import {
  AANGEPASTE_WONING_NIET_GEMODELLEERD,
  WOONLANDFACTOR_KIND_NIET_GEMODELLEERD,
} from './niet-gemodelleerd';
import { parseHuishouden } from './parse-huishouden';

const basis = {
  berekeningsjaar: 2025,
  aanvrager: { geboortedatum: '1980-01-01', toetsingsinkomen: 20000 },
};

describe('input that needs a rule Regelmaat does not model is refused, naming the field', () => {
  it('a home adapted for a handicap in 2025 (Wet op de huurtoeslag art. 13 lid 2)', () => {
    const r = parseHuishouden({ ...basis, huur: [{ kaleHuur: 950, aangepasteWoning: true }] });
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          path: 'huur[0].aangepasteWoning',
          message: AANGEPASTE_WONING_NIET_GEMODELLEERD,
          code: 'niet-gemodelleerd',
        },
      ],
    });
    expect(parseHuishouden({ ...basis, huur: [{ kaleHuur: 950, aangepasteWoning: false }] }).ok).toBe(true);
    // The 2026 text has no such exception: rent above the maximale huurgrens is not subsidised for anyone.
    expect(
      parseHuishouden({ ...basis, berekeningsjaar: 2026, huur: [{ kaleHuur: 950, aangepasteWoning: true }] })
        .ok,
    ).toBe(true);
  });

  it('a child living outside the EU, the EEA and Switzerland (woonlandfactor, Wet op het kindgebonden budget art. 2 lid 12)', () => {
    const r = parseHuishouden({ ...basis, kinderen: [{ geboortedatum: '2015-01-01', woonland: 'MA' }] });
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          path: 'kinderen[0].woonland',
          message: WOONLANDFACTOR_KIND_NIET_GEMODELLEERD,
          code: 'niet-gemodelleerd',
        },
      ],
    });
    // In the EU, the EEA or Switzerland there is no woonlandfactor: computed as usual.
    for (const land of ['NL', 'BE', 'NO', 'CH'])
      expect(
        parseHuishouden({ ...basis, kinderen: [{ geboortedatum: '2015-01-01', woonland: land }] }).ok,
      ).toBe(true);
  });
});
