/**
 * Suspending and resuming a case on the database (Awb 4:15): the due date moves by the waiting days
 * and back by the days not used; only the behandelaar, only in treatment, only at the current
 * version; every step in the history. Also the queue's household type column.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maakZaak } from './maak-zaak';
import { hervat, opschortFouten, schortOp } from './opschorten';
import { ANNA, BART, maakHuishoudens, maakMedewerkers, NU, TEAMLEIDER } from './testing/testdata';
import { uitkomst, waarde } from './testing/uitkomst';
import { claim } from './toewijzing';
import { bewaarWerkfilter, leesWerkfilter } from './werkfilter';
import { werkvoorraad } from './werkvoorraad';
import { historie, zaak } from './zaak-rij';

describeEachDatabase('suspending cases on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1, 2]);
    await maakMedewerkers(db, [ANNA, BART, TEAMLEIDER]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  const geclaimd = async () => {
    const z = await maakZaak(
      db,
      { soort: 'maatwerk-verzoek', huishoudenId: 1, onderwerp: 'Verzoek' },
      ANNA,
      NU,
    );
    return waarde(await uitkomst(claim(db, z.id, z.versie, ANNA, NU)));
  };

  it('moves the due date by the waiting days, and resuming early gives the unused days back', async () => {
    const z = await geclaimd();
    expect(z.termijn).toBe('2026-04-27');
    // NU is 2026-03-02: waiting until 2026-03-16 is 14 days.
    const op = waarde(
      await uitkomst(schortOp(db, z.id, z.versie, 'Loonstroken gevraagd', '2026-03-16', ANNA, NU)),
    );
    expect(op.termijn).toBe('2026-05-11');
    expect(op.opschorting).toEqual({ tot: '2026-03-16', reden: 'Loonstroken gevraagd', op: '2026-03-02' });
    // The information arrives on 2026-03-09: 7 days were not used.
    const terug = waarde(await uitkomst(hervat(db, z.id, op.versie, ANNA, '2026-03-09T10:00:00.000Z')));
    expect(terug.termijn).toBe('2026-05-04');
    expect(terug.opschorting).toBeUndefined();
    const h = (await historie(db, z.id)).map((r) => [r.actie, r.details]);
    expect(h.slice(-2)).toEqual([
      [
        'opgeschort',
        expect.objectContaining({ dagen: 14, termijnVan: '2026-04-27', termijnNaar: '2026-05-11' }),
      ],
      ['hervat', expect.objectContaining({ dagenTerug: 7, termijnNaar: '2026-05-04' })],
    ]);
  });

  it('keeps the moved due date when resumed on or after the day it waited for', async () => {
    const z = await geclaimd();
    const op = waarde(
      await uitkomst(schortOp(db, z.id, z.versie, 'Huurcontract gevraagd', '2026-03-05', ANNA, NU)),
    );
    const terug = waarde(await uitkomst(hervat(db, z.id, op.versie, ANNA, '2026-03-20T10:00:00.000Z')));
    expect(terug.termijn).toBe('2026-04-30');
  });

  it('refuses another case worker, a stale version, a second suspension and bad input, changing nothing', async () => {
    const z = await geclaimd();
    const bart = await uitkomst(schortOp(db, z.id, z.versie, 'Loonstroken gevraagd', '2026-03-16', BART, NU));
    expect(bart).toMatchObject({ ok: false, code: 'niet-toegestaan' });
    const leider = await uitkomst(
      schortOp(db, z.id, z.versie, 'Loonstroken gevraagd', '2026-03-16', TEAMLEIDER, NU),
    );
    expect(leider).toMatchObject({ ok: false, code: 'niet-toegestaan' });
    expect(
      await uitkomst(schortOp(db, z.id, z.versie - 1, 'Loonstroken gevraagd', '2026-03-16', ANNA, NU)),
    ).toMatchObject({
      ok: false,
      code: 'versie-verouderd',
    });
    expect(await uitkomst(schortOp(db, z.id, z.versie, 'kort', '2026-03-01', ANNA, NU))).toMatchObject({
      ok: false,
      code: 'ongeldige-invoer',
    });
    expect(await uitkomst(hervat(db, z.id, z.versie, ANNA, NU))).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
    const na = await zaak(db, z.id);
    expect(na).toMatchObject({ versie: z.versie, termijn: z.termijn });
    expect(na?.opschorting).toBeUndefined();
    const op = waarde(
      await uitkomst(schortOp(db, z.id, z.versie, 'Loonstroken gevraagd', '2026-03-16', ANNA, NU)),
    );
    expect(
      await uitkomst(schortOp(db, z.id, op.versie, 'Nog iets gevraagd', '2026-03-20', ANNA, NU)),
    ).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
  });

  it('refuses the behandelaar once their session names another team, changing nothing', async () => {
    const z = await geclaimd();
    const verhuisd = { ...ANNA, team: 'uitval' };
    const r = await uitkomst(
      schortOp(db, z.id, z.versie, 'Loonstroken gevraagd', '2026-03-16', verhuisd, NU),
    );
    expect(r).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
      melding: expect.stringMatching(/team maatwerk/),
    });
    expect(await zaak(db, z.id)).toMatchObject({ versie: z.versie, termijn: z.termijn });
  });

  it('refuses a case in the team queue', async () => {
    const z = await maakZaak(
      db,
      { soort: 'maatwerk-verzoek', huishoudenId: 2, onderwerp: 'Verzoek' },
      ANNA,
      NU,
    );
    expect(
      await uitkomst(schortOp(db, z.id, z.versie, 'Loonstroken gevraagd', '2026-03-16', ANNA, NU)),
    ).toMatchObject({
      ok: false,
      code: 'niet-toegestaan',
    });
  });

  it('gives the queue the household type from today’s person facts', async () => {
    await db.query(
      `INSERT INTO feit (huishouden_id, soort, waarde, bron, geregistreerd_op)
       VALUES (2, 'persoon', '{"rol":"toeslagpartner","geboortedatum":"1990-01-01"}', 'brp', $1),
              (2, 'persoon', '{"rol":"kind","geboortedatum":"2020-01-01"}', 'brp', $1)`,
      [NU],
    );
    const r = await werkvoorraad(db, { metHuishoudtype: true, limiet: 500 }, '2026-03-02');
    const per = new Map(r.zaken.map((z) => [z.huishoudenId, z.huishoudtype]));
    expect(per.get(2)).toBe('paar-met-kinderen');
    expect(per.get(1)).toBe('alleenstaande');
    const zonder = await werkvoorraad(db, { limiet: 1 }, '2026-03-02');
    expect(zonder.zaken[0]?.huishoudtype).toBeUndefined();
  });
});

it('names every problem of a suspension request', () => {
  expect(opschortFouten('Loonstroken gevraagd', '2026-03-16', '2026-03-02')).toEqual([]);
  expect(opschortFouten('', '2026-02-30x', '2026-03-02').map((f) => f.naam)).toEqual(['reden', 'tot']);
  expect(opschortFouten('Loonstroken gevraagd', '2026-03-02', '2026-03-02')[0]).toMatchObject({
    naam: 'tot',
    reden: expect.stringMatching(/na vandaag/),
  });
  expect(opschortFouten('Loonstroken gevraagd', '2026-12-31', '2026-03-02')[0]?.reden).toMatch(/91 dagen/);
});

describeEachDatabase('the saved queue filter on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('keeps the last choice per staff member, and "every type" as null', async () => {
    expect(await leesWerkfilter(db, 'anna')).toBeUndefined();
    await bewaarWerkfilter(db, 'anna', { soort: 'contactverzoek' }, NU);
    await bewaarWerkfilter(db, 'bart', { soort: null }, NU);
    expect(await leesWerkfilter(db, 'anna')).toEqual({ soort: 'contactverzoek' });
    await bewaarWerkfilter(db, 'anna', { soort: 'bezwaar' }, NU);
    expect(await leesWerkfilter(db, 'anna')).toEqual({ soort: 'bezwaar' });
    expect(await leesWerkfilter(db, 'bart')).toEqual({ soort: null });
  });
});
