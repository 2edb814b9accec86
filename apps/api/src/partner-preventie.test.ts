/**
 * Partner reports that recompute and tell (issue 16), over HTTP on both databases. A single parent
 * with a child in day care (100 hours a month, € 10 an hour) has an advance from the run. Her
 * provider deregisters the child per 30 April: the childcare ends, the kinderopvangtoeslag is
 * revised (a new decision version with its letter), and her portal has a message saying what
 * changed, who reported it and what to do if it is wrong. Without the report the advance would
 * have been paid for May–December and recovered after the year: that amount is avoided. The same
 * report again changes nothing; a report that contradicts her newer statement, or hours that
 * clearly differ from hers, open a case with both values and change no amount; another provider
 * cannot report on her child at all.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { OPVANG_GEZIN, opvangGezin } from '@regelmaat/diensten/testing';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { DEMO_PARTNER, koppelKlant } from '@regelmaat/toegang';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiTest } from './testing/api-omgeving';
import { maakApiTest } from './testing/api-omgeving';

const { id: ID, ouderBsn: OUDER, kindBsn: KIND } = OPVANG_GEZIN;
const uren = (n: number) => Array(12).fill(n) as number[];

describeEachDatabase('partner reports that recompute and tell, on $naam', ({ open }) => {
  const t = {} as ApiTest;
  beforeAll(async () => {
    const db = await open();
    // Written before the test setup's advance run, so the run gives her an advance too.
    await db.transaction((tx) => schrijfHuishoudens(tx, [opvangGezin()]));
    Object.assign(t, await maakApiTest(db));
    await koppelKlant(db, DEMO_PARTNER.clientId, ID);
  }, 60_000);
  afterAll(async () => {
    await t.app?.close();
    await t.db?.close();
  });

  const meld = async (body: Record<string, unknown>, partner: 0 | 1 = 0) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/partner/opvanguren',
      headers: { authorization: `Bearer ${await t.token('partner', partner)}` },
      payload: { kindBsn: KIND, jaar: 2026, soort: 'dagopvang', uren: uren(100), ...body },
    });
  const alsOuder = async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/v1/sessies/digid-simulatie',
      payload: { bsn: OUDER },
    });
    return { authorization: `Bearer ${(r.json() as { token: string }).token}` };
  };
  const kot = async () =>
    (
      await t.db.query<{ id: string; jaarbedrag: number; maandbedragen: number[]; aanleiding: string }>(
        `SELECT id, jaarbedrag, maandbedragen, aanleiding FROM beschikking
          WHERE huishouden_id = $1 AND regeling = 'kinderopvangtoeslag' ORDER BY id`,
        [ID],
      )
    ).rows;
  const tel = async (sql: string) => Number((await t.db.query<{ n: string }>(sql, [ID])).rows[0]!.n);

  it('hours as the parent said change nothing but the provider’s own record', async () => {
    const voor = await kot();
    expect(voor).toHaveLength(1);
    const r = await meld({ meldingId: 'p-1', opgesteldOp: '2026-03-14T09:00:00Z', uurprijs: 10 });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ uitkomst: 'verwerkt', beschikkingen: [] });
    expect(await kot()).toEqual(voor);
    expect(await tel('SELECT count(*) AS n FROM bericht WHERE huishouden_id = $1')).toBe(0);
    expect(await tel(`SELECT count(*) AS n FROM zaak WHERE huishouden_id = $1`)).toBe(0);
  });

  it('a deregistration ends the childcare: new decision, letter, portal message; the recovery is avoided', async () => {
    const [oud] = await kot();
    const perMaand = oud!.maandbedragen[0]!;
    expect(perMaand).toBeGreaterThan(0);
    expect(oud!.maandbedragen).toEqual(Array(12).fill(perMaand));

    const r = await meld({
      meldingId: 'p-2',
      opgesteldOp: '2026-03-15T09:00:00Z',
      uren: [100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0],
      einddatum: '2026-04-30',
    });
    expect(r.statusCode).toBe(200);
    const a = r.json() as { uitkomst: string; beschikkingen: number[] };
    expect(a.uitkomst).toBe('herberekend');
    expect(a.beschikkingen).toHaveLength(1);

    // The new version: January–April only (Awir art. 5: from 1 May it counts no more).
    const [, nieuw] = await kot();
    expect(Number(nieuw!.id)).toBe(a.beschikkingen[0]);
    expect(nieuw!.aanleiding).toBe('wijziging');
    expect(nieuw!.jaarbedrag).toBe(4 * perMaand);

    // The parent's statement is kept, ended on the provider's word (superseded, not overwritten).
    const opvang = await t.db.query<{ geldig_tot: string | null; bron: string; vervallen: boolean }>(
      `SELECT geldig_tot::text AS geldig_tot, bron, vervallen_op IS NOT NULL AS vervallen FROM feit
        WHERE huishouden_id = $1 AND soort = 'kinderopvang' ORDER BY id`,
      [ID],
    );
    expect(opvang.rows).toEqual([
      { geldig_tot: null, bron: 'burger', vervallen: true },
      { geldig_tot: '2026-05-01', bron: 'aanbieder', vervallen: false },
    ]);

    // Her portal message: what changed, who reported it, the recovery avoided.
    const headers = await alsOuder();
    const b = await t.app.inject({ method: 'POST', url: '/v1/berichten', headers, payload: {} });
    expect(b.statusCode).toBe(200);
    const berichten = (b.json() as { berichten: Record<string, unknown>[]; ongelezen: number }).berichten;
    expect(berichten).toHaveLength(1);
    const bericht = berichten[0] as {
      id: number;
      soort: string;
      gelezen: boolean;
      gegevens: { aanbieder: string; einddatum: string; effecten: Record<string, unknown>[] };
    };
    expect(bericht).toMatchObject({ soort: 'opvang-uitschrijving', gelezen: false });
    expect(bericht.gegevens.aanbieder).toBe(DEMO_PARTNER.naam);
    expect(bericht.gegevens.einddatum).toBe('2026-04-30');
    // Eight months of € perMaand would have been paid and recovered after the year.
    expect(bericht.gegevens.effecten).toEqual([
      expect.objectContaining({
        regeling: 'kinderopvangtoeslag',
        jaarbedragNu: 12 * perMaand,
        jaarbedragNieuw: 4 * perMaand,
        voorkomenTerugvordering: 8 * perMaand,
        terugvorderingNaJaar: 0,
      }),
    ]);
    console.log(
      `deregistration per 30 April: kinderopvangtoeslag € ${(12 * perMaand) / 100} → € ${(4 * perMaand) / 100}; recovery avoided € ${(8 * perMaand) / 100}`,
    );

    // The letter of the new decision is in her letters and renders.
    const brieven = await t.app.inject({ method: 'POST', url: '/v1/brieven', headers, payload: {} });
    expect(brieven.statusCode).toBe(200);
    const lijst = (brieven.json() as { brieven: { beschikkingId: number; soort: string }[] }).brieven;
    expect(lijst).toContainEqual(
      expect.objectContaining({ beschikkingId: a.beschikkingen[0], soort: 'wijziging' }),
    );
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/v1/brieven/${a.beschikkingen[0]}?formaat=pdf`,
      headers,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');

    // Reading marks it read, once.
    const gelezen = await t.app.inject({ method: 'GET', url: `/v1/berichten/${bericht.id}`, headers });
    expect(gelezen.statusCode).toBe(200);
    const na = (
      await t.app.inject({ method: 'POST', url: '/v1/berichten', headers, payload: {} })
    ).json() as {
      ongelezen: number;
      berichten: { gelezen: boolean }[];
    };
    expect(na.ongelezen).toBe(0);
    expect(na.berichten[0]!.gelezen).toBe(true);
  });

  it('the same report twice changes nothing; so does an older one', async () => {
    const voor = await kot();
    const berichten = await tel('SELECT count(*) AS n FROM bericht WHERE huishouden_id = $1');
    const zelfde = await meld({
      meldingId: 'p-2',
      opgesteldOp: '2026-03-15T09:00:00Z',
      uren: [100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0],
      einddatum: '2026-04-30',
    });
    expect(zelfde.statusCode).toBe(200);
    expect(zelfde.json()).toMatchObject({ herhaald: true, verwerkt: false, beschikkingen: [] });
    // The same content under a new id: already known.
    const nieuwId = await meld({
      meldingId: 'p-3',
      opgesteldOp: '2026-03-15T09:30:00Z',
      uren: [100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0],
      einddatum: '2026-04-30',
    });
    expect(nieuwId.json()).toMatchObject({ uitkomst: 'al-bekend', verwerkt: false });
    // An older report (drawn up before the deregistration) cannot bring the childcare back.
    const ouder = await meld({ meldingId: 'p-0', opgesteldOp: '2026-03-01T09:00:00Z' });
    expect(ouder.json()).toMatchObject({ uitkomst: 'verouderd', verwerkt: false });
    expect(await kot()).toEqual(voor);
    expect(await tel('SELECT count(*) AS n FROM bericht WHERE huishouden_id = $1')).toBe(berichten);
  });

  it('another provider cannot report on her child: refused, nothing changed', async () => {
    const voor = await kot();
    const r = await meld({ meldingId: 'x-1', einddatum: '2026-03-31' }, 1);
    expect(r.statusCode).toBe(403);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(await kot()).toEqual(voor);
  });

  it('a report that contradicts the parent opens one case with both values and changes no amount', async () => {
    // She reports new childcare from 1 June (a new contract), after the provider's earlier report.
    const headers = await alsOuder();
    const w = await t.app.inject({
      method: 'POST',
      url: '/v1/wijzigingen',
      headers,
      payload: {
        wijziging: { soort: 'kinderopvang', kind: 0, vanaf: '2026-06-01', urenPerMaand: 80, uurprijs: 10 },
        bevestig: true,
      },
    });
    expect(w.statusCode).toBe(200);
    const voor = await kot();
    // The provider's report was drawn up before her statement and says care ended on 31 May.
    const r = await meld({
      meldingId: 'p-4',
      opgesteldOp: '2026-03-15T09:45:00Z',
      uren: [100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0],
      einddatum: '2026-07-31',
    });
    expect(r.statusCode).toBe(200);
    const a = r.json() as { uitkomst: string; zaakId: number; beschikkingen: number[] };
    expect(a.uitkomst).toBe('afwijking');
    expect(a.beschikkingen).toEqual([]);
    expect(await kot()).toEqual(voor);
    const z = await t.db.query<{ team: string; soort: string; toelichting: { einde: unknown } }>(
      'SELECT team, soort, toelichting FROM zaak WHERE id = $1',
      [a.zaakId],
    );
    expect(z.rows[0]).toMatchObject({ team: 'uitval', soort: 'opvang-afwijking' });
    expect(z.rows[0]!.toelichting.einde).toMatchObject({ ouder: null, aanbieder: '2026-07-31' });
    // A case worker of team uitval sees it in the queue.
    const q = await t.app.inject({
      method: 'GET',
      url: '/v1/zaken?team=uitval&soort=opvang-afwijking',
      headers: { authorization: `Bearer ${await t.token('behandelaar')}` },
    });
    expect((q.json() as { zaken: { id: number }[] }).zaken.map((x) => x.id)).toContain(a.zaakId);
  });

  it('an end date outside the report’s year is refused (400), never a 500', async () => {
    const r = await meld({ meldingId: 'p-5', einddatum: '2027-01-31' });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
  });

  it('a batch: one request, many rows, a result per row in order; a bad row stops no other', async () => {
    const rij = (meldingId: string, extra: Record<string, unknown> = {}) => ({
      meldingId,
      opgesteldOp: '2026-03-15T09:50:00Z',
      kindBsn: KIND,
      jaar: 2026,
      soort: 'dagopvang',
      uren: [100, 100, 100, 100, 0, 0, 0, 0, 0, 0, 0, 0],
      einddatum: '2026-04-30',
      ...extra,
    });
    const stuur = async (rijen: unknown[], partner: 0 | 1 = 0) =>
      t.app.inject({
        method: 'POST',
        url: '/v1/partner/opvanguren/batch',
        headers: { authorization: `Bearer ${await t.token('partner', partner)}` },
        payload: { rijen },
      });
    const r = await stuur([
      rij('b-1'),
      rij('b-2', { kindBsn: '123456782' }), // not a client of this provider
      rij('b-3', { uren: [1, 2, 3] }), // invalid
      rij('p-2'), // an id received before with other content
    ]);
    expect(r.statusCode, r.body).toBe(200);
    const a = r.json() as { aantal: number; rijen: { rij: number; status: number; code?: string }[] };
    expect(a.aantal).toBe(4);
    expect(a.rijen.map((x) => [x.rij, x.status])).toEqual([
      [0, 200],
      [1, 403],
      [2, 400],
      [3, 409],
    ]);
    expect(a.rijen[2]).toMatchObject({ code: 'ongeldige-invoer' });
    // The same batch again: row by row the same answers, nothing changed.
    const voor = await kot();
    const herhaald = (await stuur([rij('b-1')])).json() as { rijen: { herhaald: boolean }[] };
    expect(herhaald.rijen[0]!.herhaald).toBe(true);
    expect(await kot()).toEqual(voor);
    // More than 1,000 rows is refused as a whole.
    expect((await stuur(Array.from({ length: 1_001 }, (_, i) => rij(`m-${i}`)))).statusCode).toBe(400);
    // A citizen cannot send a batch.
    const burger = await t.app.inject({
      method: 'POST',
      url: '/v1/partner/opvanguren/batch',
      headers: await alsOuder(),
      payload: { rijen: [rij('z-1')] },
    });
    expect(burger.statusCode).toBe(403);
  });
});
