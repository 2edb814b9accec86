/**
 * The demo's housing corporation and insurer (issue 16): tenants and insured are linked, and the
 * corporation's 1 July increase for one tenant with huurtoeslag gives a new decision and a message;
 * seeding again (a restart) doubles nothing.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { maakTestOmgeving, NU, type TestOmgeving } from '@regelmaat/diensten/testing';
import { DEMO_VERHUURDER, DEMO_ZORGVERZEKERAAR } from '@regelmaat/toegang';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { koppelDemoPartners, zaaiDemoHuurmelding } from './demo-partners';

describeEachDatabase('the demo corporation and insurer on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('links tenants and insured, and one rent increase gives a decision and a message, once', async () => {
    await koppelDemoPartners(db, NU);
    const tel = async (sql: string, p: unknown[] = []) =>
      Number((await db.query<{ n: string }>(sql, p)).rows[0]!.n);
    const huurders = await tel('SELECT count(*) AS n FROM huurcontract WHERE client_id = $1', [
      DEMO_VERHUURDER.clientId,
    ]);
    expect(huurders).toBeGreaterThan(0);
    expect(
      await tel('SELECT count(*) AS n FROM verzekerde WHERE client_id = $1', [DEMO_ZORGVERZEKERAAR.clientId]),
    ).toBe(huurders);
    await zaaiDemoHuurmelding(t.o, 2026);
    await zaaiDemoHuurmelding(t.o, 2026);
    const m = await db.query<{ uitkomst: string; huishouden_id: string }>(
      "SELECT uitkomst, huishouden_id FROM partner_wijziging WHERE melding_id = 'demo-huurverhoging-1'",
    );
    expect(m.rows).toEqual([{ uitkomst: 'herberekend', huishouden_id: expect.anything() }]);
    const h = Number(m.rows[0]!.huishouden_id);
    expect(
      await tel("SELECT count(*) AS n FROM bericht WHERE huishouden_id = $1 AND soort = 'huur-wijziging'", [
        h,
      ]),
    ).toBe(1);
    expect(
      await tel(
        "SELECT count(*) AS n FROM beschikking WHERE huishouden_id = $1 AND regeling = 'huurtoeslag' AND aanleiding = 'wijziging'",
        [h],
      ),
    ).toBe(1);
  });
});
