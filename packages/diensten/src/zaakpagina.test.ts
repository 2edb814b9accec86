/**
 * `zaakOverzicht`: the case page's data in one service call, each part with its own right; the
 * letters only for a role that may read decisions; a citizen gets nothing.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { Geweigerd, NietGevonden } from '@regelmaat/kernel';
import { nieuweTrace } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { inloggenDigid, inloggenMedewerker } from './sessies';
import { maakTestOmgeving, type TestOmgeving } from './testing/test-omgeving';
import { zaakOverzicht } from './zaakpagina';

describeEachDatabase('zaakOverzicht on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const behandelaar = async () => {
    const s = await inloggenMedewerker(t.o, {
      gebruikersnaam: 'behandelaar-1',
      wachtwoord: 'demo-behandelaar-1',
    });
    return { sessie: s.sessie, trace: nieuweTrace() };
  };

  it('gives the case, its dossier, its maatwerk, the staff names and the letters in one call', async () => {
    const ctx = await behandelaar();
    const z = await zaakOverzicht(t.o, ctx, t.zaakId);
    expect(z.detail.zaak.id).toBe(t.zaakId);
    expect(z.dossier.feiten.length).toBeGreaterThan(0);
    expect(z.maatwerk).toEqual([]);
    expect(z.namen.get('m-behandelaar-1')).toBe('Anna Demo');
    expect(Array.isArray(z.brieven)).toBe(true);
    // Each part wrote its own processing-log record in its own service: the case and the dossier.
    const log = await db.query<{ n: string }>('SELECT count(*) AS n FROM verwerking WHERE trace_id = $1', [
      ctx.trace.traceId,
    ]);
    expect(Number(log.rows[0]!.n)).toBeGreaterThan(0);
  });

  it('is refused to a citizen, and an unknown case is not found', async () => {
    const burger = { sessie: inloggenDigid(t.o, { bsn: t.bsn1 }).sessie, trace: nieuweTrace() };
    await expect(zaakOverzicht(t.o, burger, t.zaakId)).rejects.toBeInstanceOf(Geweigerd);
    await expect(zaakOverzicht(t.o, await behandelaar(), 987_654)).rejects.toBeInstanceOf(NietGevonden);
  });
});
