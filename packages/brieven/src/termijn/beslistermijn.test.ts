import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beslistermijn } from './beslistermijn';
import { bezwaartermijn } from './bezwaartermijn';
import { dagnummer, dagnummerVan, uitDagnummer } from './kalender';
import { geenWerkdag } from './termijnenwet';

describe('beslistermijn (Awb 7:10)', () => {
  it('runs six weeks from the day after the objection term, and six more when postponed', () => {
    const laatste = bezwaartermijn('2026-01-15').laatsteDag; // do 2026-02-26
    const t = beslistermijn({ laatsteDagBezwaartermijn: laatste, ontvangenOp: '2026-01-20' });
    expect(t.eersteDag).toBe('2026-02-27');
    expect(t.zonderVerdaging).toBe('2026-04-09');
    expect(t.metVerdaging).toBe('2026-05-21');
    expect(t.laatsteDag).toBe(t.zonderVerdaging);
    expect(
      beslistermijn({ laatsteDagBezwaartermijn: laatste, ontvangenOp: '2026-01-20', verdaagd: true })
        .laatsteDag,
    ).toBe('2026-05-21');
  });
  it('takes twelve weeks with an advisory committee', () => {
    expect(
      beslistermijn({
        laatsteDagBezwaartermijn: '2026-02-26',
        ontvangenOp: '2026-01-20',
        adviescommissie: true,
      }).zonderVerdaging,
    ).toBe('2026-05-21');
  });
  it('adds the days the term was suspended for the grounds (lid 2)', () => {
    const t = beslistermijn({
      laatsteDagBezwaartermijn: '2026-02-26',
      ontvangenOp: '2026-01-20',
      opschorting: { van: '2026-01-21', tot: '2026-02-18' },
    });
    expect(t.opgeschortDagen).toBe(28);
    expect(t.zonderVerdaging).toBe('2026-05-07');
  });
  it('moves an end on a feestdag: six weeks ending on Koningsdag end the next day', () => {
    // Objection term ending on Monday 2026-03-16 → six weeks end Monday 2026-04-27 (Koningsdag).
    const t = beslistermijn({ laatsteDagBezwaartermijn: '2026-03-16', ontvangenOp: '2026-03-01' });
    expect(t.zonderVerdaging).toBe('2026-04-28');
    expect(t.verlengdOmdat).toBe('Koningsdag');
  });
  it('counts from receipt when the objection came in after the term (6:9 lid 2, 6:11)', () => {
    const t = beslistermijn({ laatsteDagBezwaartermijn: '2026-02-26', ontvangenOp: '2026-03-04' });
    expect(t.eersteDag).toBe('2026-03-05');
  });
  it('always ends on a working day, 42–47 days after it starts (84–89 postponed), month ends and leap days included', () => {
    const gezien = { verschoven: 0, opgeschort: 0, laatOntvangen: 0, schrikkeldag: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: dagnummer(2015, 1, 1), max: dagnummer(2099, 6, 1) }),
        fc.integer({ min: 0, max: 60 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 40 }))),
        (brief, naBrief, opschorting) => {
          const bt = bezwaartermijn(uitDagnummer(brief));
          const ontvangen = brief + naBrief;
          const op = opschorting
            ? {
                van: uitDagnummer(brief + opschorting[0]),
                tot: uitDagnummer(brief + opschorting[0] + opschorting[1]),
              }
            : undefined;
          const t = beslistermijn({
            laatsteDagBezwaartermijn: bt.laatsteDag,
            ontvangenOp: uitDagnummer(ontvangen),
            ...(op ? { opschorting: op } : {}),
          });
          const start = dagnummerVan(t.eersteDag);
          expect(start).toBe(Math.max(dagnummerVan(bt.laatsteDag), ontvangen) + 1);
          const zonder = dagnummerVan(t.zonderVerdaging) - start + 1 - t.opgeschortDagen;
          const met = dagnummerVan(t.metVerdaging) - start + 1 - t.opgeschortDagen;
          expect(zonder).toBeGreaterThanOrEqual(42);
          expect(zonder).toBeLessThanOrEqual(47);
          expect(met).toBeGreaterThanOrEqual(84);
          expect(met).toBeLessThanOrEqual(89);
          expect(geenWerkdag(dagnummerVan(t.zonderVerdaging))).toBeUndefined();
          expect(geenWerkdag(dagnummerVan(t.metVerdaging))).toBeUndefined();
          if (t.verlengdOmdat) gezien.verschoven++;
          if (t.opgeschortDagen > 0) gezien.opgeschort++;
          if (ontvangen > dagnummerVan(bt.laatsteDag)) gezien.laatOntvangen++;
          for (let d = start; d <= dagnummerVan(t.metVerdaging); d++)
            if (uitDagnummer(d).endsWith('-02-29')) {
              gezien.schrikkeldag++;
              break;
            }
        },
      ),
      { numRuns: 3000 },
    );
    console.log('beslistermijn: cases', gezien);
    for (const n of Object.values(gezien)) expect(n).toBeGreaterThan(0);
  });
});
