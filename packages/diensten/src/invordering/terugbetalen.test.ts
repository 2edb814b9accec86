/**
 * "Wat moet ik terugbetalen?" on both databases, after a year with its twelve payments and the
 * definitive run: a citizen sees their own recoveries and back-payments and pays a recovery to zero
 * (simulated); another citizen cannot see or pay it (as not found); more than is owed is refused and
 * changes nothing; staff read it by BSN; every read and payment is in the processing log.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { DienstFout } from '@regelmaat/kernel';
import { nieuweTrace } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../context';
import { inloggenDigid, inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '../testing/test-omgeving';
import { betaalTerug, terugbetalenVan } from './terugbetalen';

describeEachDatabase('recoveries for the citizen on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let schuldenaar = '';
  let ander = '';
  const burger = (bsn: string): Context => ({
    sessie: inloggenDigid(t.o, { bsn }).sessie,
    trace: nieuweTrace(),
  });
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    const bsns = await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem);
    schuldenaar = bsns.metVordering;
    ander = bsns.zonderVordering;
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('the citizen sees their recovery and pays it to zero; the ledger shows each step', async () => {
    expect(schuldenaar).not.toBe('');
    const voor = await terugbetalenVan(t.o, burger(schuldenaar), {});
    expect(voor.vorderingen.length).toBeGreaterThan(0);
    const v = voor.vorderingen[0]!;
    expect(v.saldo).toBe(v.bedrag);
    expect(voor.open).toBe(voor.vorderingen.reduce((s, x) => s + x.saldo, 0));
    const deel = Math.ceil(v.bedrag / 2);
    expect((await betaalTerug(t.o, burger(schuldenaar), { vorderingId: v.id, bedrag: deel })).saldo).toBe(
      v.bedrag - deel,
    );
    await expect(
      betaalTerug(t.o, burger(schuldenaar), { vorderingId: v.id, bedrag: v.bedrag }),
    ).rejects.toMatchObject({ code: 'meer-dan-open' });
    expect(
      (await betaalTerug(t.o, burger(schuldenaar), { vorderingId: v.id, bedrag: v.bedrag - deel })).saldo,
    ).toBe(0);
    const na = (await terugbetalenVan(t.o, burger(schuldenaar), {})).vorderingen.find((x) => x.id === v.id)!;
    expect(na.saldo).toBe(0);
    expect(na.boekingen.map((b) => [b.soort, b.bedrag])).toEqual([
      ['vordering', v.bedrag],
      ['betaling', -deel],
      ['betaling', -(v.bedrag - deel)],
    ]);
  });

  it('another citizen neither sees nor pays it (as not found); bad amounts are refused', async () => {
    const eigen = (await terugbetalenVan(t.o, burger(schuldenaar), {})).vorderingen[0]!;
    const van = await terugbetalenVan(t.o, burger(ander), {});
    expect(van.vorderingen.some((x) => x.id === eigen.id)).toBe(false);
    await expect(betaalTerug(t.o, burger(ander), { vorderingId: eigen.id, bedrag: 1 })).rejects.toMatchObject(
      {
        code: 'niet-gevonden',
      },
    );
    await expect(betaalTerug(t.o, burger(ander), { vorderingId: 999_999, bedrag: 1 })).rejects.toMatchObject({
      code: 'niet-gevonden',
    });
    for (const bedrag of [0, -5, 1.5])
      await expect(
        betaalTerug(t.o, burger(schuldenaar), { vorderingId: eigen.id, bedrag }),
      ).rejects.toBeInstanceOf(DienstFout);
    // A citizen may not read another household by BSN.
    await expect(terugbetalenVan(t.o, burger(ander), { bsn: schuldenaar })).rejects.toBeInstanceOf(
      DienstFout,
    );
  });

  it('staff read it by BSN but do not pay for the citizen; reads and payments are logged', async () => {
    const sessie = (
      await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-4', wachtwoord: 'demo-behandelaar-4' })
    ).sessie;
    const staf = { sessie, trace: nieuweTrace() };
    const r = await terugbetalenVan(t.o, staf, { bsn: schuldenaar });
    expect(r.vorderingen.length).toBeGreaterThan(0);
    await expect(
      betaalTerug(t.o, staf, { vorderingId: r.vorderingen[0]!.id, bedrag: 1 }),
    ).rejects.toBeInstanceOf(DienstFout);
    const log = await db.query<{ naam: string; n: string }>(
      `SELECT name AS naam, count(*) AS n FROM verwerking
        WHERE processing_activity_id LIKE '%terugvordering-inzien' GROUP BY name ORDER BY name`,
    );
    const namen = Object.fromEntries(log.rows.map((x) => [x.naam, Number(x.n)]));
    expect(namen['terugvordering bekijken']).toBeGreaterThan(0);
    expect(namen['terugbetaling vastleggen']).toBeGreaterThan(0);
  });
});
