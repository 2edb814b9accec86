/**
 * Issue 14 over HTTP, the flow the web end-to-end test walks: a citizen objects (a bad phone number
 * is a 400 that writes nothing; the same objection again is a 409 that doubles nothing), receives
 * the receipt letter; the case worker of team bezwaar claims the case, records the call, skips the
 * hearing with its Awb 7:3 ground and upholds the objection in part above the threshold; the case
 * worker cannot approve it, a team lead does; the citizen then sees every step, the new decision
 * with its own letter and both objection letters, and the processing log has every step.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { DEMO_ACCOUNTS } from '@regelmaat/toegang';
import { expect, it } from 'vitest';
import { gebruikApiTest } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

/** The index of a demo account among those of its role (the API test's `token(rol, n)`). */
const nVan = (naam: string) => {
  const a = DEMO_ACCOUNTS.find((x) => x.gebruikersnaam === naam)!;
  return DEMO_ACCOUNTS.filter((x) => x.rol === a.rol).indexOf(a);
};

describeEachDatabase('an objection over HTTP on $naam', ({ open }) => {
  const t = gebruikApiTest(open);
  const vraag = async (wie: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const [rol, n] = wie === 'burger' ? ['burger', 0] : [wie.replace(/-\d+$/, ''), nVan(wie)];
    const r = await t.app.inject({
      method,
      url: `/v1${url}`,
      headers: { authorization: `Bearer ${await t.token(rol as string, n as number)}` },
      ...(payload ? { payload } : {}),
    });
    return {
      status: r.statusCode,
      body: (String(r.headers['content-type']).includes('json') ? r.json() : r.body) as Json,
      type: r.headers['content-type'],
    };
  };

  it('is made, called, not heard with a reason, upheld in part with four-eyes, and shown to the citizen', async () => {
    const zorg = (
      await t.db.query<{ id: string; jaarbedrag: number }>(
        `SELECT b.id, b.jaarbedrag FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id
          WHERE h.bsn_aanvrager = $1 AND b.status = 'vastgesteld' AND b.regeling = 'zorgtoeslag' ORDER BY b.id LIMIT 1`,
        [t.bsn1],
      )
    ).rows[0]!;
    const beschikkingId = Number(zorg.id);
    const fout = await vraag('burger', 'POST', '/mijn/bezwaren', { beschikkingId, telefoon: 'bel me' });
    expect(fout.status).toBe(400);
    expect(fout.type).toContain('application/problem+json');
    expect(JSON.stringify(fout.body)).toContain('telefoon');
    expect((await t.db.query('SELECT id FROM bezwaar')).rows).toEqual([]);

    const gronden = 'Mijn inkomen is lager. Ik werk sinds maart minder uren.';
    const ingediend = await vraag('burger', 'POST', '/mijn/bezwaren', {
      beschikkingId,
      gronden,
      telefoon: '0612345678',
    });
    expect(ingediend.status).toBe(201);
    expect(ingediend.body.ontvangstbevestiging.soort).toBe('ontvangstbevestiging');
    const b = ingediend.body.bezwaar;
    const nogEens = await vraag('burger', 'POST', '/mijn/bezwaren', { beschikkingId, gronden });
    expect(nogEens.status).toBe(409);
    expect((await t.db.query('SELECT id FROM bezwaar')).rows).toHaveLength(1);

    const zaak = await vraag('behandelaar-6', 'GET', `/zaken/${b.zaakId}`);
    expect(zaak.body.zaak).toMatchObject({ soort: 'bezwaar', team: 'bezwaar' });
    expect(
      (await vraag('behandelaar-6', 'POST', `/zaken/${b.zaakId}/claim`, { versie: zaak.body.zaak.versie }))
        .status,
    ).toBe(200);
    // Walking around the objection: the generic close of its case is refused, the case stays open.
    const versieNu = (await vraag('behandelaar-6', 'GET', `/zaken/${b.zaakId}`)).body.zaak.versie;
    const omweg = await vraag('behandelaar-6', 'POST', `/zaken/${b.zaakId}/afsluiting`, {
      versie: versieNu,
      uitkomst: 'Afgerond zonder beslissing.',
    });
    expect(omweg.status).toBe(409);
    expect(omweg.body.detail).toContain('beslissing op het bezwaar');
    expect((await vraag('behandelaar-6', 'GET', `/zaken/${b.zaakId}`)).body.zaak.status).toBe(
      'in-behandeling',
    );
    const gesprek = await vraag('behandelaar-6', 'POST', `/bezwaren/${b.id}/gesprek`, {
      uitkomst: 'Berekening uitgelegd; mevrouw wil geen hoorzitting.',
      ingetrokken: false,
    });
    expect(gesprek.body.fase).toBe('gebeld');
    const overslaan = await vraag('behandelaar-6', 'POST', `/bezwaren/${b.id}/hoorzitting/overslaan`, {
      grond: 'afgezien',
      toelichting: 'Aan de telefoon gezegd dat zij niet gehoord wil worden.',
    });
    expect(overslaan.body.fase).toBe('te-beslissen');
    const besluit = await vraag('behandelaar-6', 'POST', `/bezwaren/${b.id}/beslissing`, {
      beslissing: 'deels-gegrond',
      motivering: 'Uw inkomen is lager dan wij rekenden, maar niet zo laag als u schreef.',
      regeling: 'zorgtoeslag',
      nieuwJaarbedrag: zorg.jaarbedrag + 100_000,
    });
    expect(besluit.body).toMatchObject({ fase: 'wacht-op-goedkeuring', bedragVerschil: 100_000 });
    // Four-eyes: the case worker cannot approve (no right); the team lead can.
    expect(
      (await vraag('behandelaar-6', 'POST', `/bezwaren/${b.id}/beslissing/goedkeuring`, {})).status,
    ).toBe(403);
    const goed = await vraag('teamleider-5', 'POST', `/bezwaren/${b.id}/beslissing/goedkeuring`, {});
    expect(goed.status).toBe(200);
    expect(goed.body).toMatchObject({ fase: 'beslist', beslissing: 'deels-gegrond' });
    expect(goed.body.nieuweBeschikkingId).toEqual(expect.any(Number));

    const mijn = await vraag('burger', 'GET', '/mijn/bezwaren');
    expect(mijn.status).toBe(200);
    const o = mijn.body[0];
    expect(o.stand.stappen.map((s: Json) => [s.stap, s.gedaan])).toEqual([
      ['ontvangen', true],
      ['gesprek', true],
      ['hoorzitting', true],
      ['beslissing', true],
    ]);
    expect(o.brieven.map((x: Json) => x.soort).sort()).toEqual([
      'beslissing-op-bezwaar',
      'ontvangstbevestiging',
    ]);
    const brief = o.brieven.find((x: Json) => x.soort === 'beslissing-op-bezwaar');
    const html = await vraag('burger', 'GET', `/bezwaarbrieven/${brief.id}?formaat=html`);
    expect(html.status).toBe(200);
    expect(String(html.body)).toMatch(/beroep/i);
    const nieuw = await vraag('burger', 'GET', `/beschikkingen/${goed.body.nieuweBeschikkingId}`);
    expect(nieuw.status).toBe(200);
    // The new decision's own letter is in the citizen's letters, and opens.
    const brieven = await vraag('burger', 'POST', '/brieven', {});
    expect(brieven.body.brieven.map((x: Json) => x.beschikkingId)).toContain(goed.body.nieuweBeschikkingId);
    const nieuweBrief = await vraag(
      'burger',
      'GET',
      `/brieven/${goed.body.nieuweBeschikkingId}?formaat=html`,
    );
    expect(nieuweBrief.status).toBe(200);
    expect(nieuweBrief.type).toContain('text/html');

    const namen = (await t.db.query<{ name: string }>('SELECT DISTINCT name FROM verwerking')).rows.map(
      (r) => r.name,
    );
    for (const stap of [
      'bezwaar indienen',
      'bezwaar: gesprek vastleggen',
      'bezwaar: hoorzitting overslaan',
      'bezwaar: beslissen',
      'bezwaar: beslissing goedkeuren',
      'bezwaren bekijken',
    ])
      expect(namen, stap).toContain(stap);
  });
});
