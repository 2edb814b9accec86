/**
 * An advisory committee over HTTP (Awb 7:13): the decision term becomes twelve weeks instead of six
 * (Awb 7:10 lid 1). Only the case's behandelaar may take the step, once, and only before the
 * decision; the citizen's Mijn zaken shows the later date and why; the case history and the
 * processing log have the step.
 */
import { beslistermijn } from '@regelmaat/brieven';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { expect, it } from 'vitest';
import { gebruikApiTest } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

const nVan = (naam: string) => {
  const a = DEMO_ACCOUNTS.find((x) => x.gebruikersnaam === naam)!;
  return DEMO_ACCOUNTS.filter((x) => x.rol === a.rol).indexOf(a);
};

describeEachDatabase('an advisory committee on an objection over HTTP on $naam', ({ open }) => {
  const t = gebruikApiTest(open);
  const vraag = async (wie: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const [rol, n] = wie === 'burger' ? ['burger', 0] : [wie.replace(/-\d+$/, ''), nVan(wie)];
    const r = await t.app.inject({
      method,
      url: `/v1${url}`,
      headers: { authorization: `Bearer ${await t.token(rol as string, n as number)}` },
      ...(payload ? { payload } : {}),
    });
    return { status: r.statusCode, body: r.json() as Json };
  };

  it('moves the decision date to twelve weeks, only by the behandelaar and only before the decision', async () => {
    const zorg = (
      await t.db.query<{ id: string }>(
        `SELECT b.id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id
          WHERE h.bsn_aanvrager = $1 AND b.status = 'vastgesteld' AND b.regeling = 'zorgtoeslag' ORDER BY b.id LIMIT 1`,
        [t.bsn1],
      )
    ).rows[0]!;
    const ingediend = await vraag('burger', 'POST', '/mijn/bezwaren', {
      beschikkingId: Number(zorg.id),
      gronden: 'Mijn inkomen is lager.',
      telefoon: '0612345678',
    });
    expect(ingediend.status).toBe(201);
    const b = ingediend.body.bezwaar;
    const zes = beslistermijn({
      laatsteDagBezwaartermijn: b.laatsteDagBezwaartermijn,
      ontvangenOp: b.ontvangenOp,
    }).laatsteDag;
    const twaalf = beslistermijn({
      laatsteDagBezwaartermijn: b.laatsteDagBezwaartermijn,
      ontvangenOp: b.ontvangenOp,
      adviescommissie: true,
    }).laatsteDag;
    expect(b.beslistermijn).toBe(zes);
    expect(twaalf > zes).toBe(true);

    const url = `/bezwaren/${b.id}/adviescommissie`;
    // Not claimed yet: nobody's step.
    expect((await vraag('behandelaar-6', 'POST', url, {})).status).toBe(409);
    const zaak = await vraag('behandelaar-6', 'GET', `/zaken/${b.zaakId}`);
    expect(
      (await vraag('behandelaar-6', 'POST', `/zaken/${b.zaakId}/claim`, { versie: zaak.body.zaak.versie }))
        .status,
    ).toBe(200);
    // Walking around: a case worker of another team, and the team lead who is not the behandelaar.
    const ander = await vraag('behandelaar-1', 'POST', url, {});
    expect(ander.status).toBe(409);
    const leider = await vraag('teamleider-5', 'POST', url, {});
    expect(leider.status).toBe(409);
    expect(leider.body.detail).toContain('behandelaar');
    expect((await t.db.query('SELECT adviescommissie FROM bezwaar WHERE id = $1', [b.id])).rows).toEqual([
      { adviescommissie: false },
    ]);
    // A body is not taken.
    expect((await vraag('behandelaar-6', 'POST', url, { weken: 20 })).status).toBe(400);

    const gedaan = await vraag('behandelaar-6', 'POST', url, {});
    expect(gedaan.status).toBe(200);
    expect(gedaan.body).toMatchObject({ adviescommissie: true, beslistermijn: twaalf });
    // The case's due date moved with it, and the history has the step.
    const na = await vraag('behandelaar-6', 'GET', `/zaken/${b.zaakId}`);
    expect(na.body.zaak.termijn).toBe(twaalf);
    const historie = (
      await t.db.query<{ actie: string }>('SELECT actie FROM zaak_historie WHERE zaak_id = $1 ORDER BY id', [
        b.zaakId,
      ])
    ).rows.map((r) => r.actie);
    expect(historie).toContain('adviescommissie-ingesteld');
    // Once: a second time is refused and changes nothing.
    const nogEens = await vraag('behandelaar-6', 'POST', url, {});
    expect(nogEens.status).toBe(409);
    expect(nogEens.body.detail).toContain('adviescommissie');

    // The citizen sees the later date and why.
    const mijn = await vraag('burger', 'GET', '/mijn/bezwaren');
    expect(mijn.body[0].stand).toMatchObject({
      verwachteBeslisdatum: twaalf,
      verschoven: { adviescommissie: true },
    });
    const log = await t.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM verwerking WHERE name = 'bezwaar: adviescommissie inschakelen'`,
    );
    expect(Number(log.rows[0]!.n)).toBeGreaterThan(0);

    // After the decision: 409, nothing changes.
    await vraag('behandelaar-6', 'POST', `/bezwaren/${b.id}/gesprek`, {
      uitkomst: 'Gebeld.',
      ingetrokken: false,
    });
    await vraag('behandelaar-6', 'POST', `/bezwaren/${b.id}/hoorzitting/overslaan`, {
      grond: 'afgezien',
      toelichting: 'Wil niet gehoord worden.',
    });
    const besluit = await vraag('behandelaar-6', 'POST', `/bezwaren/${b.id}/beslissing`, {
      beslissing: 'ongegrond',
      motivering: 'De berekening klopt.',
    });
    expect(besluit.body.fase).toBe('beslist');
    await t.db.query('UPDATE bezwaar SET adviescommissie = false WHERE id = $1', [b.id]);
    const laat = await vraag('behandelaar-6', 'POST', url, {});
    expect(laat.status).toBe(409);
    expect((await t.db.query('SELECT adviescommissie FROM bezwaar WHERE id = $1', [b.id])).rows).toEqual([
      { adviescommissie: false },
    ]);
  });
});
