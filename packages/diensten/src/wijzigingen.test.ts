/**
 * The month a reported change takes effect in the preview (`volgendeMaand`): the first month not
 * yet paid — from the payments when there are any, else the month of the next payment date, never
 * January in March when no payment run has happened yet.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { wetgeving } from '@regelmaat/law';
import { nieuweTrace } from '@regelmaat/logboek';
import { geenUitval, startRun, werk } from '@regelmaat/verwerking';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from './context';
import { overzicht } from './overzicht';
import { inloggenDigid } from './sessies';
import { maakTestOmgeving, SLEUTELS, type TestOmgeving } from './testing/test-omgeving';
import { eersteOnbetaaldeMaand, meldWijziging } from './wijzigingen';

const leeg = () => new Array<number | null>(12).fill(null);

describe('eersteOnbetaaldeMaand', () => {
  it('without payments: the month of the next payment date, not January', () => {
    expect(eersteOnbetaaldeMaand(leeg(), '2026-03-15', 2026)).toBe(3); // April (paid around 20 March)
    expect(eersteOnbetaaldeMaand(leeg(), '2026-03-21', 2026)).toBe(4); // April's payment date has passed
    expect(eersteOnbetaaldeMaand(leeg(), '2025-11-01', 2026)).toBe(0); // a year still to come: January
    expect(eersteOnbetaaldeMaand(leeg(), '2026-12-21', 2026)).toBe(-1); // nothing left to pay
  });

  it('with payments: the first month without one', () => {
    const b = leeg();
    b[0] = 24_600;
    b[1] = 24_600;
    b[2] = 24_600;
    expect(eersteOnbetaaldeMaand(b, '2026-03-15', 2026)).toBe(3);
    expect(eersteOnbetaaldeMaand(b, '2026-06-01', 2026)).toBe(3);
    expect(eersteOnbetaaldeMaand(new Array(12).fill(100), '2026-06-01', 2026)).toBe(-1);
  });

  it('property: never a month that is paid, never a month whose payment date has passed when nothing is known', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.date({ min: new Date('2025-06-01'), max: new Date('2027-01-31'), noInvalidDate: true }),
        (betaaldTot, d) => {
          const b = leeg().map((_, i) => (i < betaaldTot ? 1_000 : null));
          const vandaag = d.toISOString().slice(0, 10);
          const m = eersteOnbetaaldeMaand(b, vandaag, 2026);
          if (betaaldTot > 0) {
            expect(m).toBe(betaaldTot === 12 ? -1 : betaaldTot);
            return;
          }
          if (m < 0) return;
          // The payment date of month m+1 (around the 20th of the month before) is not yet past.
          const betaaldag = m === 0 ? '2025-12-20' : `2026-${String(m).padStart(2, '0')}-20`;
          expect(vandaag <= betaaldag).toBe(true);
        },
      ),
    );
  });
});

describeEachDatabase('the change preview on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let sessie: Context['sessie'];
  const ctx = (): Context => ({ sessie, trace: nieuweTrace() });
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    sessie = inloggenDigid(t.o, { bsn: t.bsn1 }).sessie;
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const wijziging = { soort: 'inkomen' as const, persoon: 'aanvrager' as const, bedrag: 45_000 };

  it('in March without any payment the new amount starts in April (the next payment), as the overview says', async () => {
    const ov = await overzicht(t.o, ctx(), {});
    const zorg = ov.toeslagen.find((x) => x.regeling === 'zorgtoeslag')!;
    expect(zorg.betaaldDitJaar).toBe(0);
    const u = await meldWijziging(t.o, ctx(), { wijziging, bevestig: false });
    const e = u.effecten.find((x) => x.regeling === 'zorgtoeslag')!;
    expect(e.volgendeMaand?.maand).toBe(4);
    expect(e.volgendeMaand?.maand).toBe(zorg.volgendeBetaling?.maand);
    expect(e.volgendeMaand?.nu).toBe(zorg.volgendeBetaling?.bedrag);
    expect(e.volgendeMaand?.nieuw).toBe(e.nieuwSchema[3]);
  });

  it('after payment runs for January and February the first unpaid month is March', async () => {
    const w = wetgeving();
    for (const maand of [1, 2]) {
      const { run } = await startRun(db, { soort: 'betaling', jaar: 2026, maand }, w);
      await werk(db, run, w, geenUitval, { worker: 'test', logboek: { sleutel: SLEUTELS.pseudoniem } });
    }
    const u = await meldWijziging(t.o, ctx(), { wijziging, bevestig: false });
    const e = u.effecten.find((x) => x.regeling === 'zorgtoeslag')!;
    expect(e.volgendeMaand?.maand).toBe(3);
    // Paid months keep what was paid; only the months still to pay change.
    const voor = await overzicht(t.o, ctx(), {});
    const zorg = voor.toeslagen.find((x) => x.regeling === 'zorgtoeslag')!;
    expect(zorg.betaaldDitJaar).toBeGreaterThan(0);
    expect(zorg.betaaldDitJaar).toBe(e.nieuwSchema[0]! + e.nieuwSchema[1]!);
    expect(e.volgendeMaand?.nieuw).toBe(e.nieuwSchema[2]);
  });
});
