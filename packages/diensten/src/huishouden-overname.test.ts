/**
 * Issue 10, item 2: a citizen cannot take over another household by declaring another citizen's
 * BSN as their partner. The declared partner is recorded as a claim with a verification case; the
 * other person's household, portal, staff lookup and later change reports stay theirs; the
 * claimant sees nothing of the other person; and the database refuses a second current household
 * for one person.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { testBsn } from '@regelmaat/dossier-opslag/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from './context';
import { dossier } from './dossier';
import { mijnHuishouden } from './mijn-huishouden';
import { overzicht } from './overzicht';
import { inloggenDigid, inloggenMedewerker } from './sessies';
import { maakTestOmgeving, type TestOmgeving } from './testing/test-omgeving';
import { meldWijziging } from './wijzigingen';

describeEachDatabase('taking over another household on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  /** Household 3 (no partner, no children): the attacker. Household 2's applicant: the victim. */
  const aanvaller = testBsn(30);
  const burger = (bsn: string): Context => ({
    sessie: inloggenDigid(t.o, { bsn }).sessie,
    trace: nieuweTrace(),
  });
  let staf: () => Promise<Context>;
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db);
    staf = async () => ({
      sessie: (
        await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-1', wachtwoord: 'demo-behandelaar-1' })
      ).sessie,
      trace: nieuweTrace(),
    });
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const claim = (slachtoffer: string, bevestig: boolean, door = aanvaller) =>
    meldWijziging(t.o, burger(door), {
      wijziging: {
        soort: 'partner',
        vanaf: '2026-04-01',
        bsn: slachtoffer,
        geboortedatum: '1980-01-01',
        inkomen: 1_000_000,
      },
      bevestig,
    });

  it('declaring the victim as partner records a claim and opens a verification case, not a household change', async () => {
    const u = await claim(t.bsn2, true);
    expect(u.bevestigd).toBe(true);
    expect(u.huishoudenId).toBe(3);
    expect(u.nieuweBeschikkingen).toEqual([]);
    expect(u.partnerclaim?.status).toBe('te-controleren');
    expect((await claim(t.bsn2, false)).partnerclaim).toEqual({ status: 'te-controleren' });
    const zaak = await db.query<{ soort: string; team: string; huishouden_id: string }>(
      'SELECT soort, team, huishouden_id FROM zaak WHERE id = $1',
      [u.partnerclaim!.zaakId],
    );
    expect(zaak.rows[0]).toMatchObject({ soort: 'partner-verificatie', team: 'uitval' });
    expect(Number(zaak.rows[0]!.huishouden_id)).toBe(3);
    // No fact about the victim was written into the attacker's household.
    const feiten = await db.query('SELECT 1 FROM feit WHERE huishouden_id = 3 AND persoon_bsn = $1', [
      t.bsn2,
    ]);
    expect(feiten.rows).toEqual([]);
  });

  it("the victim's portal still shows the victim's own household", async () => {
    const ov = await overzicht(t.o, burger(t.bsn2), {});
    expect(ov.huishoudenId).toBe(2);
    const h = await mijnHuishouden(t.o, burger(t.bsn2));
    expect(h.kinderen.length).toBe(1); // household 2 has one child; household 3 none
  });

  it("staff looking up the victim's BSN get the victim's household", async () => {
    const d = await dossier(t.o, await staf(), { bsn: t.bsn2 });
    expect(d.huishoudenId).toBe(2);
    const a = await dossier(t.o, await staf(), { bsn: aanvaller });
    expect(a.huishoudenId).toBe(3);
    expect(a.personen.map((p) => p.bsn)).not.toContain(t.bsn2);
  });

  it('the attacker sees nothing of the victim', async () => {
    const h = await mijnHuishouden(t.o, burger(aanvaller));
    expect(h.toeslagpartner).toBeUndefined();
    expect(h.kinderen).toEqual([]);
    const ov = await overzicht(t.o, burger(aanvaller), {});
    expect(JSON.stringify(ov)).not.toContain(t.bsn2);
  });

  it("the victim's later change report goes to the victim's household", async () => {
    const u = await meldWijziging(t.o, burger(t.bsn2), {
      wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 2_345_600 },
      bevestig: true,
    });
    expect(u.huishoudenId).toBe(2);
    const r = await db.query<{ huishouden_id: string }>(
      "SELECT huishouden_id FROM feit WHERE soort = 'inkomen_schatting' AND persoon_bsn = $1 AND vervallen_op IS NULL",
      [t.bsn2],
    );
    expect(r.rows.map((x) => Number(x.huishouden_id))).toEqual([2]);
  });

  it("claiming another household's partner (not its applicant) changes nothing of theirs either", async () => {
    const partner1 = testBsn(11); // the partner of household 1
    const u = await claim(partner1, true, testBsn(50)); // household 5: no partner
    expect(u.huishoudenId).toBe(5);
    expect(u.partnerclaim?.status).toBe('te-controleren');
    const d = await dossier(t.o, await staf(), { bsn: partner1 });
    expect(d.huishoudenId).toBe(1);
    const ov = await overzicht(t.o, burger(partner1), {});
    expect(ov.huishoudenId).toBe(1);
  });

  it('the database refuses a second current household for a person', async () => {
    await expect(
      db.query('INSERT INTO huishouden_lid (persoon_bsn, huishouden_id) VALUES ($1, 3)', [t.bsn2]),
    ).rejects.toThrow();
    const r = await db.query<{ huishouden_id: string }>(
      'SELECT huishouden_id FROM huishouden_lid WHERE persoon_bsn = $1',
      [t.bsn2],
    );
    expect(r.rows.map((x) => Number(x.huishouden_id))).toEqual([2]);
  });
});
