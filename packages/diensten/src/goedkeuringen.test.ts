/**
 * `medewerkerNamen`: staff see colleagues by name (not by user id); a citizen may not list staff.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { Geweigerd } from '@regelmaat/kernel';
import { nieuweTrace } from '@regelmaat/logboek';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { medewerkerNamen } from './goedkeuringen';
import { inloggenDigid, inloggenMedewerker } from './sessies';
import { maakTestOmgeving, type TestOmgeving } from './testing/test-omgeving';

describeEachDatabase('medewerkerNamen on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('maps every staff id to the name, for a case worker', async () => {
    const s = await inloggenMedewerker(t.o, {
      gebruikersnaam: 'behandelaar-1',
      wachtwoord: 'demo-behandelaar-1',
    });
    const namen = await medewerkerNamen(t.o, { sessie: s.sessie, trace: nieuweTrace() });
    for (const a of DEMO_ACCOUNTS) expect(namen.get(a.id)).toBe(a.naam);
    expect(namen.has('systeem')).toBe(false);
  });

  it('is refused to a citizen', async () => {
    const ctx = { sessie: inloggenDigid(t.o, { bsn: t.bsn1 }).sessie, trace: nieuweTrace() };
    await expect(medewerkerNamen(t.o, ctx)).rejects.toBeInstanceOf(Geweigerd);
  });
});
