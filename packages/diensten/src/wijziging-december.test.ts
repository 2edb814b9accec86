/**
 * The change preview tells the truth in December (issue 16): once every month is paid, reporting
 * can avoid nothing. A higher income then shows no "you avoid paying back", but what will still be
 * recovered after the year (what was paid less the new year amount); a lower income shows the extra
 * as paid after the year. A toeslag whose year amount stays the same shows nothing — never the
 * rounding remainder of the schedule in force as "more".
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { wetgeving } from '@regelmaat/law';
import { nieuweTrace } from '@regelmaat/logboek';
import { geenUitval, startRun, werk } from '@regelmaat/verwerking';
import { beforeAll, expect, it } from 'vitest';
import type { Context } from './context';
import { inloggenDigid } from './sessies';
import { maakTestOmgeving, SLEUTELS, type TestOmgeving } from './testing/test-omgeving';
import { meldWijziging } from './wijzigingen';

const DECEMBER = '2026-12-21T10:00:00.000Z';

describeEachDatabase('the change preview in December on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let sessie: Context['sessie'];
  const ctx = (): Context => ({ sessie, trace: nieuweTrace() });
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => DECEMBER);
    const w = wetgeving();
    for (let maand = 1; maand <= 12; maand++) {
      const { run } = await startRun(db, { soort: 'betaling', jaar: 2026, maand }, w);
      await werk(db, run, w, geenUitval, { worker: 'test', logboek: { sleutel: SLEUTELS.pseudoniem } });
    }
    sessie = inloggenDigid(t.o, { bsn: t.bsn1 }).sessie;
  }, 120_000);

  it('a higher income: nothing avoided, the recovery after the year stated', async () => {
    const u = await meldWijziging(t.o, ctx(), {
      wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 45_000 },
      bevestig: false,
    });
    const lager = u.effecten.filter((e) => e.jaarbedragNieuw < e.jaarbedragNu);
    expect(lager.length).toBeGreaterThan(0);
    for (const e of u.effecten) {
      expect(e.volgendeMaand).toBeUndefined();
      expect(e.voorkomenTerugvordering).toBe(0);
      // Every month paid: the schedule stays what was paid.
      const betaald = e.nieuwSchema.reduce((s, x) => s + x, 0);
      expect(e.terugvorderingNaJaar).toBe(
        e.jaarbedragNieuw === e.jaarbedragNu ? 0 : Math.max(0, betaald - e.jaarbedragNieuw),
      );
      if (e.jaarbedragNieuw === e.jaarbedragNu) expect(e.extra).toBe(0);
    }
    for (const e of lager) expect(e.terugvorderingNaJaar).toBeGreaterThan(0);
    console.log(
      `December, income 45,000: ${lager.map((e) => `${e.naam} € ${e.jaarbedragNu / 100} → € ${e.jaarbedragNieuw / 100}, still recovered € ${e.terugvorderingNaJaar / 100}`).join('; ')}`,
    );
  });

  it('a lower income: the extra, paid after the year; nothing recovered', async () => {
    // Household 2 earns € 51,000; at € 15,000 its toeslagen rise.
    const u = await meldWijziging(
      t.o,
      { sessie: inloggenDigid(t.o, { bsn: t.bsn2 }).sessie, trace: nieuweTrace() },
      { wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 15_000 }, bevestig: false },
    );
    const hoger = u.effecten.filter((e) => e.jaarbedragNieuw > e.jaarbedragNu);
    expect(hoger.length).toBeGreaterThan(0);
    for (const e of hoger) {
      expect(e.extra).toBe(e.jaarbedragNieuw - e.jaarbedragNu);
      expect(e.voorkomenTerugvordering).toBe(0);
      expect(e.terugvorderingNaJaar).toBe(0);
      expect(e.volgendeMaand).toBeUndefined();
    }
  });
});
