/**
 * Issue 10, item 1, over HTTP: four-eyes cannot be walked around by sending the standard outcome.
 * Before the fix the case worker typed the standard outcome in: sending the requested amount as the
 * standard put € 25,000 into force at once (201, van-kracht, a new decision version). Now such a
 * request is refused with a 400 that says why, nothing is written, and the server compares the
 * requested amount with what the law gives.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { expect, it } from 'vitest';
import { gebruikApiTest } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

describeEachDatabase('four-eyes over HTTP on $naam', ({ open }) => {
  const t = gebruikApiTest(open);
  const vraag = async (rol: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const r = await t.app.inject({
      method,
      url: `/v1${url}`,
      headers: { authorization: `Bearer ${await t.token(rol)}` },
      ...(payload ? { payload } : {}),
    });
    return { status: r.statusCode, body: r.json() as Json, type: r.headers['content-type'] };
  };
  const besluit = (bedrag: number) => ({
    regeling: 'zorgtoeslag',
    jaar: 2026,
    afwijking: { bedrag },
    grondslag: 'awir-13b',
    afweging: 'Hoge zorgkosten na een ongeval.',
    vragen: { rechtvaardig: 'Ja.', samen: 'Besproken.', aanspreekbaar: 'Vastgelegd.' },
    niveau: 'geval',
  });

  it('refuses a standard outcome in the body (400, problem+json, says why) and writes nothing', async () => {
    const voor = await vraag('burger', 'POST', '/overzichten', {});
    const zt = voor.body.toeslagen.find((x: Json) => x.regeling === 'zorgtoeslag');
    const detail = await vraag('behandelaar', 'GET', `/zaken/${t.zaakId}`);
    expect(
      (await vraag('behandelaar', 'POST', `/zaken/${t.zaakId}/claim`, { versie: detail.body.zaak.versie }))
        .status,
    ).toBe(200);
    // The walk-around: the same number twice.
    const omweg = await vraag('behandelaar', 'POST', `/zaken/${t.zaakId}/maatwerkbesluiten`, {
      ...besluit(2_500_000),
      standaardUitkomst: { bedrag: 2_500_000, omschrijving: 'voorschot volgens de regel' },
    });
    expect(omweg.status).toBe(400);
    expect(omweg.type).toContain('application/problem+json');
    expect(JSON.stringify(omweg.body)).toContain('standaarduitkomst');
    expect(JSON.stringify(omweg.body)).toContain('server');
    const alleenBedrag = await vraag('behandelaar', 'POST', `/zaken/${t.zaakId}/maatwerkbesluiten`, {
      ...besluit(2_500_000),
      standaardUitkomst: { bedrag: 2_500_000 },
    });
    expect(alleenBedrag.status).toBe(400);
    expect((await t.db.query('SELECT id FROM maatwerkbesluit')).rows).toEqual([]);
    expect((await vraag('burger', 'POST', '/overzichten', {})).body).toEqual(voor.body);

    // The server shows what the law gives; the same request without it waits for a team lead.
    const s = await vraag(
      'behandelaar',
      'GET',
      `/zaken/${t.zaakId}/standaarduitkomst?regeling=zorgtoeslag&jaar=2026`,
    );
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ bedrag: zt.jaarbedrag, soort: 'voorschot' });
    const eerlijk = await vraag(
      'behandelaar',
      'POST',
      `/zaken/${t.zaakId}/maatwerkbesluiten`,
      besluit(2_500_000),
    );
    expect(eerlijk.status).toBe(201);
    expect(eerlijk.body.besluit).toMatchObject({
      status: 'wacht-op-goedkeuring',
      standaardUitkomst: { bedrag: zt.jaarbedrag },
    });
    expect(eerlijk.body.beschikkingId).toBeUndefined();
    const na = await vraag('burger', 'POST', '/overzichten', {});
    expect(na.body.toeslagen.find((x: Json) => x.regeling === 'zorgtoeslag').jaarbedrag).toBe(zt.jaarbedrag);

    // The approver sees the total effect.
    const wachtend = await vraag('teamleider', 'GET', '/maatwerkbesluiten/ter-goedkeuring?team=alle');
    const w = wachtend.body.find((x: Json) => x.besluit.id === eerlijk.body.besluit.id);
    expect(w.effect).toEqual({
      zaken: 1,
      vergelijkbareZaken: 0,
      perZaak: 2_500_000 - zt.jaarbedrag,
      totaal: 2_500_000 - zt.jaarbedrag,
    });
  });
});
