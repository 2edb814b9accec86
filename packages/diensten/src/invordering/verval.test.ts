/**
 * A payment plan that lapses, on both databases (issue 15). Two households get a recovery of € 3,000
 * arranged (last day to pay 12 September 2026) and agree the standard plan in August (24 terms of
 * € 125 from September); HB gets a personal guide. Neither pays September's term. The run for
 * September sends both a reminder naming what is due within two weeks (and plans a task for HB's
 * guide); HA pays part of it. The run for October lapses HA's plan — one row with its letter, the
 * ledger untouched, the whole balance due — but never HB's (the guide gets another task; the
 * database refuses a lapse written around the rule). From November HA is collected as without a
 * plan: interest, an offset against its toeslag (shown in Mijn betalingen as set off, with the
 * recovery it went to) and an aanmaning; HB, still in its plan, none of these. Every rerun doubles
 * nothing; the team lead's counts show the lapsed plan and the arrears.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { invorderingsrente, VERVAL } from '@regelmaat/invordering';
import { nieuweTrace, verwerkingenVan } from '@regelmaat/logboek';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mijnBetalingen } from '../betalingen';
import type { Context } from '../context';
import { inloggenDigid, inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, rekenJaarAf, SLEUTELS, type TestOmgeving } from '../testing/test-omgeving';
import { personenUitFeiten } from '../verwerkingslog';
import { begeleidingStarten, caseload } from './begeleiding';
import { invorderingCijfers } from './cijfers';
import { regelingAanvragen } from './regeling';
import { invorderingRun } from './run';
import { betaalTerug, terugbetalenVan } from './terugbetalen';

describeEachDatabase('a payment plan that lapses on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let nu = '2026-08-20T10:00:00.000Z';
  const h: { id: number; bsn: string; vordering: number }[] = [];
  const medewerker = async (naam: string): Promise<Context> => ({
    sessie: (await inloggenMedewerker(t.o, { gebruikersnaam: naam, wachtwoord: `demo-${naam}` })).sessie,
    trace: nieuweTrace(),
  });
  const burger = (bsn: string): Context => ({
    sessie: inloggenDigid(t.o, { bsn }).sessie,
    trace: nieuweTrace(),
  });
  const tel = async (tabel: string, waar = 'true') =>
    Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${tabel} WHERE ${waar}`)).rows[0]!.n);
  const boekingen = async (vordering: number) =>
    (
      await db.query<{ id: string; soort: string; bedrag: number }>(
        'SELECT id, soort, bedrag FROM boeking WHERE vordering_id = $1 ORDER BY id',
        [vordering],
      )
    ).rows;
  const stand = async () => ({
    boeking: await tel('boeking'),
    herinnering: await tel('herinnering'),
    verval: await tel('regeling_verval'),
    contactmoment: await tel('contactmoment'),
  });
  const draai = async (maand: string, op: string) => {
    nu = op;
    return invorderingRun(t.o, { maand });
  };

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => nu);
    await rekenJaarAf(db, t.o.wetgeving, SLEUTELS.pseudoniem);
    const zonder = await db.query<{ id: string; bsn: string; b: string }>(
      `SELECT h.id, h.bsn_aanvrager AS bsn,
              (SELECT min(b.id) FROM beschikking b WHERE b.huishouden_id = h.id
                  AND NOT EXISTS (SELECT 1 FROM vordering v WHERE v.beschikking_id = b.id)) AS b
         FROM huishouden h WHERE EXISTS (SELECT 1 FROM beschikking b WHERE b.huishouden_id = h.id)
        ORDER BY EXISTS (SELECT 1 FROM vordering v WHERE v.huishouden_id = h.id), h.id LIMIT 2`,
    );
    expect(zonder.rows).toHaveLength(2);
    for (const r of zonder.rows) {
      const v = await db.query<{ id: string }>(
        `INSERT INTO vordering (beschikking_id, huishouden_id, regeling, jaar, bedrag, dagtekening, betalen_uiterlijk, ontstaan_op)
         VALUES ($1, $2, 'zorgtoeslag', 2025, 300000, '2026-08-01', '2026-09-12', '2026-08-01T10:00:00Z') RETURNING id`,
        [r.b, r.id],
      );
      await db.query(
        `INSERT INTO boeking (vordering_id, huishouden_id, soort, bedrag, datum, geboekt_op)
         VALUES ($1, $2, 'vordering', 300000, '2026-08-01', '2026-08-01T10:00:00Z')`,
        [v.rows[0]!.id, r.id],
      );
      // A toeslag of € 1,500 paid for every month of autumn (arranged: the population's own may be nil).
      for (const maand of [9, 10, 11])
        await db.query(
          `INSERT INTO betaling (run_id, huishouden_id, regeling, jaar, maand, beschikking_id, bedrag)
           SELECT run_id, $1, 'huurtoeslag', 2026, $2, beschikking_id, 150000 FROM betaling LIMIT 1
           ON CONFLICT (huishouden_id, regeling, jaar, maand) DO UPDATE SET bedrag = 150000`,
          [r.id, maand],
        );
      h.push({ id: Number(r.id), bsn: r.bsn, vordering: Number(v.rows[0]!.id) });
    }
    for (const x of h) {
      const p = await regelingAanvragen(t.o, burger(x.bsn), x.vordering, { soort: 'standaard' });
      expect(p).toMatchObject({ maandbedrag: 12_500, termijnen: 24, eersteTermijn: '2026-09-01' });
    }
    nu = '2026-08-25T10:00:00.000Z';
    await begeleidingStarten(t.o, await medewerker('teamleider-4'), {
      bsn: h[1]!.bsn,
      begeleider: 'm-behandelaar-5',
      reden: 'hoge-terugvordering',
    });
  }, 240_000);
  afterAll(async () => {
    await db?.close();
  });

  it('September’s term missed: a reminder naming what is due within two weeks; the guide gets a task; a rerun doubles nothing', async () => {
    await draai('2026-09', '2026-10-03T09:00:00.000Z');
    for (const x of h) {
      const [r] = (await terugbetalenVan(t.o, burger(x.bsn), {})).herinneringen;
      expect(r).toMatchObject({
        maand: '2026-09',
        soort: 'herinnering',
        brief: {
          reden: 'termijn-regeling-gemist',
          achterstand: 12_500,
          verschuldigd: 12_500,
          nieuweTermijn: '2026-10-17',
        },
      });
      // In a plan: no interest, no offset.
      expect((await boekingen(x.vordering)).map((b) => b.soort)).toEqual(['vordering']);
    }
    const joris = await caseload(t.o, await medewerker('behandelaar-5'));
    const taken = joris.regels[0]!.contactmomenten.filter((m) => m.aanleiding === 'regeling-achter');
    expect(taken.map((m) => m.geplandOp)).toEqual(['2026-10-10']);
    const voor = await stand();
    await draai('2026-09', '2026-10-04T09:00:00.000Z');
    expect(await stand()).toEqual(voor);
  });

  it('October: HA paid only part of it, so its plan lapses — the ledger untouched, the whole balance due; HB’s never', async () => {
    nu = '2026-10-10T09:00:00.000Z';
    await betaalTerug(t.o, burger(h[0]!.bsn), { vorderingId: h[0]!.vordering, bedrag: 5_000 });
    const grootboek = await boekingen(h[0]!.vordering);
    const r = await draai('2026-10', '2026-11-03T09:00:00.000Z');
    expect(r.klaar).toBe(true);
    // A lapse books nothing: what was paid stays what was paid.
    expect(await boekingen(h[0]!.vordering)).toEqual(grootboek);
    const a = (await terugbetalenVan(t.o, burger(h[0]!.bsn), {})).vorderingen.find(
      (v) => v.id === h[0]!.vordering,
    )!;
    expect(a.saldo).toBe(295_000);
    expect(a.betalingsregeling!.vervallenOp).toBe('2026-11-03T09:00:00.000Z');
    expect(a.betalingsregeling!.betaaldSinds).toBe(5_000);
    expect(a.standaard).toBeNull();
    expect(a.verval).toMatchObject({
      maand: '2026-10',
      brief: {
        verschuldigd: 12_500,
        gemist: 7_500,
        herinneringTermijn: '2026-10-17',
        saldo: 295_000,
        betalenUiterlijk: '2026-11-17',
      },
    });
    expect(VERVAL.teBevestigen).toBe(true);
    const b = (await terugbetalenVan(t.o, burger(h[1]!.bsn), {})).vorderingen.find(
      (v) => v.id === h[1]!.vordering,
    )!;
    expect(b.verval).toBeNull();
    expect(b.betalingsregeling!.vervallenOp).toBeNull();
    const joris = await caseload(t.o, await medewerker('behandelaar-5'));
    expect(
      joris.regels[0]!.contactmomenten.filter((m) => m.aanleiding === 'regeling-achter').map(
        (m) => m.geplandOp,
      ),
    ).toEqual(['2026-10-10', '2026-11-10']);
    // Walking around the rule: a lapse written straight into the table is refused for HB; the row of HA cannot change.
    const plan = await db.query<{ id: string }>('SELECT id FROM betalingsregeling WHERE vordering_id = $1', [
      h[1]!.vordering,
    ]);
    await expect(
      db.query(
        `INSERT INTO regeling_verval (regeling_id, vordering_id, huishouden_id, run_id, maand, brief, vervallen_op)
         VALUES ($1, $2, $3, $4, '2026-10', '{}'::jsonb, now())`,
        [plan.rows[0]!.id, h[1]!.vordering, h[1]!.id, r.runId],
      ),
    ).rejects.toThrow(/begeleiding/);
    await expect(db.query(`UPDATE regeling_verval SET maand = '2026-11'`)).rejects.toThrow();
    const voor = await stand();
    await draai('2026-10', '2026-11-04T09:00:00.000Z');
    expect(await stand()).toEqual(voor);
    const c = await invorderingCijfers(t.o, await medewerker('teamleider-4'));
    expect(c.regelingVervallen).toBe(1);
    expect(c.inRegeling).toBe(1);
    expect(c.regelingAchter).toBe(1);
    expect(c.achterstalligZonderRegeling).toBeGreaterThanOrEqual(1);
  });

  it('November: HA is collected as without a plan — interest, an offset shown in Mijn betalingen, an aanmaning; HB none of these', async () => {
    await draai('2026-11', '2026-12-03T09:00:00.000Z');
    const a = await boekingen(h[0]!.vordering);
    expect(a.map((b) => b.soort)).toEqual(['vordering', 'betaling', 'rente', 'verrekening']);
    expect(a[2]!.bedrag).toBe(invorderingsrente(295_000, '2026-11-01', '2026-11-30').bedrag);
    const verrekend = -a[3]!.bedrag;
    expect(verrekend).toBeGreaterThanOrEqual(2_000);
    expect((await boekingen(h[1]!.vordering)).map((b) => b.soort)).toEqual(['vordering']);
    const soorten = async (v: number) =>
      (
        await db.query<{ soort: string }>(
          'SELECT soort FROM herinnering WHERE vordering_id = $1 ORDER BY maand',
          [v],
        )
      ).rows.map((x) => x.soort);
    expect(await soorten(h[0]!.vordering)).toEqual(['herinnering', 'aanmaning']);
    expect(await soorten(h[1]!.vordering)).toEqual(['herinnering', 'herinnering', 'herinnering']);
    // Mijn betalingen: the offset as set off, with the month, the amount and the recovery it went to.
    const m = await mijnBetalingen(t.o, burger(h[0]!.bsn), { jaar: 2026 });
    expect(m.verrekeningen).toEqual([
      {
        datum: '2026-11-30',
        maand: 11,
        vordering: { id: h[0]!.vordering, regeling: 'zorgtoeslag', naam: 'Zorgtoeslag', jaar: 2025 },
        bedrag: verrekend,
      },
    ]);
    expect(m.verrekend).toBe(verrekend);
    expect((await mijnBetalingen(t.o, burger(h[1]!.bsn), { jaar: 2026 })).verrekeningen).toEqual([]);
  });

  it('logs every run for every person of both households', async () => {
    for (const x of h)
      for (const bsn of personenUitFeiten(await leesDossierFeiten(db, x.id))) {
        const namen = (await verwerkingenVan(db, bsn, SLEUTELS.pseudoniem, { metActor: false })).map(
          (r) => r.naam,
        );
        expect(namen).toEqual(
          expect.arrayContaining(['invordering 2026-09', 'invordering 2026-10', 'invordering 2026-11']),
        );
      }
  });
});
