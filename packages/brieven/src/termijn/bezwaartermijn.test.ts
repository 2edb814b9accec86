import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bezwaartermijn } from './bezwaartermijn';
import { feestdagen } from './feestdagen';
import { dagnummer, dagnummerVan, uitDagnummer, weekdag } from './kalender';

describe('bezwaartermijn (Awb 6:7, Awir 35, Algemene termijnenwet)', () => {
  it('starts the day after the letter date and ends six weeks later on the same weekday', () => {
    expect(bezwaartermijn('2026-01-15')).toEqual({
      eersteDag: '2026-01-16',
      zesWekenNaBriefdatum: '2026-02-26',
      laatsteDag: '2026-02-26',
    });
  });
  it('moves a Saturday end to the Monday', () => {
    const t = bezwaartermijn('2026-01-17');
    expect(t.laatsteDag).toBe('2026-03-02');
    expect(t.verlengdOmdat).toBe('zaterdag, zondag');
  });
  it('skips Goede Vrijdag, the weekend and tweede Paasdag', () => {
    const t = bezwaartermijn('2026-02-20');
    expect(t.zesWekenNaBriefdatum).toBe('2026-04-03');
    expect(t.laatsteDag).toBe('2026-04-07');
    expect(t.verlengdOmdat).toBe('Goede Vrijdag, zaterdag, zondag, tweede Paasdag');
  });
  it('skips Koningsdag, 5 mei and Christmas, also into the next year', () => {
    expect(bezwaartermijn('2026-03-16').laatsteDag).toBe('2026-04-28');
    expect(bezwaartermijn('2026-03-24').laatsteDag).toBe('2026-05-06');
    expect(bezwaartermijn('2026-11-13').laatsteDag).toBe('2026-12-28');
    expect(bezwaartermijn('2026-11-20').laatsteDag).toBe('2027-01-04');
  });
  it('always ends on a working day at most five days after six weeks (Easter 2038 runs into Koningsdag)', () => {
    // The edges the issue names, counted so a generator that never reaches them shows.
    const gezien = { feestdag: 0, weekend: 0, maandeinde: 0, jaareinde: 0, schrikkeldag: 0 };
    fc.assert(
      fc.property(fc.integer({ min: dagnummer(2015, 1, 1), max: dagnummer(2099, 12, 31) }), (n) => {
        const brief = uitDagnummer(n);
        const t = bezwaartermijn(brief);
        const eind = dagnummerVan(t.laatsteDag);
        const zes = dagnummerVan(t.zesWekenNaBriefdatum);
        const redenen = t.verlengdOmdat?.split(', ') ?? [];
        if (redenen.some((r) => r !== 'zaterdag' && r !== 'zondag')) gezien.feestdag++;
        else if (redenen.length > 0) gezien.weekend++;
        if (uitDagnummer(n + 1).slice(5, 7) !== brief.slice(5, 7)) gezien.maandeinde++;
        if (brief.slice(0, 4) !== t.laatsteDag.slice(0, 4)) gezien.jaareinde++;
        for (let d = n + 1; d <= eind; d++) if (uitDagnummer(d).endsWith('-02-29')) gezien.schrikkeldag++;
        expect(zes - n).toBe(42);
        expect(eind - zes).toBeGreaterThanOrEqual(0);
        expect(eind - zes).toBeLessThanOrEqual(5);
        expect([0, 6]).not.toContain(weekdag(eind));
        const jaar = Number(t.laatsteDag.slice(0, 4));
        expect(feestdagen(jaar).map((f) => f.dag)).not.toContain(eind);
        if (eind === zes) expect(t.verlengdOmdat).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
    console.log('bezwaartermijn: cases', gezien);
    for (const [rand, aantal] of Object.entries(gezien)) expect(aantal, rand).toBeGreaterThan(0);
  });
  it('refuses a letter date that is not a date', () => {
    expect(() => bezwaartermijn('15-01-2026')).toThrow('"15-01-2026" is geen geldige datum (JJJJ-MM-DD)');
  });
});
