import { describe, expect, it } from 'vitest';
import { nietOntvankelijkGrond } from './bezwaar-ontvankelijkheid';
import type { Bezwaar } from './bezwaar-typen';

const tijdig = {
  tijdig: true,
  verschoonbaar: null,
  gronden: 'Mijn inkomen is lager.',
  hersteltermijn: null,
  grondenOntvangenOp: null,
} as unknown as Bezwaar;
const proForma = { ...tijdig, gronden: null, hersteltermijn: '2026-04-02' } as Bezwaar;

describe('nietOntvankelijkGrond', () => {
  it('late: only once judged not excusable (Awb 6:11)', () => {
    expect(nietOntvankelijkGrond({ ...tijdig, tijdig: false }, '2026-05-01')).toBeUndefined();
    expect(
      nietOntvankelijkGrond({ ...tijdig, tijdig: false, verschoonbaar: true }, '2026-05-01'),
    ).toBeUndefined();
    expect(nietOntvankelijkGrond({ ...tijdig, tijdig: false, verschoonbaar: false }, '2026-05-01')).toBe(
      'te-laat',
    );
  });
  it('pro forma: only after the hersteltermijn, when the grounds never came or came after it (Awb 6:6)', () => {
    expect(nietOntvankelijkGrond(proForma, '2026-04-02')).toBeUndefined();
    expect(nietOntvankelijkGrond(proForma, '2026-04-03')).toBe('gronden-ontbreken');
    const opTijd = { ...proForma, gronden: 'x', grondenOntvangenOp: '2026-04-02' };
    expect(nietOntvankelijkGrond(opTijd, '2026-05-01')).toBeUndefined();
    const teLaat = { ...proForma, gronden: 'x', grondenOntvangenOp: '2026-04-03' };
    expect(nietOntvankelijkGrond(teLaat, '2026-05-01')).toBe('gronden-ontbreken');
  });
  it('a timely objection with grounds has none', () => {
    expect(nietOntvankelijkGrond(tijdig, '2099-01-01')).toBeUndefined();
  });
});
