/**
 * The feeds of housing corporations and health insurers (issue 16), over HTTP on both databases.
 * The clock stands at 20 June 2026; three tenants of the demo corporation have an advance from the
 * run. The corporation's July batch (the yearly 1 July increase) raises one rent: her huurtoeslag is
 * revised (a new decision version with its letter) and her portal has a message saying what
 * changed, who reported it and what to do if it is wrong. A second tenant's rent stays the same:
 * nothing is written for him. A third reported his own July rent, and the corporation's differs:
 * one case with both values, no amount changed. The same batch again changes nothing; the same id
 * with other content is refused; an older report changes nothing; another corporation's tenant, a
 * childcare provider and a citizen cannot report at all. The insurer's reports: an end of insurance
 * of an applicant opens a case and a message with the month it counts from; a start for someone
 * who did not apply changes nothing.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { huurderGezin, koppelHuurders, koppelVerzekerden } from '@regelmaat/diensten/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { testBsn } from '@regelmaat/dossier-opslag/testing';
import {
  DEMO_PARTNER,
  DEMO_VERHUURDER,
  DEMO_ZORGVERZEKERAAR,
  koppelKlant,
  maakPartnerClient,
} from '@regelmaat/toegang';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiTest } from './testing/api-omgeving';
import { maakApiTest } from './testing/api-omgeving';

const NU = '2026-06-20T10:00:00.000Z';
const HUURDER = { id: 60, bsn: testBsn(600) };
const GELIJK = { id: 61, bsn: testBsn(610) };
const ZELF = { id: 62, bsn: testBsn(620) };
const ANDER = { id: 63, bsn: testBsn(630) };
const NIET_AANGEVRAAGD = testBsn(990);
const PARTNER_VERHUURDER = 2;
const PARTNER_VERZEKERAAR = 3;

const huurder = huurderGezin;

describeEachDatabase('rent and insurance reports of partners, on $naam', ({ open }) => {
  const t = {} as ApiTest;
  beforeAll(async () => {
    const db = await open();
    // Written before the test setup's advance run, so the run gives them an advance too.
    await db.transaction((tx) =>
      schrijfHuishoudens(tx, [
        huurder(HUURDER.id, [{ kaleHuur: 700 }]),
        huurder(GELIJK.id, [{ kaleHuur: 650 }]),
        huurder(ZELF.id, [
          { kaleHuur: 700, tot: '2026-07-01' },
          { kaleHuur: 720, vanaf: '2026-07-01' },
        ]),
        huurder(ANDER.id, [{ kaleHuur: 600 }]),
      ]),
    );
    Object.assign(t, await maakApiTest(db, () => NU));
    await koppelHuurders(db, DEMO_VERHUURDER.clientId, [HUURDER.id, GELIJK.id, ZELF.id], NU);
    await maakPartnerClient(db, {
      clientId: 'woningcorporatie-ander',
      naam: 'Andere corporatie (test)',
      soort: 'verhuurder',
      secret: 'een-geheim-van-minstens-32-tekens-lang',
    });
    await koppelHuurders(db, 'woningcorporatie-ander', [ANDER.id], NU);
    // The childcare provider has household 60 as its client: that gives it no right to report rent.
    await koppelKlant(db, DEMO_PARTNER.clientId, HUURDER.id);
    await koppelVerzekerden(
      db,
      DEMO_ZORGVERZEKERAAR.clientId,
      [HUURDER.bsn, GELIJK.bsn, NIET_AANGEVRAAGD],
      NU,
    );
  }, 120_000);
  afterAll(async () => {
    await t.app?.close();
    await t.db?.close();
  });

  const auth = async (n: number) => ({ authorization: `Bearer ${await t.token('partner', n)}` });
  const juliRij = (
    meldingId: string,
    bsn: string,
    kaleHuur: number,
    extra: Record<string, unknown> = {},
  ) => ({
    meldingId,
    opgesteldOp: '2026-06-01T08:00:00Z',
    huurderBsn: bsn,
    ingangsdatum: '2026-07-01',
    kaleHuur,
    ...extra,
  });
  const batch = async (rijen: unknown[], partner = PARTNER_VERHUURDER) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/partner/huurwijzigingen/batch',
      headers: await auth(partner),
      payload: { rijen },
    });
  const JULI = [
    juliRij('juli-1', HUURDER.bsn, 73_000),
    juliRij('juli-2', GELIJK.bsn, 65_000),
    juliRij('juli-3', ZELF.bsn, 74_000),
  ];
  const ht = async (id: number) =>
    (
      await t.db.query<{ id: string; jaarbedrag: number; maandbedragen: number[]; aanleiding: string }>(
        `SELECT id, jaarbedrag, maandbedragen, aanleiding FROM beschikking
          WHERE huishouden_id = $1 AND regeling = 'huurtoeslag' ORDER BY id`,
        [id],
      )
    ).rows;
  const tel = async (sql: string, id: number) =>
    Number((await t.db.query<{ n: string }>(sql, [id])).rows[0]!.n);
  const feiten = (id: number) => tel('SELECT count(*) AS n FROM feit WHERE huishouden_id = $1', id);
  const berichten = (id: number) => tel('SELECT count(*) AS n FROM bericht WHERE huishouden_id = $1', id);
  const zaken = (id: number) => tel('SELECT count(*) AS n FROM zaak WHERE huishouden_id = $1', id);
  const alsBurger = async (bsn: string) => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/sessies/digid-simulatie', payload: { bsn } });
    return { authorization: `Bearer ${(r.json() as { token: string }).token}` };
  };

  it('the July batch: a new decision, letter and message for a changed rent; nothing for an unchanged one', async () => {
    const [oud] = await ht(HUURDER.id);
    expect(oud).toBeDefined();
    const gelijkVoor = { ht: await ht(GELIJK.id), feiten: await feiten(GELIJK.id) };
    const zelfVoor = { ht: await ht(ZELF.id), feiten: await feiten(ZELF.id) };

    const r = await batch(JULI);
    expect(r.statusCode).toBe(200);
    const a = r.json() as {
      aantal: number;
      telling: Record<string, number>;
      beschikkingen: number;
      rijen: { rij: number; status: number; uitkomst: string; beschikkingen: number[]; zaakId?: number }[];
    };
    expect(a.rijen.map((x) => [x.rij, x.status, x.uitkomst])).toEqual([
      [0, 200, 'herberekend'],
      [1, 200, 'al-bekend'],
      [2, 200, 'afwijking'],
    ]);
    expect(a.telling).toEqual({ herberekend: 1, 'al-bekend': 1, afwijking: 1 });

    // The changed household: a new huurtoeslag version, higher from July (Awir art. 5: from the 1st).
    const [, nieuw] = await ht(HUURDER.id);
    expect(Number(nieuw!.id)).toBe(a.rijen[0]!.beschikkingen[0]);
    expect(nieuw!.aanleiding).toBe('wijziging');
    expect(nieuw!.jaarbedrag).toBeGreaterThan(oud!.jaarbedrag);
    // The months still to come carry more; the sum of the schedule is the new year amount.
    expect(nieuw!.maandbedragen[11]).toBeGreaterThan(oud!.maandbedragen[11]!);
    expect(nieuw!.maandbedragen.reduce((x, y) => x + y, 0)).toBe(nieuw!.jaarbedrag);
    console.log(
      `July rent € 700 → € 730: huurtoeslag € ${oud!.jaarbedrag / 100} → € ${nieuw!.jaarbedrag / 100} a year; ` +
        `months ${oud!.maandbedragen.join(',')} → ${nieuw!.maandbedragen.join(',')}`,
    );
    // The citizen's rent is kept until July and superseded, not overwritten.
    const huur = await t.db.query<{
      vanaf: string | null;
      tot: string | null;
      bron: string;
      vervallen: boolean;
    }>(
      `SELECT geldig_vanaf::text AS vanaf, geldig_tot::text AS tot, bron, vervallen_op IS NOT NULL AS vervallen
         FROM feit WHERE huishouden_id = $1 AND soort = 'huur' ORDER BY id`,
      [HUURDER.id],
    );
    expect(huur.rows).toEqual([
      { vanaf: null, tot: null, bron: 'burger', vervallen: true },
      { vanaf: null, tot: '2026-07-01', bron: 'verhuurder', vervallen: false },
      { vanaf: '2026-07-01', tot: null, bron: 'verhuurder', vervallen: false },
    ]);

    // Her message: what changed, who reported it, the effect.
    const headers = await alsBurger(HUURDER.bsn);
    const b = await t.app.inject({ method: 'POST', url: '/v1/berichten', headers, payload: {} });
    const lijst = (b.json() as { berichten: { soort: string; gegevens: Record<string, unknown> }[] })
      .berichten;
    expect(lijst).toHaveLength(1);
    expect(lijst[0]!.soort).toBe('huur-wijziging');
    expect(lijst[0]!.gegevens).toMatchObject({
      verhuurder: DEMO_VERHUURDER.naam,
      ingangsdatum: '2026-07-01',
      oud: { kaleHuur: 70_000, servicekosten: 0 },
      nieuw: { kaleHuur: 73_000, servicekosten: 0 },
      beschikkingen: [Number(nieuw!.id)],
    });
    expect(lijst[0]!.gegevens.effecten).toEqual([
      expect.objectContaining({
        regeling: 'huurtoeslag',
        jaarbedragNu: oud!.jaarbedrag,
        jaarbedragNieuw: nieuw!.jaarbedrag,
        extra: nieuw!.jaarbedrag - oud!.jaarbedrag,
      }),
    ]);
    // The letter of the new decision is in her letters and renders as a PDF.
    const brieven = await t.app.inject({ method: 'POST', url: '/v1/brieven', headers, payload: {} });
    expect((brieven.json() as { brieven: { beschikkingId: number }[] }).brieven).toContainEqual(
      expect.objectContaining({ beschikkingId: Number(nieuw!.id) }),
    );
    const pdf = await t.app.inject({ method: 'GET', url: `/v1/brieven/${nieuw!.id}?formaat=pdf`, headers });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');

    // The unchanged household: nothing written, no decision, no message, no case.
    expect(await ht(GELIJK.id)).toEqual(gelijkVoor.ht);
    expect(await feiten(GELIJK.id)).toBe(gelijkVoor.feiten);
    expect(await berichten(GELIJK.id)).toBe(0);
    expect(await zaken(GELIJK.id)).toBe(0);

    // The contradiction: one case (team uitval) with both values, no amount or fact changed.
    expect(await ht(ZELF.id)).toEqual(zelfVoor.ht);
    expect(await feiten(ZELF.id)).toBe(zelfVoor.feiten);
    const z = await t.db.query<{ team: string; soort: string; toelichting: Record<string, unknown> }>(
      'SELECT team, soort, toelichting FROM zaak WHERE id = $1',
      [a.rijen[2]!.zaakId],
    );
    expect(z.rows[0]).toMatchObject({
      team: 'uitval',
      soort: 'partner-afwijking',
      toelichting: { burger: { kaleHuur: 72_000, servicekosten: 0 }, gemeld: { kaleHuur: 74_000 } },
    });
    expect(await berichten(ZELF.id)).toBe(1);

    // Every report was logged for the persons it concerns.
    const log = await t.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM verwerking WHERE name = 'huurwijziging gemeld'",
    );
    expect(Number(log.rows[0]!.n)).toBeGreaterThanOrEqual(3);
  });

  it('the same batch again changes nothing; the same id with other content is refused', async () => {
    const voor = {
      ht: await ht(HUURDER.id),
      berichten: await berichten(HUURDER.id),
      zaken: await zaken(ZELF.id),
    };
    const r = await batch(JULI);
    const a = r.json() as { beschikkingen: number; rijen: { herhaald: boolean; uitkomst: string }[] };
    expect(a.beschikkingen).toBe(0);
    expect(a.rijen.map((x) => [x.herhaald, x.uitkomst])).toEqual([
      [true, 'herberekend'],
      [true, 'al-bekend'],
      [true, 'afwijking'],
    ]);
    expect(await ht(HUURDER.id)).toEqual(voor.ht);
    expect(await berichten(HUURDER.id)).toBe(voor.berichten);
    expect(await zaken(ZELF.id)).toBe(voor.zaken);

    const ander = await t.app.inject({
      method: 'POST',
      url: '/v1/partner/huurwijzigingen',
      headers: await auth(PARTNER_VERHUURDER),
      payload: juliRij('juli-1', HUURDER.bsn, 75_000),
    });
    expect(ander.statusCode).toBe(409);
    expect(ander.json()).toMatchObject({ code: 'melding-id-hergebruikt' });
    expect(await ht(HUURDER.id)).toEqual(voor.ht);
  });

  it('an older report does not overwrite a newer one', async () => {
    const voor = await ht(HUURDER.id);
    const r = await t.app.inject({
      method: 'POST',
      url: '/v1/partner/huurwijzigingen',
      headers: await auth(PARTNER_VERHUURDER),
      payload: juliRij('mei-1', HUURDER.bsn, 71_000, { opgesteldOp: '2026-05-01T08:00:00Z' }),
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ uitkomst: 'verouderd', verwerkt: false, beschikkingen: [] });
    expect(await ht(HUURDER.id)).toEqual(voor);
  });

  it('walking around it: another corporation’s tenant, a childcare provider, a citizen — refused, nothing changed', async () => {
    const voor = { ht: await ht(ANDER.id), feiten: await feiten(ANDER.id), h: await ht(HUURDER.id) };
    const pogingen = [
      // The demo corporation about the other corporation's tenant, and about someone unknown.
      { headers: await auth(PARTNER_VERHUURDER), payload: juliRij('x-1', ANDER.bsn, 80_000) },
      { headers: await auth(PARTNER_VERHUURDER), payload: juliRij('x-2', testBsn(777), 80_000) },
      // The childcare provider, whose client household 60 is, about its rent.
      { headers: await auth(0), payload: juliRij('x-3', HUURDER.bsn, 80_000) },
      // The tenant herself with her citizen session.
      { headers: await alsBurger(HUURDER.bsn), payload: juliRij('x-4', HUURDER.bsn, 80_000) },
      // The insurer.
      { headers: await auth(PARTNER_VERZEKERAAR), payload: juliRij('x-5', HUURDER.bsn, 80_000) },
    ];
    for (const p of pogingen) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/partner/huurwijzigingen', ...p });
      expect(r.statusCode).toBe(403);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    // Without a session at all.
    const anoniem = await t.app.inject({
      method: 'POST',
      url: '/v1/partner/huurwijzigingen',
      payload: juliRij('x-6', HUURDER.bsn, 80_000),
    });
    expect(anoniem.statusCode).toBe(401);
    expect(await ht(ANDER.id)).toEqual(voor.ht);
    expect(await feiten(ANDER.id)).toBe(voor.feiten);
    expect(await ht(HUURDER.id)).toEqual(voor.h);
    const opgeslagen = await t.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM partner_wijziging WHERE melding_id LIKE 'x-%'",
    );
    expect(Number(opgeslagen.rows[0]!.n)).toBe(0);
  });

  it('a bad row in a batch is answered for that row and stops no other', async () => {
    const r = await batch([
      juliRij('b-1', GELIJK.bsn, -5),
      { huurderBsn: GELIJK.bsn },
      juliRij('b-2', ANDER.bsn, 80_000),
      juliRij('b-3', GELIJK.bsn, 65_000, { opgesteldOp: '2026-06-02T08:00:00Z' }),
      juliRij('b-4', GELIJK.bsn, 65_000, { ingangsdatum: '2027-07-01' }),
    ]);
    expect(r.statusCode).toBe(200);
    const a = r.json() as { rijen: { rij: number; status: number; code?: string; uitkomst?: string }[] };
    expect(a.rijen.map((x) => [x.rij, x.status, x.code ?? x.uitkomst])).toEqual([
      [0, 400, 'ongeldige-invoer'],
      [1, 400, 'ongeldige-invoer'],
      [2, 403, 'geen-toegang'],
      [3, 200, 'al-bekend'],
      [4, 400, 'ongeldige-invoer'],
    ]);
  });

  it('the insurer: an end of an applicant’s insurance opens a case and a message with the month it counts from', async () => {
    const meld = async (body: Record<string, unknown>, partner = PARTNER_VERZEKERAAR) =>
      t.app.inject({
        method: 'POST',
        url: '/v1/partner/zorgverzekeringen',
        headers: await auth(partner),
        payload: { opgesteldOp: '2026-06-10T08:00:00Z', ...body },
      });
    const voor = await t.db.query(
      'SELECT id, jaarbedrag FROM beschikking WHERE huishouden_id = $1 ORDER BY id',
      [GELIJK.id],
    );
    const r = await meld({ meldingId: 'zv-1', bsn: GELIJK.bsn, gebeurtenis: 'einde', datum: '2026-06-15' });
    expect(r.statusCode).toBe(200);
    const a = r.json() as { uitkomst: string; zaakId: number };
    expect(a.uitkomst).toBe('in-behandeling');
    const z = await t.db.query<{ team: string; soort: string; toelichting: Record<string, unknown> }>(
      'SELECT team, soort, toelichting FROM zaak WHERE id = $1',
      [a.zaakId],
    );
    // Insured on 1 June, not on 1 July: zorgtoeslag ends from July (Awir art. 5 lid 1).
    expect(z.rows[0]).toMatchObject({
      team: 'uitval',
      soort: 'partner-afwijking',
      toelichting: { rol: 'aanvrager', gebeurtenis: 'einde', datum: '2026-06-15', telVanaf: '2026-07-01' },
    });
    const b = await t.db.query<{ soort: string; gegevens: Record<string, unknown> }>(
      'SELECT soort, gegevens FROM bericht WHERE huishouden_id = $1',
      [GELIJK.id],
    );
    expect(b.rows).toEqual([
      {
        soort: 'zorgverzekering-melding',
        gegevens: expect.objectContaining({
          zorgverzekeraar: DEMO_ZORGVERZEKERAAR.naam,
          telVanaf: '2026-07-01',
        }),
      },
    ]);
    // Nothing is overwritten: no decision changed.
    expect(
      (
        await t.db.query('SELECT id, jaarbedrag FROM beschikking WHERE huishouden_id = $1 ORDER BY id', [
          GELIJK.id,
        ])
      ).rows,
    ).toEqual(voor.rows);
    // A repeat changes nothing.
    const nog = await meld({ meldingId: 'zv-1', bsn: GELIJK.bsn, gebeurtenis: 'einde', datum: '2026-06-15' });
    expect(nog.json()).toMatchObject({ herhaald: true, uitkomst: 'in-behandeling', verwerkt: false });
    expect(await berichten(GELIJK.id)).toBe(1);
  });

  it('the insurer: a start that is already known, or for someone who did not apply, changes nothing', async () => {
    const meld = async (body: Record<string, unknown>, partner = PARTNER_VERZEKERAAR) =>
      t.app.inject({
        method: 'POST',
        url: '/v1/partner/zorgverzekeringen',
        headers: await auth(partner),
        payload: body,
      });
    const bekend = await meld({
      meldingId: 'zv-2',
      bsn: HUURDER.bsn,
      gebeurtenis: 'begin',
      datum: '2026-01-01',
    });
    expect(bekend.json()).toMatchObject({ uitkomst: 'al-bekend', verwerkt: false });
    const geen = await meld({
      meldingId: 'zv-3',
      bsn: NIET_AANGEVRAAGD,
      gebeurtenis: 'begin',
      datum: '2026-06-01',
    });
    expect(geen.statusCode).toBe(200);
    expect(geen.json()).toMatchObject({ uitkomst: 'geen-aanvraag', beschikkingen: [] });
    // Someone the insurer does not insure; the corporation; a citizen: refused.
    expect(
      (await meld({ meldingId: 'zv-4', bsn: ZELF.bsn, gebeurtenis: 'einde', datum: '2026-06-30' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await meld(
          { meldingId: 'zv-5', bsn: HUURDER.bsn, gebeurtenis: 'einde', datum: '2026-06-30' },
          PARTNER_VERHUURDER,
        )
      ).statusCode,
    ).toBe(403);
    const burger = await t.app.inject({
      method: 'POST',
      url: '/v1/partner/zorgverzekeringen',
      headers: await alsBurger(HUURDER.bsn),
      payload: { meldingId: 'zv-6', bsn: HUURDER.bsn, gebeurtenis: 'einde', datum: '2026-06-30' },
    });
    expect(burger.statusCode).toBe(403);
    expect(await zaken(HUURDER.id)).toBe(0);
  });
});
