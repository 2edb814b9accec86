/**
 * A definitive decision waits for an open blocking case (issue 16, C4): household 1 has an open
 * "missing data" case (ONTBREKENDE_GEGEVENS) and a partner to verify when the definitive run comes.
 * Its decisions are held — not made on an assumed value, nothing booked — while the other
 * households' decisions are made. Closing one blocking case changes nothing while the other is
 * open; closing the last one makes the decisions and books their settlement. A non-blocking case
 * (the estimate differs, SCHATTING_WIJKT_AF) holds nothing.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { maakZaak } from '@regelmaat/zaken';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../context';
import { inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '../testing/test-omgeving';
import { claimZaak, sluit } from '../werk';

const NA_HET_JAAR = '2027-06-01T10:00:00.000Z';

describeEachDatabase('a definitive decision held for a blocking case, on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let ontbreekt: number;
  let partner: number;
  let h1: number;
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => NA_HET_JAAR);
    h1 = Number(
      (await db.query<{ id: string }>('SELECT id FROM huishouden WHERE bsn_aanvrager = $1', [t.bsn1]))
        .rows[0]!.id,
    );
    const systeem = { id: 'systeem', rol: 'systeem' };
    ontbreekt = (
      await maakZaak(
        db,
        {
          soort: 'uitval-controle',
          huishoudenId: h1,
          onderwerp: 'Gegevens ontbreken',
          redenen: ['ONTBREKENDE_GEGEVENS'],
          prioriteit: 3,
        },
        systeem,
        '2026-12-01T10:00:00.000Z',
      )
    ).id;
    partner = (
      await maakZaak(
        db,
        { soort: 'partner-verificatie', huishoudenId: h1, onderwerp: 'Partner controleren', prioriteit: 2 },
        systeem,
        '2026-12-01T10:00:00.000Z',
      )
    ).id;
    await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem);
  }, 400_000);
  afterAll(async () => {
    await db?.close();
  });

  const definitief = async (h: number) =>
    (
      await db.query<{ id: string; status: string; uitkomst: string | null }>(
        `SELECT id, status, vereffening_uitkomst AS uitkomst FROM beschikking
          WHERE huishouden_id = $1 AND soort = 'definitief' ORDER BY id`,
        [h],
      )
    ).rows;
  const geboekt = async (h: number) =>
    Number(
      (
        await db.query<{ n: string }>(
          `SELECT (SELECT count(*) FROM nabetaling WHERE huishouden_id = $1)
                + (SELECT count(*) FROM vordering WHERE huishouden_id = $1) AS n`,
          [h],
        )
      ).rows[0]!.n,
    );
  const behandelaar = async (): Promise<Context> => ({
    sessie: (
      await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-1', wachtwoord: 'demo-behandelaar-1' })
    ).sessie,
    trace: nieuweTrace(),
  });
  const rondAf = async (id: number) => {
    const ctx = await behandelaar();
    const z = await claimZaak(t.o, ctx, id, 1);
    await sluit(t.o, ctx, id, z.versie, 'Gegevens ontvangen en verwerkt.');
  };

  it('holds the household’s definitive decisions and books nothing; other households are decided', async () => {
    const eigen = await definitief(h1);
    expect(eigen.length).toBeGreaterThan(0);
    expect(eigen.every((b) => b.status === 'aangehouden')).toBe(true);
    expect(await geboekt(h1)).toBe(0);
    const anderen = await db.query<{ status: string }>(
      `SELECT DISTINCT status FROM beschikking WHERE soort = 'definitief' AND huishouden_id <> $1`,
      [h1],
    );
    expect(anderen.rows.map((r) => r.status)).toEqual(['vastgesteld']);
  });

  it('closing one blocking case while another is open still holds them', async () => {
    await rondAf(ontbreekt);
    expect((await definitief(h1)).every((b) => b.status === 'aangehouden')).toBe(true);
    expect(await geboekt(h1)).toBe(0);
  });

  it('closing the last blocking case makes the decisions and books their settlement', async () => {
    await rondAf(partner);
    const eigen = await definitief(h1);
    expect(eigen.every((b) => b.status === 'vastgesteld')).toBe(true);
    const teBoeken = eigen.filter(
      (b) => b.uitkomst === 'nabetaling' || b.uitkomst === 'terugvordering',
    ).length;
    expect(await geboekt(h1)).toBe(teBoeken);
    console.log(
      `held household: ${eigen.length} definitive decisions made on closing, ${teBoeken} settlements booked (${eigen.map((b) => b.uitkomst).join(', ')})`,
    );
  });
});
