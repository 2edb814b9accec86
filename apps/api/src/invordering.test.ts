/**
 * Issue 15 over HTTP, walking around the rights: a hearing case of household 1 with its zienswijze.
 * Another citizen reads and answers it as if it did not exist (404, nothing written); the citizen
 * answers their own; a citizen on the staff routes gets 403; a case worker of another team cannot
 * decide it (409, nothing written) and the case worker who holds it decides it once. The invordering
 * run of a month is started twice and doubles nothing; a month never run is a 404. Guidance: a team
 * lead of another team is refused (403), the team lead of Invordering assigns a guide; another guide
 * cannot see that caseload (403) or note its contact moment (404); the guide notes it once.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { maakZaak } from '@regelmaat/zaken';
import { expect, it } from 'vitest';
import { gebruikApiTest, NU } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

const nVan = (naam: string) => {
  const a = DEMO_ACCOUNTS.find((x) => x.gebruikersnaam === naam)!;
  return DEMO_ACCOUNTS.filter((x) => x.rol === a.rol).indexOf(a);
};

describeEachDatabase('zienswijze, invordering run and guidance over HTTP on $naam', ({ open }) => {
  const t = gebruikApiTest(open);
  const tokenVan = async (wie: string) => {
    if (wie === 'burger') return t.token('burger');
    if (wie === 'burger-2') {
      const r = await t.app.inject({
        method: 'POST',
        url: '/v1/sessies/digid-simulatie',
        payload: { bsn: t.bsn2 },
      });
      return (r.json() as { token: string }).token;
    }
    return t.token(wie.replace(/-\d+$/, ''), nVan(wie));
  };
  const vraag = async (wie: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const r = await t.app.inject({
      method,
      url: `/v1${url}`,
      headers: { authorization: `Bearer ${await tokenVan(wie)}` },
      ...(payload ? { payload } : {}),
    });
    return { status: r.statusCode, body: r.json() as Json, type: String(r.headers['content-type']) };
  };
  const tel = async (tabel: string) =>
    Number((await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${tabel}`)).rows[0]!.n);

  it('a zienswijze is answered by its own household only and decided by the case worker who holds it', async () => {
    const h = await t.db.query<{ id: string; b: string }>(
      `SELECT h.id, (SELECT min(b.id) FROM beschikking b WHERE b.huishouden_id = h.id) AS b
         FROM huishouden h WHERE h.bsn_aanvrager = $1`,
      [t.bsn1],
    );
    const zaak = await maakZaak(
      t.db,
      {
        soort: 'hoorzitting-terugvordering',
        huishoudenId: Number(h.rows[0]!.id),
        onderwerp: 'Zienswijze vóór terugvordering',
        redenen: ['HOGE_TERUGVORDERING'],
        prioriteit: 2,
      },
      { id: 'systeem', rol: 'systeem' },
      NU,
    );
    const w = await t.db.query<{ id: string }>(
      `INSERT INTO zienswijze (zaak_id, huishouden_id, jaar, terug_te_vorderen, sjabloon_id, sjabloon_versie,
                               briefdatum, reageren_uiterlijk, berekening, vastgelegd_op)
       VALUES ($1, $2, 2025, 160000, 'zienswijzebrief', 1, '2026-03-10', '2026-03-24', $3::jsonb, $4) RETURNING id`,
      [
        zaak.id,
        h.rows[0]!.id,
        JSON.stringify([
          {
            regeling: 'zorgtoeslag',
            beschikkingId: Number(h.rows[0]!.b),
            voorschot: 260000,
            jaarbedrag: 100000,
            terug: 160000,
            nabetaling: 0,
          },
        ]),
        '2026-03-10T09:00:00Z',
      ],
    );
    const id = Number(w.rows[0]!.id);

    // Another citizen: the zienswijze does not exist for them; their own list is empty.
    expect((await vraag('burger-2', 'POST', '/zienswijzen', {})).body).toEqual({ zienswijzen: [] });
    const ander = await vraag('burger-2', 'POST', `/zienswijzen/${id}/reactie`, { tekst: 'Niet van mij.' });
    expect(ander.status).toBe(404);
    expect(ander.type).toContain('application/problem+json');
    // A citizen on the staff routes: 403 before anything is read.
    expect((await vraag('burger', 'GET', `/zaken/${zaak.id}/zienswijze`)).status).toBe(403);
    expect(
      (
        await vraag('burger', 'POST', `/zaken/${zaak.id}/zienswijze/beslissing`, {
          versie: 0,
          motivering: 'x',
        })
      ).status,
    ).toBe(403);
    expect(await tel('zienswijze_reactie')).toBe(0);

    // The term runs until 24 March and there is no response: deciding now is refused.
    const joris = 'behandelaar-5';
    const versie = async () =>
      (await t.db.query<{ versie: number }>('SELECT versie FROM zaak WHERE id = $1', [zaak.id])).rows[0]!
        .versie;
    expect((await vraag(joris, 'POST', `/zaken/${zaak.id}/claim`, { versie: await versie() })).status).toBe(
      200,
    );
    const teVroeg = await vraag(joris, 'POST', `/zaken/${zaak.id}/zienswijze/beslissing`, {
      versie: await versie(),
      motivering: 'Gewogen.',
    });
    expect(teVroeg.status).toBe(409);
    expect(teVroeg.body.detail).toContain('Er is nog geen reactie en de termijn loopt tot en met 2026-03-24');

    // Walking around the zienswijze: the generic close of the case is refused and makes nothing.
    const omweg = await vraag(joris, 'POST', `/zaken/${zaak.id}/afsluiting`, {
      versie: await versie(),
      uitkomst: 'Afgerond zonder zienswijze.',
    });
    expect(omweg.status).toBe(409);
    expect(omweg.body.detail).toContain('zienswijze-pagina');
    expect(await tel('zienswijze_afronding')).toBe(0);
    expect(
      (await t.db.query<{ status: string }>('SELECT status FROM zaak WHERE id = $1', [zaak.id])).rows[0]!
        .status,
    ).toBe('in-behandeling');

    const eigen = await vraag('burger', 'POST', `/zienswijzen/${id}/reactie`, {
      tekst: 'De bonus was eenmalig.',
    });
    expect(eigen.status).toBe(200);
    expect(eigen.body.reacties).toMatchObject([{ kanaal: 'portaal', tekst: 'De bonus was eenmalig.' }]);
    expect(eigen.body.open).toBe(true);
    const gelezen = await vraag('behandelaar-1', 'GET', `/zaken/${zaak.id}/zienswijze`);
    expect(gelezen.body).toMatchObject({ id, terugTeVorderen: 160000, reagerenUiterlijk: '2026-03-24' });

    // A case worker of another team: not the case's behandelaar, refused, nothing written.
    const anna = await vraag('behandelaar-1', 'POST', `/zaken/${zaak.id}/zienswijze/beslissing`, {
      versie: await versie(),
      motivering: 'Omzeild.',
    });
    expect(anna.status).toBe(409);
    expect(await tel('zienswijze_afronding')).toBe(0);

    const besluit = await vraag(joris, 'POST', `/zaken/${zaak.id}/zienswijze/beslissing`, {
      versie: await versie(),
      motivering: 'Gewogen: de berekening klopt.',
    });
    expect(besluit.status).toBe(200);
    expect(besluit.body.uitkomst).toBe('ongewijzigd');
    expect(besluit.body.zienswijze.afronding).toMatchObject({
      uitkomst: 'ongewijzigd',
      door: 'm-behandelaar-5',
    });
    const nogEens = await vraag(joris, 'POST', `/zaken/${zaak.id}/zienswijze/beslissing`, {
      versie: await versie(),
      motivering: 'Nog eens.',
    });
    expect(nogEens.status).toBe(409);
    expect(await tel('zienswijze_afronding')).toBe(1);
    // Decided: the citizen can no longer respond.
    expect((await vraag('burger', 'POST', `/zienswijzen/${id}/reactie`, { tekst: 'Nog iets.' })).status).toBe(
      409,
    );
  });

  it('the invordering run of a month doubles nothing when started again; a month not run is a 404', async () => {
    expect((await vraag('teamleider-1', 'GET', '/invordering/runs?maand=2026-01')).status).toBe(404);
    expect((await vraag('behandelaar-1', 'POST', '/invordering/runs', { maand: '2026-01' })).status).toBe(
      403,
    );
    const niet = await vraag('teamleider-1', 'POST', '/invordering/runs', { maand: '2026-03' });
    expect(niet.status).toBe(400);
    expect(await tel('invordering_run')).toBe(0);
    const eerste = await vraag('teamleider-1', 'POST', '/invordering/runs', { maand: '2026-01' });
    expect(eerste.status).toBe(200);
    expect(eerste.body).toMatchObject({ maand: '2026-01', nieuw: true, klaar: true });
    const boekingen = await tel('boeking');
    const tweede = await vraag('teamleider-1', 'POST', '/invordering/runs', { maand: '2026-01' });
    expect(tweede.body).toMatchObject({ runId: eerste.body.runId, nieuw: false, klaar: true });
    expect(await tel('boeking')).toBe(boekingen);
    expect(await tel('invordering_run')).toBe(1);
    const stand = await vraag('teamleider-1', 'GET', '/invordering/runs?maand=2026-01');
    const { nieuw: _n, ...zonderNieuw } = eerste.body;
    expect(stand.body).toEqual(zonderNieuw);
  });

  it('only the team lead of Invordering assigns a guide; only the guide sees and notes', async () => {
    const vraagBody = { bsn: t.bsn2, begeleider: 'm-behandelaar-5', reden: 'op-verzoek' };
    expect((await vraag('teamleider-1', 'POST', '/begeleidingen', vraagBody)).status).toBe(403);
    expect((await vraag('behandelaar-5', 'POST', '/begeleidingen', vraagBody)).status).toBe(403);
    const geenTeam = await vraag('teamleider-4', 'POST', '/begeleidingen', {
      ...vraagBody,
      begeleider: 'm-behandelaar-1',
    });
    expect(geenTeam.status).toBe(400);
    // € 0 open: a high recovery does not hold for household 2.
    expect(
      (await vraag('teamleider-4', 'POST', '/begeleidingen', { ...vraagBody, reden: 'hoge-terugvordering' }))
        .status,
    ).toBe(400);
    expect(await tel('begeleiding')).toBe(0);
    const b = await vraag('teamleider-4', 'POST', '/begeleidingen', vraagBody);
    expect(b.status).toBe(201);
    expect(b.body).toMatchObject({ begeleider: 'm-behandelaar-5', reden: 'op-verzoek' });
    expect(b.body.contactmomenten.length).toBe(4);
    expect((await vraag('teamleider-4', 'POST', '/begeleidingen', vraagBody)).status).toBe(409);

    // Another case worker: their own caseload is empty; the guide's is refused.
    expect((await vraag('behandelaar-1', 'GET', '/begeleidingen/caseload')).body.regels).toEqual([]);
    expect(
      (await vraag('behandelaar-1', 'GET', '/begeleidingen/caseload?begeleider=m-behandelaar-5')).status,
    ).toBe(403);
    const cl = await vraag('teamleider-4', 'GET', '/begeleidingen/caseload?begeleider=m-behandelaar-5');
    expect(cl.body.regels.map((r: Json) => r.bsn)).toEqual([t.bsn2]);

    const moment = b.body.contactmomenten[0].id as number;
    const vreemd = await vraag('behandelaar-1', 'POST', `/contactmomenten/${moment}/notitie`, {
      notitie: 'x',
    });
    expect(vreemd.status).toBe(404);
    const ok = await vraag('behandelaar-5', 'POST', `/contactmomenten/${moment}/notitie`, {
      notitie: 'Gebeld: plan besproken.',
    });
    expect(ok.body).toEqual({ contactmomentId: moment, genoteerd: true });
    expect(
      (await vraag('behandelaar-5', 'POST', `/contactmomenten/${moment}/notitie`, { notitie: 'Nog eens.' }))
        .status,
    ).toBe(409);
    const eigen = await vraag('behandelaar-5', 'GET', '/begeleidingen/caseload');
    expect(eigen.body.regels[0].contactmomenten[0].notitie).toBe('Gebeld: plan besproken.');
  });
});
