/**
 * Payment plans on both databases, after a year settled by the definitive run: the citizen previews a
 * personal plan from income and fixed costs, agrees it, and pays it term by term to zero while the
 * clock moves month by month; the plan shows when it is behind. A second plan, a plan on another
 * household's recovery, a standard plan on a paid recovery and bad amounts are refused and write
 * nothing; a case worker on the phone can agree a plan for the person; every step is logged.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { nieuweTrace } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Context } from '../context';
import { inloggenDigid, inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '../testing/test-omgeving';
import { invorderingCijfers } from './cijfers';
import { regelingAanvragen, regelingVoorbeeld } from './regeling';
import { betaalTerug, terugbetalenVan } from './terugbetalen';

describeEachDatabase('payment plans on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let schuldenaar = '';
  let ander = '';
  let nu = '2027-09-10T09:00:00.000Z';
  const burger = (bsn: string): Context => ({
    sessie: inloggenDigid(t.o, { bsn }).sessie,
    trace: nieuweTrace(),
  });
  const telRegelingen = async () =>
    Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM betalingsregeling')).rows[0]!.n);
  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => nu);
    const bsns = await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem);
    schuldenaar = bsns.metVordering;
    ander = bsns.zonderVordering;
  }, 180_000);
  afterAll(async () => {
    await db?.close();
  });

  const draagkracht = {
    leefsituatie: 'alleen' as const,
    inkomen: 180_000,
    woonlasten: 40_000,
    zorgkosten: 12_000,
    overigeLasten: 0,
  };

  it('the citizen sees the standard plan, previews a personal plan, agrees it and pays it to zero', async () => {
    const voor = await terugbetalenVan(t.o, burger(schuldenaar), {});
    const v = voor.vorderingen[0]!;
    expect(v.betalingsregeling).toBeNull();
    if (v.saldo > 2_000) {
      expect(v.standaard!.termijnen.reduce((s, x) => s + x.bedrag, 0)).toBe(v.saldo);
      expect(v.standaard!.termijnen[0]!.maand).toBe('2027-10');
    }
    const p = await regelingVoorbeeld(t.o, burger(schuldenaar), v.id, { draagkracht });
    expect(p.capaciteit).toBe(180_000 - 40_000 - 12_000 - 115_600);
    expect(p.voorstel.termijnen.reduce((s, x) => s + x.bedrag, 0) + p.voorstel.rest).toBe(v.saldo);
    expect(await telRegelingen()).toBe(0);
    const r = await regelingAanvragen(t.o, burger(schuldenaar), v.id, { soort: 'persoonlijk', draagkracht });
    expect(r).toMatchObject({
      soort: 'persoonlijk',
      schuld: v.saldo,
      maandbedrag: p.voorstel.maandbedrag,
      termijnen: p.voorstel.termijnen.length,
      eersteTermijn: '2027-10-01',
      aangegaanDoor: 'burger',
      draagkracht,
    });
    await expect(
      regelingAanvragen(t.o, burger(schuldenaar), v.id, { soort: 'standaard' }),
    ).rejects.toMatchObject({ code: 'regeling-bestaat-al' });
    // Two months later, nothing paid: behind by two terms.
    nu = '2027-12-02T09:00:00.000Z';
    const achter = (await terugbetalenVan(t.o, burger(schuldenaar), {})).vorderingen[0]!.betalingsregeling!;
    expect(achter.stand.achterstand).toBe(Math.min(v.saldo - r.rest, 2 * r.maandbedrag));
    // Then every term is paid, a month at a time.
    let saldo = v.saldo;
    for (const [i, termijn] of p.voorstel.termijnen.entries()) {
      nu = `${termijn.maand}-15T09:00:00.000Z`;
      saldo = (await betaalTerug(t.o, burger(schuldenaar), { vorderingId: v.id, bedrag: termijn.bedrag }))
        .saldo;
      if (i === 0) expect(saldo).toBe(v.saldo - termijn.bedrag);
    }
    expect(saldo).toBe(p.voorstel.rest);
    const na = (await terugbetalenVan(t.o, burger(schuldenaar), {})).vorderingen[0]!;
    expect(na.betalingsregeling!.stand).toMatchObject({ klaar: true, achterstand: 0 });
    expect(na.saldo).toBe(p.voorstel.rest);
  }, 60_000);

  it('refuses a plan on another household’s recovery (as none) and bad amounts, and writes nothing', async () => {
    const eigen = (await terugbetalenVan(t.o, burger(schuldenaar), {})).vorderingen[0]!;
    const voor = await telRegelingen();
    await expect(
      regelingAanvragen(t.o, burger(ander), eigen.id, { soort: 'standaard' }),
    ).rejects.toMatchObject({ code: 'niet-gevonden' });
    await expect(regelingVoorbeeld(t.o, burger(ander), eigen.id, { draagkracht })).rejects.toMatchObject({
      code: 'niet-gevonden',
    });
    await expect(
      regelingAanvragen(t.o, burger(ander), 999_999, { soort: 'standaard' }),
    ).rejects.toMatchObject({ code: 'niet-gevonden' });
    for (const inkomen of [-1, 1.5, 1e12])
      await expect(
        regelingVoorbeeld(t.o, burger(schuldenaar), eigen.id, { draagkracht: { ...draagkracht, inkomen } }),
      ).rejects.toMatchObject({ code: 'ongeldige-invoer' });
    await expect(
      regelingAanvragen(t.o, burger(schuldenaar), eigen.id, { soort: 'persoonlijk' } as never),
    ).rejects.toMatchObject({ code: 'ongeldige-invoer' });
    expect(await telRegelingen()).toBe(voor);
  });

  it('a case worker on the phone agrees a standard plan for the person; the citizen’s log names it', async () => {
    const staf = {
      sessie: (
        await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-4', wachtwoord: 'demo-behandelaar-4' })
      ).sessie,
      trace: nieuweTrace(),
    };
    // The test year has one recovery (it has a plan now): book one by hand on a decision of the other household.
    await db.query(
      `WITH b AS (SELECT b.id, b.huishouden_id, b.regeling, b.jaar FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id
                   WHERE h.bsn_aanvrager = $1 AND b.soort = 'definitief' AND NOT EXISTS (SELECT 1 FROM vordering v WHERE v.beschikking_id = b.id) LIMIT 1),
            v AS (INSERT INTO vordering (beschikking_id, huishouden_id, regeling, jaar, bedrag, dagtekening, betalen_uiterlijk, ontstaan_op)
                  SELECT id, huishouden_id, regeling, jaar, 90000, DATE '2027-08-01', DATE '2027-09-12', $2 FROM b RETURNING id, huishouden_id)
       INSERT INTO boeking (vordering_id, huishouden_id, soort, bedrag, datum, geboekt_op) SELECT id, huishouden_id, 'vordering', 90000, DATE '2027-08-01', $2 FROM v`,
      [ander, nu],
    );
    const rijen = await db.query<{ bsn: string; id: string }>(
      `SELECT h.bsn_aanvrager AS bsn, v.id FROM vordering v JOIN huishouden h ON h.id = v.huishouden_id
        WHERE NOT EXISTS (SELECT 1 FROM betalingsregeling r WHERE r.vordering_id = v.id) ORDER BY v.id LIMIT 1`,
    );
    const rij = rijen.rows[0];
    expect(rij).toBeDefined();
    // Without a BSN staff reach nobody; with it, the plan is agreed in the person's name.
    await expect(regelingAanvragen(t.o, staf, Number(rij!.id), { soort: 'standaard' })).rejects.toMatchObject(
      { code: 'ongeldige-invoer' },
    );
    const r = await regelingAanvragen(t.o, staf, Number(rij!.id), { soort: 'standaard', bsn: rij!.bsn });
    expect(r).toMatchObject({
      soort: 'standaard',
      rest: 0,
      maandbedrag: 3_750,
      termijnen: 24,
      aangegaanDoor: 'medewerker:m-behandelaar-4',
    });
    // A citizen cannot do it by naming another BSN.
    await expect(
      regelingAanvragen(t.o, burger(schuldenaar), Number(rij!.id), { soort: 'standaard', bsn: rij!.bsn }),
    ).rejects.toMatchObject({ code: 'geen-toegang' });
    const log = await db.query<{ naam: string; n: string }>(
      `SELECT name AS naam, count(*) AS n FROM verwerking WHERE processing_activity_id LIKE '%terugvordering-inzien' GROUP BY name`,
    );
    const namen = Object.fromEntries(log.rows.map((x) => [x.naam, Number(x.n)]));
    expect(namen['betalingsregeling berekenen']).toBeGreaterThan(0);
    expect(namen['betalingsregeling vastleggen']).toBeGreaterThanOrEqual(2);
  });

  it('the team lead counts recoveries by size, in plans, behind and in arrears; a case worker may not', async () => {
    const lead = {
      sessie: (
        await inloggenMedewerker(t.o, { gebruikersnaam: 'teamleider-4', wachtwoord: 'demo-teamleider-4' })
      ).sessie,
      trace: nieuweTrace(),
    };
    const c = await invorderingCijfers(t.o, lead);
    const n = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM vordering')).rows[0]!.n);
    expect(c.totaal).toBe(n);
    expect(c.perGrootte.klein + c.perGrootte.middel + c.perGrootte.groot).toBe(n);
    expect(c.inRegeling).toBe(2);
    // The staff plan started the month after it was agreed and nothing was paid on it: behind once
    // its first month has ended.
    nu = '2030-01-10T09:00:00.000Z';
    const later = await invorderingCijfers(t.o, lead);
    expect(later.regelingAchter).toBe(1);
    const staf = {
      sessie: (
        await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-5', wachtwoord: 'demo-behandelaar-5' })
      ).sessie,
      trace: nieuweTrace(),
    };
    await expect(invorderingCijfers(t.o, staf)).rejects.toMatchObject({ code: 'geen-toegang' });
  });
});
