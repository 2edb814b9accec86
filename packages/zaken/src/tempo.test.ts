import { describe, expect, it } from 'vitest';
import { tempo } from './tempo';

describe('tempo', () => {
  it('divides the open cases by the closed ones per day, rounding the days up', () => {
    // 28 closed in 14 days = 2 a day; 9 open take 4.5 → 5 days.
    expect(tempo(9, 28, 14, '2026-03-15')).toEqual({ perDag: 2, dagenNodig: 5, klaarOp: '2026-03-20' });
    expect(tempo(10, 28, 14, '2026-03-15')).toEqual({ perDag: 2, dagenNodig: 5, klaarOp: '2026-03-20' });
  });

  it('says nothing about a date when nothing was closed, and today when nothing is open', () => {
    expect(tempo(5, 0, 14, '2026-03-15')).toEqual({ perDag: 0 });
    expect(tempo(0, 0, 14, '2026-03-15')).toEqual({ perDag: 0, dagenNodig: 0, klaarOp: '2026-03-15' });
  });

  it('refuses a period that is not a whole number of days from 1', () => {
    expect(() => tempo(1, 1, 0, '2026-03-15')).toThrow(RangeError);
    expect(() => tempo(1, 1, 1.5, '2026-03-15')).toThrow(RangeError);
  });
});
