/**
 * Retention (issue 19, migration 031): records past their activity's period are removed by the
 * owner's job, with a record that it did; records within the period stay; a rerun removes and
 * records nothing more; a plain DELETE is still refused, also for the owner; the application role
 * can neither call the job's function nor delete, nor write the record of retention.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase, describeOnPostgres } from '@regelmaat/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activiteitId } from './activiteiten';
import { bewaargrens, opschoningen, pasBewaartermijnenToe } from './bewaartermijn';
import { logVerwerking } from './log-verwerking';
import { nieuweTrace } from './trace-context';
import { verwerkingenVan } from './verwerkingen-van';

const SLEUTEL = 'pseudonimiseringssleutel-voor-bewaren-32+';
const NU = '2034-06-15T10:00:00.000Z';
const BSN = '123456782';

describe('bewaargrens', () => {
  it('goes back whole years, months and days from the start of the day', () => {
    expect(bewaargrens('P7Y', NU)).toBe('2027-06-15T00:00:00.000Z');
    expect(bewaargrens('P2Y', '2028-02-29T23:59:59.999Z')).toBe('2026-02-28T00:00:00.000Z');
    expect(bewaargrens('P1Y6M', NU)).toBe('2032-12-15T00:00:00.000Z');
    expect(bewaargrens('P30D', '2026-03-01T08:00:00.000Z')).toBe('2026-01-30T00:00:00.000Z');
    expect(() => bewaargrens('7 jaar', NU)).toThrow(/verwachte vorm/);
  });
});

async function schrijf(db: Db, sleutel: 'toeslag-berekenen' | 'contactverzoek-indienen', op: string) {
  await logVerwerking(db, {
    trace: nieuweTrace(),
    activiteit: activiteitId(sleutel),
    naam: sleutel,
    betrokkenen: [BSN],
    start: op,
    eind: op,
    actor: { id: 'm-behandelaar-1', rol: 'behandelaar' },
    sleutel: SLEUTEL,
  });
}

describeEachDatabase('retention of the log on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await schrijf(db, 'toeslag-berekenen', '2026-01-10T09:00:00.000Z'); // past P7Y at NU
    await schrijf(db, 'toeslag-berekenen', '2027-06-15T00:00:00.000Z'); // exactly the limit: kept
    await schrijf(db, 'contactverzoek-indienen', '2031-01-10T09:00:00.000Z'); // past P2Y
    await schrijf(db, 'contactverzoek-indienen', '2033-01-10T09:00:00.000Z'); // within P2Y
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('refuses a plain delete, also for the owner', async () => {
    await expect(db.query('DELETE FROM verwerking')).rejects.toThrow(/alleen-toevoegen/);
    await expect(db.query('DELETE FROM handeling')).rejects.toThrow(/alleen-toevoegen/);
    // The record of retention cannot be erased either.
    await expect(db.query('DELETE FROM logboek_opschoning')).rejects.toThrow(/alleen-toevoegen/);
  });

  it('removes what is past its period, keeps the rest, records it, and doubles nothing on a rerun', async () => {
    const uit = await pasBewaartermijnenToe(db, NU);
    const per = Object.fromEntries(uit.map((x) => [x.activiteit.split('/').pop(), x.verwijderd]));
    expect(per['toeslag-berekenen']).toBe(1);
    expect(per['contactverzoek-indienen']).toBe(1);
    const over = await verwerkingenVan(db, BSN, SLEUTEL, { metActor: true });
    expect(over.map((r) => r.start).sort()).toEqual(['2027-06-15T00:00:00.000Z', '2033-01-10T09:00:00.000Z']);
    // The actions of the removed records are gone; those of the kept ones keep their actor.
    expect(over.every((r) => r.actor?.id === 'm-behandelaar-1')).toBe(true);
    const h = await db.query<{ n: string }>('SELECT count(*) AS n FROM handeling');
    expect(Number(h.rows[0]!.n)).toBe(2);
    const record = await opschoningen(db);
    expect(record).toHaveLength(uit.length);
    expect(record.find((r) => r.activiteit.endsWith('/toeslag-berekenen'))).toMatchObject({
      grens: '2027-06-15T00:00:00.000Z',
      verwijderd: 1,
      uitgevoerdOp: NU,
    });
    // Rerun later the same day: nothing more removed, nothing recorded twice.
    const opnieuw = await pasBewaartermijnenToe(db, '2034-06-15T18:00:00.000Z');
    expect(opnieuw.every((x) => x.verwijderd === 0)).toBe(true);
    expect(await opschoningen(db)).toHaveLength(uit.length);
    expect(await verwerkingenVan(db, BSN, SLEUTEL, { metActor: false })).toHaveLength(2);
  });
});

describeOnPostgres('retention under the application role on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open({ alsApp: true });
    await schrijf(db, 'toeslag-berekenen', '2026-01-10T09:00:00.000Z');
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('cannot run the job, delete, or write the record of retention', async () => {
    await expect(pasBewaartermijnenToe(db, NU)).rejects.toThrow(/permission denied/);
    await expect(db.query('DELETE FROM verwerking')).rejects.toThrow(/permission denied|alleen-toevoegen/);
    await expect(
      db.transaction(async (tx) => {
        await tx.query("SELECT set_config('regelmaat.logboek_bewaartermijn', 'aan', true)");
        await tx.query('DELETE FROM verwerking');
      }),
    ).rejects.toThrow(/permission denied/);
    await expect(
      db.query(
        `INSERT INTO logboek_opschoning (processing_activity_id, bewaartermijn, grens, verwerkingen, uitgevoerd_op)
         VALUES ('https://x', 'P1Y', now(), 0, now())`,
      ),
    ).rejects.toThrow(/permission denied/);
    expect(await verwerkingenVan(db, BSN, SLEUTEL, { metActor: false })).toHaveLength(1);
  });
});
