import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bezwaartermijn } from './bezwaartermijn';
import { dagnummer, dagnummerVan, uitDagnummer } from './kalender';
import { POST_NALOOP_DAGEN, tijdigheid } from './tijdig';

describe('tijdigheid (Awb 6:9)', () => {
  const laatsteDag = bezwaartermijn('2026-01-15').laatsteDag; // 2026-02-26
  it('takes an objection received on the last day', () => {
    expect(tijdigheid({ laatsteDag, ontvangenOp: '2026-02-26' })).toEqual({
      tijdig: true,
      grond: 'ontvangen-binnen-termijn',
    });
  });
  it('takes a letter posted on the last day and received within a week after it (lid 2)', () => {
    expect(tijdigheid({ laatsteDag, ontvangenOp: '2026-03-05', gepostOp: '2026-02-26' }).tijdig).toBe(true);
    expect(tijdigheid({ laatsteDag, ontvangenOp: '2026-03-06', gepostOp: '2026-02-26' })).toEqual({
      tijdig: false,
      dagenTeLaat: 8,
      grond: 'gepost-maar-te-laat-ontvangen',
    });
  });
  it('calls a late one late, without refusing it (6:11 is for a person to judge)', () => {
    expect(tijdigheid({ laatsteDag, ontvangenOp: '2026-02-27' })).toEqual({
      tijdig: false,
      dagenTeLaat: 1,
      grond: 'te-laat-ontvangen',
    });
    expect(tijdigheid({ laatsteDag, ontvangenOp: '2026-02-28', gepostOp: '2026-02-27' }).grond).toBe(
      'te-laat-gepost',
    );
  });
  it('agrees with the rule for every letter date, receipt and postmark', () => {
    const gezien = { binnen: 0, gepost: 0, laat: 0, gepostLaat: 0, laatGepost: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: dagnummer(2015, 1, 1), max: dagnummer(2099, 10, 1) }),
        fc.integer({ min: 0, max: 70 }),
        fc.option(fc.integer({ min: 0, max: 20 })),
        (brief, naBrief, postVoorOntvangst) => {
          const t = bezwaartermijn(uitDagnummer(brief));
          const ontvangen = brief + naBrief;
          const gepost = postVoorOntvangst === null ? undefined : ontvangen - postVoorOntvangst;
          const r = tijdigheid({
            laatsteDag: t.laatsteDag,
            ontvangenOp: uitDagnummer(ontvangen),
            ...(gepost !== undefined ? { gepostOp: uitDagnummer(gepost) } : {}),
          });
          const eind = dagnummerVan(t.laatsteDag);
          const verwacht =
            ontvangen <= eind ||
            (gepost !== undefined && gepost <= eind && ontvangen <= eind + POST_NALOOP_DAGEN);
          expect(r.tijdig).toBe(verwacht);
          if (r.grond === 'ontvangen-binnen-termijn') gezien.binnen++;
          if (r.grond === 'op-tijd-gepost') gezien.gepost++;
          if (r.grond === 'te-laat-ontvangen') gezien.laat++;
          if (r.grond === 'gepost-maar-te-laat-ontvangen') gezien.gepostLaat++;
          if (r.grond === 'te-laat-gepost') gezien.laatGepost++;
        },
      ),
      { numRuns: 4000 },
    );
    console.log('tijdigheid: cases per ground', gezien);
    for (const n of Object.values(gezien)) expect(n).toBeGreaterThan(0);
  });
});
