/**
 * The auditor's search of the processing log (issue 19): by person (BSN or pseudonym), activity,
 * staff member and period, paged; the trace of a record; the search itself is logged; a case
 * worker is refused; bad filters are named.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { Geweigerd, Ongeldig } from '@regelmaat/kernel';
import { nieuweTrace, pseudoniem, verwerkingenVan } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from './context';
import { dossier } from './dossier';
import { spoorInLogboek, zoekInLogboek } from './logboek-zoeken';
import { inloggenMedewerker } from './sessies';
import { maakTestOmgeving, SLEUTELS, type TestOmgeving } from './testing/test-omgeving';

describeEachDatabase('processing log search on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  const sessies: Record<string, Context['sessie']> = {};
  const als = (wie: string): Context => ({ sessie: sessies[wie], trace: nieuweTrace() });

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    for (const n of ['behandelaar-1', 'auditor-1'])
      sessies[n] = (await inloggenMedewerker(t.o, { gebruikersnaam: n, wachtwoord: `demo-${n}` })).sessie;
    // A case worker looks at household 1's dossier: a record with a staff member as actor.
    await dossier(t.o, als('behandelaar-1'), { bsn: t.bsn1 });
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('finds one person in a period, by activity and by staff member, and logs the search', async () => {
    const r = await zoekInLogboek(t.o, als('auditor-1'), {
      persoon: t.bsn1,
      van: '2026-01-01',
      tot: '2026-12-31',
    });
    const p1 = pseudoniem(t.bsn1, SLEUTELS.pseudoniem);
    expect(r.regels.length).toBeGreaterThan(0);
    expect(r.regels.every((x) => x.betrokkene === p1)).toBe(true);
    const inzien = r.regels.find((x) => x.activiteit.id.endsWith('/dossier-inzien'))!;
    expect(inzien.actor).toEqual({ id: 'm-behandelaar-1', rol: 'behandelaar' });
    // The same person by pseudonym; another period finds nothing.
    expect((await zoekInLogboek(t.o, als('auditor-1'), { persoon: p1 })).regels.length).toBeGreaterThan(0);
    expect(
      (await zoekInLogboek(t.o, als('auditor-1'), { persoon: t.bsn1, tot: '2025-12-31' })).regels,
    ).toEqual([]);
    const doorMedewerker = await zoekInLogboek(t.o, als('auditor-1'), {
      medewerker: 'm-behandelaar-1',
      activiteit: 'dossier-inzien',
    });
    expect(doorMedewerker.regels.length).toBeGreaterThan(0);
    expect(
      doorMedewerker.regels.every(
        (x) => x.actor?.id === 'm-behandelaar-1' && x.activiteit.id.endsWith('/dossier-inzien'),
      ),
    ).toBe(true);
    // The trace holds the record and every other person of the same request.
    const spoor = await spoorInLogboek(t.o, als('auditor-1'), inzien.traceId);
    expect(spoor.some((x) => x.spanId === inzien.spanId)).toBe(true);
    // The auditor's search is itself in the person's log.
    const log = await verwerkingenVan(db, t.bsn1, SLEUTELS.pseudoniem, { metActor: true });
    expect(
      log.some((x) => x.naam === 'verwerkingenlogboek doorzoeken' && x.actor?.id === 'm-auditor-1'),
    ).toBe(true);
  });

  it('pages', async () => {
    const een = await zoekInLogboek(t.o, als('auditor-1'), {});
    expect(een.perPagina).toBe(25);
    if (een.meer) {
      const twee = await zoekInLogboek(t.o, als('auditor-1'), { pagina: 2 });
      expect(twee.regels[0]).not.toEqual(een.regels[0]);
    } else expect(een.regels.length).toBeLessThanOrEqual(25);
  });

  it('refuses a case worker and names a bad filter', async () => {
    await expect(zoekInLogboek(t.o, als('behandelaar-1'), {})).rejects.toBeInstanceOf(Geweigerd);
    const namen = async (vraag: unknown) => {
      const fout = await zoekInLogboek(t.o, als('auditor-1'), vraag).catch((e) => e);
      expect(fout).toBeInstanceOf(Ongeldig);
      return (fout as Ongeldig).velden.map((v) => v.naam);
    };
    expect(await namen({ persoon: '123456789' })).toEqual(['persoon']);
    expect(await namen({ van: '2026-02-01', tot: '2026-01-01' })).toEqual(['tot']);
    expect(await namen({ activiteit: 'iets' })).toEqual(['activiteit']);
    await expect(spoorInLogboek(t.o, als('auditor-1'), 'xyz')).rejects.toBeInstanceOf(Ongeldig);
  });
});
