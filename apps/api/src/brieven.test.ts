/**
 * Letters through the API on both databases: the list, one letter as JSON, HTML and PDF (by
 * `?formaat=` and by Accept), the PDF read back with pdftotext (amounts, letter date, last day to
 * object) and identical bytes on a second request, problem+json for bad input, and a citizen who
 * tries another household's letter gets the same 404 as for a letter that does not exist.
 */
import { bezwaartermijn, datum, euro } from '@regelmaat/brieven';
import { bewaarPdf, pdfInfo, pdfNaarPng, pdfTekst } from '@regelmaat/brieven/testing';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { expect, it } from 'vitest';
import { gebruikApiTest } from './testing/api-omgeving';

interface Lijst {
  huishoudenId: number;
  brieven: { beschikkingId: number; soort: string; onderwerp: string; briefdatum: string }[];
}

describeEachDatabase('letters in the API on $naam', ({ open, naam }) => {
  const t = gebruikApiTest(open);
  const vraag = async (
    rol: string,
    method: 'GET' | 'POST',
    url: string,
    extra: { payload?: object; headers?: Record<string, string> } = {},
  ) =>
    t.app.inject({
      method,
      url: `/v1${url}`,
      ...(extra.payload ? { payload: extra.payload } : {}),
      headers: { authorization: `Bearer ${await t.token(rol)}`, ...extra.headers },
    });

  it("lists the own letters for a citizen and a household's for staff", async () => {
    const r = await vraag('burger', 'POST', '/brieven', { payload: {} });
    expect(r.statusCode).toBe(200);
    const l = r.json() as Lijst;
    expect(l.brieven.length).toBeGreaterThan(0);
    expect(l.brieven[0]!.onderwerp).toMatch(/^Voorschot .* 2026$/);
    const staf = await vraag('behandelaar', 'POST', '/brieven', { payload: { bsn: t.bsn1 } });
    expect((staf.json() as Lijst).brieven.map((b) => b.beschikkingId)).toEqual(
      l.brieven.map((b) => b.beschikkingId),
    );
    const zonderBsn = await vraag('behandelaar', 'POST', '/brieven', { payload: {} });
    expect(zonderBsn.statusCode).toBe(400);
    expect(zonderBsn.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('one letter as JSON, HTML and PDF; the PDF has the amounts, the date and the last day to object', async () => {
    const l = (await vraag('burger', 'POST', '/brieven', { payload: {} })).json() as Lijst;
    const id = l.brieven[0]!.beschikkingId;
    const json = await vraag('burger', 'GET', `/brieven/${id}`);
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toMatch(/application\/json/);
    const data = json.json() as {
      brief: {
        briefdatum: string;
        gegevens: { toeslagen: { jaarbedrag: number; maandbedragen: number[] }[] };
      };
    };
    const html = await vraag('burger', 'GET', `/brieven/${id}?formaat=html`);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('<html lang="nl"');
    const viaAccept = await vraag('burger', 'GET', `/brieven/${id}`, { headers: { accept: 'text/html' } });
    expect(viaAccept.body).toBe(html.body);

    const pdf = await vraag('burger', 'GET', `/brieven/${id}?formaat=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`inline; filename="brief-${id}.pdf"`);
    const pad = bewaarPdf(`api-brief-${naam.toLowerCase()}`, pdf.rawPayload);
    const tekst = pdfTekst(pad);
    const t0 = data.brief.gegevens.toeslagen[0]!;
    const n = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(tekst).toContain(n(euro(t0.jaarbedrag)));
    expect(tekst).toContain(n(euro(t0.maandbedragen.find((b) => b > 0)!)));
    expect(tekst).toContain(datum(data.brief.briefdatum));
    expect(tekst).toContain(datum(bezwaartermijn(data.brief.briefdatum).laatsteDag));
    expect(pdfInfo(pad).Tagged).toBe('yes');
    expect(pdfNaarPng(pad, `api-brief-${naam.toLowerCase()}`).length).toBeGreaterThan(0);

    const nogmaals = await vraag('behandelaar', 'GET', `/brieven/${id}`, {
      headers: { accept: 'application/pdf' },
    });
    expect(Buffer.compare(nogmaals.rawPayload, pdf.rawPayload)).toBe(0);
  });

  it("bad input is problem+json; another household's letter is the same 404 as none", async () => {
    const eigen = (await vraag('burger', 'POST', '/brieven', { payload: {} })).json() as Lijst;
    const ander = (
      await vraag('behandelaar', 'POST', '/brieven', { payload: { bsn: t.bsn2 } })
    ).json() as Lijst;
    const vreemdId = ander.brieven[0]!.beschikkingId;
    expect(eigen.brieven.some((b) => b.beschikkingId === vreemdId)).toBe(false);
    for (const f of ['json', 'html', 'pdf']) {
      const vreemd = await vraag('burger', 'GET', `/brieven/${vreemdId}?formaat=${f}`);
      const geen = await vraag('burger', 'GET', `/brieven/99999999?formaat=${f}`);
      expect(vreemd.statusCode).toBe(404);
      expect(vreemd.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(vreemd.json().detail).toBe(geen.json().detail);
    }
    expect((await vraag('burger', 'POST', '/brieven', { payload: { bsn: t.bsn2 } })).statusCode).toBe(403);
    const slecht = await vraag('burger', 'GET', `/brieven/${eigen.brieven[0]!.beschikkingId}?formaat=docx`);
    expect(slecht.statusCode).toBe(400);
    expect(JSON.stringify(slecht.json())).toContain('formaat');
    expect((await vraag('burger', 'GET', '/brieven/abc')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/v1/brieven/${vreemdId}` })).statusCode).toBe(401);
  });

  it("records the sending once, with the PDF's hash", async () => {
    const l = (await vraag('burger', 'POST', '/brieven', { payload: {} })).json() as Lijst;
    const id = l.brieven[0]!.beschikkingId;
    expect((await vraag('burger', 'POST', `/brieven/${id}/verzending`)).statusCode).toBe(403);
    const a = await vraag('behandelaar', 'POST', `/brieven/${id}/verzending`);
    expect(a.statusCode).toBe(200);
    const b = await vraag('behandelaar', 'POST', `/brieven/${id}/verzending`);
    expect(b.json()).toMatchObject({ pdfSha256: a.json().pdfSha256, alVastgelegd: true });
    expect(a.json().pdfSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
