/**
 * `mijnHuishouden`: the children (number, birth date, current childcare) and the partner of the
 * citizen's own household, for the change forms; a citizen sees only their own, and the read is
 * logged for every person shown.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { Geweigerd } from '@regelmaat/kernel';
import { nieuweTrace } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from './context';
import { mijnHuishouden } from './mijn-huishouden';
import { inloggenDigid, inloggenMedewerker } from './sessies';
import { maakTestOmgeving, type TestOmgeving } from './testing/test-omgeving';
import { meldWijziging } from './wijzigingen';

describeEachDatabase('mijnHuishouden on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  const burger = (bsn: string): Context => ({
    sessie: inloggenDigid(t.o, { bsn }).sessie,
    trace: nieuweTrace(),
  });
  const logRegels = async () =>
    Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM verwerking')).rows[0]!.n);
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('lists the children by number and birth date, with the childcare that applies now', async () => {
    const voor = await logRegels();
    const h = await mijnHuishouden(t.o, burger(t.bsn2));
    expect(h.jaar).toBe(2026);
    expect(h.kinderen.length).toBeGreaterThan(0);
    expect(h.kinderen.map((k) => k.nummer)).toEqual(h.kinderen.map((_, i) => i));
    for (const k of h.kinderen) expect(k.geboortedatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await logRegels()).toBeGreaterThan(voor);
  });

  it('the number is the one a childcare change expects: reporting for it changes that child', async () => {
    const ctx = burger(t.bsn2);
    const h = await mijnHuishouden(t.o, ctx);
    const kind = h.kinderen[0]!;
    const u = await meldWijziging(t.o, burger(t.bsn2), {
      wijziging: {
        soort: 'kinderopvang',
        kind: kind.nummer,
        vanaf: '2026-05-01',
        urenPerMaand: 100,
        uurprijs: 10,
      },
      bevestig: true,
    });
    expect(u.bevestigd).toBe(true);
    // From 1 May the new childcare applies; today (15 March) the old one (or none) still does.
    const na = await mijnHuishouden(t.o, burger(t.bsn2));
    expect(na.kinderen[0]!.geboortedatum).toBe(kind.geboortedatum);
    expect(na.kinderen[0]!.opvang?.urenPerMaand).toBe(kind.opvang?.urenPerMaand);
    await expect(
      meldWijziging(t.o, burger(t.bsn2), {
        wijziging: { soort: 'kinderopvang', kind: h.kinderen.length, vanaf: '2026-05-01', urenPerMaand: 100 },
        bevestig: false,
      }),
    ).rejects.toThrow();
  });

  it('household 1 has a partner and no children; a citizen cannot ask for another household', async () => {
    const h = await mijnHuishouden(t.o, burger(t.bsn1));
    expect(h.toeslagpartner?.geboortedatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(h.kinderen).toEqual([]);
    await expect(mijnHuishouden(t.o, burger(t.bsn1), { bsn: t.bsn2 })).rejects.toBeInstanceOf(Geweigerd);
  });

  it('staff with the dossier right read it by BSN', async () => {
    const s = await inloggenMedewerker(t.o, {
      gebruikersnaam: 'behandelaar-1',
      wachtwoord: 'demo-behandelaar-1',
    });
    const h = await mijnHuishouden(t.o, { sessie: s.sessie, trace: nieuweTrace() }, { bsn: t.bsn2 });
    expect(h.kinderen.length).toBeGreaterThan(0);
  });
});
