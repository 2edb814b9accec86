import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HerinneringFeiten, type HerinneringSoort, herinneringVoor } from './herinnering';

const basis: HerinneringFeiten = {
  saldo: 50_000,
  betalenUiterlijk: '2026-02-12',
  peildag: '2026-03-31',
  regelingAchterstand: null,
  metBegeleider: false,
  eerder: [],
};

describe('reminders', () => {
  it('nothing while the term to pay runs, or when nothing is open', () => {
    expect(herinneringVoor({ ...basis, peildag: '2026-02-12' }).soort).toBeNull();
    expect(herinneringVoor({ ...basis, saldo: 0 }).soort).toBeNull();
  });
  it('unpaid after the term: a reminder first, an aanmaning the next month, then nothing more', () => {
    expect(herinneringVoor(basis)).toEqual({ soort: 'herinnering', reden: 'niet-betaald' });
    expect(herinneringVoor({ ...basis, eerder: ['herinnering'] }).soort).toBe('aanmaning');
    expect(herinneringVoor({ ...basis, eerder: ['herinnering', 'aanmaning'] }).soort).toBeNull();
  });
  it('a plan on track gets nothing; a plan behind a reminder about the missed term, never an aanmaning', () => {
    expect(herinneringVoor({ ...basis, regelingAchterstand: 0 })).toEqual({
      soort: null,
      reden: 'regeling-op-schema',
    });
    expect(
      herinneringVoor({ ...basis, regelingAchterstand: 2_000, eerder: ['herinnering', 'herinnering'] }),
    ).toEqual({
      soort: 'herinnering',
      reden: 'termijn-regeling-gemist',
    });
  });
  it('with a guide: the reminder, never the aanmaning', () => {
    expect(herinneringVoor({ ...basis, metBegeleider: true }).soort).toBe('herinnering');
    expect(herinneringVoor({ ...basis, metBegeleider: true, eerder: ['herinnering'] })).toEqual({
      soort: null,
      reden: 'begeleider',
    });
  });
  it('never escalates for a plan on track or a household with a guide, whatever came before (property)', () => {
    let pogingen = 0;
    const soort = fc.constantFrom<HerinneringSoort>('herinnering', 'aanmaning');
    fc.assert(
      fc.property(
        fc.record({
          saldo: fc.integer({ min: 0, max: 10_000_000 }),
          betalenUiterlijk: fc.constantFrom('2026-01-10', '2026-03-31', '2026-06-01'),
          peildag: fc.constantFrom('2026-02-28', '2026-03-31', '2026-04-30'),
          regelingAchterstand: fc.option(fc.integer({ min: 0, max: 50_000 })),
          metBegeleider: fc.boolean(),
          eerder: fc.array(soort, { maxLength: 4 }),
        }),
        (f) => {
          const b = herinneringVoor(f);
          const beschermd = f.metBegeleider || f.regelingAchterstand === 0;
          if (beschermd && f.saldo > 0 && f.peildag > f.betalenUiterlijk) pogingen++;
          if (beschermd) expect(b.soort).not.toBe('aanmaning');
          if (f.regelingAchterstand === 0) expect(b.soort).toBeNull();
          if (b.soort === 'aanmaning') expect(f.eerder).toContain('herinnering');
        },
      ),
      { numRuns: 3_000 },
    );
    console.log(
      `reminders: ${pogingen} of 3000 cases were protected people with something open past the term`,
    );
    expect(pogingen).toBeGreaterThan(300);
  });
});
