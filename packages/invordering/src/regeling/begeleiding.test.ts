import { describe, expect, it } from 'vitest';
import { BEGELEIDING, begeleidingRedenen, contactmomenten } from './begeleiding';

describe('personal guidance: criteria', () => {
  const geen = { open: 0, regelingMetRest: false, regelingAchter: false };
  it('a recovery of the threshold or more gets a guide; one cent less does not', () => {
    expect(begeleidingRedenen({ ...geen, open: BEGELEIDING.hogeTerugvordering })).toEqual([
      'hoge-terugvordering',
    ]);
    expect(begeleidingRedenen({ ...geen, open: BEGELEIDING.hogeTerugvordering - 1 })).toEqual([]);
  });
  it('hardship signals from the plan count on their own', () => {
    expect(begeleidingRedenen({ ...geen, regelingMetRest: true })).toEqual(['regeling-met-rest']);
    expect(begeleidingRedenen({ ...geen, regelingAchter: true })).toEqual(['signaal']);
  });
  it('the threshold is marked as needing confirmation and cites its source', () => {
    expect(BEGELEIDING.teBevestigen).toBe(true);
    expect(BEGELEIDING.bron).toContain('26b');
  });
});

describe('personal guidance: contact moments over two to three months', () => {
  it('a first call within a week, then monthly up to three months', () => {
    expect(contactmomenten('2026-03-10')).toEqual(['2026-03-17', '2026-04-10', '2026-05-10', '2026-06-10']);
  });
  it('a day the month lacks moves to its last day; across the year end', () => {
    expect(contactmomenten('2026-11-30')).toEqual(['2026-12-07', '2026-12-30', '2027-01-30', '2027-02-28']);
  });
  it('every moment lies within the period, in order (all starting days of 2026–2028)', () => {
    let n = 0;
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
      const start = new Date(t).toISOString().slice(0, 10);
      const m = contactmomenten(start);
      const eind = new Date(t);
      eind.setUTCMonth(eind.getUTCMonth() + BEGELEIDING.maanden);
      expect([...m].sort()).toEqual(m);
      expect(m[0]! > start).toBe(true);
      for (const d of m) expect(new Date(`${d}T00:00:00Z`).getTime()).toBeLessThanOrEqual(eind.getTime());
      if (Number(start.slice(8)) > 28) n++;
    }
    console.log(`contact moments: ${n} starting days beyond the 28th (month-end moves) checked`);
    expect(n).toBeGreaterThan(30);
  });
});
