/**
 * An objection's documents over HTTP (issue 14), with the web's rights: a citizen sends a PDF with
 * the objection (base64 in the JSON body), lists and downloads it — the same bytes, its own type,
 * a log record for every person of the household; another citizen gets 404 for both, as for an
 * objection that does not exist; a case worker lists and downloads any; a policy analyst and a
 * partner get 403. A file that is no PDF, JPEG or PNG by its bytes, one above 5 MB, six files, text
 * that is no base64 and a body above the route's limit are each a problem+json that writes nothing.
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { STUK_GRENZEN } from '@regelmaat/diensten';
import { SLEUTELS } from '@regelmaat/diensten/testing';
import { pseudoniem } from '@regelmaat/logboek';
import { expect, it } from 'vitest';
import { gebruikApiTest } from './testing/api-omgeving';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers of the API, checked field by field below
type Json = Record<string, any>;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
/** The 8-byte PNG signature and an IHDR chunk header: enough for `file-type` to say image/png. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

describeEachDatabase('an objection’s documents over HTTP on $naam', ({ open }) => {
  const t = gebruikApiTest(open);
  const vraag = async (token: string, method: 'GET' | 'POST', url: string, payload?: object | string) => {
    const r = await t.app.inject({
      method,
      url: `/v1${url}`,
      headers: {
        authorization: `Bearer ${token}`,
        ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}),
      },
      ...(payload !== undefined ? { payload } : {}),
    });
    const type = String(r.headers['content-type']);
    return {
      status: r.statusCode,
      type,
      body: (type.includes('json') ? r.json() : undefined) as Json,
      bytes: r.rawPayload,
      traceId: String(r.headers.traceparent).split('-')[1]!,
      dispositie: r.headers['content-disposition'],
    };
  };
  const burgerToken = async (bsn: string) => {
    const r = await t.app.inject({ method: 'POST', url: '/v1/sessies/digid-simulatie', payload: { bsn } });
    return (r.json() as { token: string }).token;
  };
  const besluitVan = async (bsn: string) =>
    Number(
      (
        await t.db.query<{ id: string }>(
          `SELECT b.id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id
            WHERE h.bsn_aanvrager = $1 AND b.status = 'vastgesteld' ORDER BY b.id LIMIT 1`,
          [bsn],
        )
      ).rows[0]!.id,
    );
  const aantal = async (tabel: 'bezwaar' | 'bezwaar_stuk') =>
    Number((await t.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${tabel}`)).rows[0]!.n);

  it('refuses a wrong type, too large, too many, no base64 and a body above the limit, writing nothing', async () => {
    const burger = await burgerToken(t.bsn1);
    const beschikkingId = await besluitVan(t.bsn1);
    const met = (stukken: { bestandsnaam: string; inhoud: string }[]) =>
      vraag(burger, 'POST', '/mijn/bezwaren', { beschikkingId, gronden: 'Klopt niet.', stukken });
    const b64 = (b: Buffer) => b.toString('base64');

    const tekst = await met([{ bestandsnaam: 'brief.pdf', inhoud: b64(Buffer.from('Dit is geen PDF.')) }]);
    expect(tekst.status).toBe(400);
    expect(tekst.type).toContain('application/problem+json');
    expect(tekst.body.invalidParams).toEqual([
      { name: 'stukken[0]', reason: 'is geen PDF, JPEG of PNG', code: 'keuze' },
    ]);

    const groot = Buffer.alloc(STUK_GRENZEN.bytes + 1);
    PDF.copy(groot);
    const teGroot = await met([
      { bestandsnaam: 'ok.pdf', inhoud: b64(PDF) },
      { bestandsnaam: 'groot.pdf', inhoud: b64(groot) },
    ]);
    expect(teGroot.status).toBe(400);
    expect(teGroot.body.invalidParams).toEqual([
      { name: 'stukken[1]', reason: `groter dan ${STUK_GRENZEN.bytes} bytes`, code: 'te-groot' },
    ]);

    const zes = await met(
      Array.from({ length: 6 }, (_, i) => ({ bestandsnaam: `${i}.pdf`, inhoud: b64(PDF) })),
    );
    expect(zes.status).toBe(400);
    expect(zes.body.invalidParams.map((p: Json) => p.name)).toEqual(['stukken']);

    const geenBase64 = await met([{ bestandsnaam: 'x.pdf', inhoud: 'dit is geen base64!' }]);
    expect(geenBase64.status).toBe(400);
    expect(geenBase64.body.invalidParams.map((p: Json) => p.name)).toEqual(['stukken[0].inhoud']);

    // Above the route's body limit (every file at its maximum, and more): 413 before anything is read.
    const teVeel = JSON.stringify({
      beschikkingId,
      stukken: [{ bestandsnaam: 'x.pdf', inhoud: 'A'.repeat(STUK_GRENZEN.aantal * 7_000_000 + 1_000_000) }],
    });
    const te = await vraag(burger, 'POST', '/mijn/bezwaren', teVeel);
    expect(te.status).toBe(413);
    expect(te.type).toContain('application/problem+json');
    expect(te.body.code).toBe('te-groot');

    expect(await aantal('bezwaar')).toBe(0);
    expect(await aantal('bezwaar_stuk')).toBe(0);
  });

  it('lets the citizen and staff list and download, another citizen not', async () => {
    const burger = await burgerToken(t.bsn1);
    const ingediend = await vraag(burger, 'POST', '/mijn/bezwaren', {
      beschikkingId: await besluitVan(t.bsn1),
      gronden: 'Mijn inkomen is lager.',
      stukken: [
        { bestandsnaam: 'loonstrook maart.pdf', inhoud: PDF.toString('base64') },
        { bestandsnaam: 'foto.png', inhoud: PNG.toString('base64') },
      ],
    });
    expect(ingediend.status).toBe(201);
    const bezwaarId = ingediend.body.bezwaar.id as number;
    expect(ingediend.body.stukken.map((s: Json) => [s.bestandsnaam, s.inhoudstype, s.grootte])).toEqual([
      ['loonstrook maart.pdf', 'application/pdf', PDF.length],
      ['foto.png', 'image/png', PNG.length],
    ]);

    const lijst = await vraag(burger, 'GET', `/bezwaren/${bezwaarId}/stukken`);
    expect(lijst.status).toBe(200);
    expect(lijst.body.map((s: Json) => s.sha256)).toEqual(ingediend.body.stukken.map((s: Json) => s.sha256));
    const [pdfId, pngId] = lijst.body.map((s: Json) => s.id as number);

    const pdf = await vraag(burger, 'GET', `/bezwaarstukken/${pdfId}`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.dispositie).toBe(`inline; filename="bezwaarstuk-${pdfId}.pdf"`);
    expect(Buffer.compare(pdf.bytes, PDF)).toBe(0);
    const png = await vraag(burger, 'GET', `/bezwaarstukken/${pngId}`);
    expect(png.type).toBe('image/png');
    expect(Buffer.compare(png.bytes, PNG)).toBe(0);
    const json = await vraag(burger, 'GET', `/bezwaarstukken/${pdfId}?formaat=json`);
    expect(json.body).toMatchObject({ id: pdfId, bezwaarId, inhoudstype: 'application/pdf' });
    expect(json.body).not.toHaveProperty('inhoud');

    // The download is logged for every person of the household (the applicant at least).
    const log = await t.db.query<{ s: string; name: string }>(
      'SELECT data_subject_id AS s, name FROM verwerking WHERE trace_id = $1',
      [pdf.traceId],
    );
    expect(log.rows.map((r) => r.s)).toContain(pseudoniem(t.bsn1, SLEUTELS.pseudoniem));
    expect(log.rows.every((r) => r.name.includes('bezwaarstuk downloaden'))).toBe(true);
    const lijstLog = await t.db.query('SELECT 1 FROM verwerking WHERE trace_id = $1', [lijst.traceId]);
    expect(lijstLog.rows.length).toBeGreaterThan(0);

    // Another citizen: both look like nothing there; nothing is logged about household 1 for them.
    const ander = await burgerToken(t.bsn2);
    for (const url of [`/bezwaren/${bezwaarId}/stukken`, `/bezwaarstukken/${pdfId}`]) {
      const r = await vraag(ander, 'GET', url);
      expect(r.status, url).toBe(404);
      expect(r.type).toContain('application/problem+json');
      expect(r.bytes.includes(PDF.subarray(0, 8))).toBe(false);
      const l = await t.db.query('SELECT 1 FROM verwerking WHERE trace_id = $1', [r.traceId]);
      expect(l.rows).toEqual([]);
    }
    expect((await vraag(ander, 'GET', '/bezwaarstukken/999999')).status).toBe(404);

    // Staff with zaak:lezen: any objection's documents, as on the web.
    const mw = await t.token('behandelaar', 0);
    expect((await vraag(mw, 'GET', `/bezwaren/${bezwaarId}/stukken`)).body).toHaveLength(2);
    const mwPdf = await vraag(mw, 'GET', `/bezwaarstukken/${pdfId}`);
    expect(Buffer.compare(mwPdf.bytes, PDF)).toBe(0);
    // Without the right: 403 before anything is read.
    for (const rol of ['beleidsmedewerker', 'partner'])
      expect((await vraag(await t.token(rol), 'GET', `/bezwaarstukken/${pdfId}`)).status, rol).toBe(403);
    // A wrong format is a 400 naming the parameter.
    const formaat = await vraag(burger, 'GET', `/bezwaarstukken/${pdfId}?formaat=zip`);
    expect(formaat.status).toBe(400);
    expect(formaat.body.invalidParams[0].name).toContain('formaat');
  });

  it('takes the scanned papers of an objection registered by post', async () => {
    const mw = await t.token('behandelaar', 0);
    const r = await vraag(mw, 'POST', '/bezwaren', {
      beschikkingId: await besluitVan(t.bsn2),
      kanaal: 'post',
      ontvangenOp: '2026-03-14',
      stukken: [{ bestandsnaam: 'scan.pdf', inhoud: PDF.toString('base64') }],
    });
    expect(r.status).toBe(201);
    expect(r.body.stukken).toHaveLength(1);
    const rij = await t.db.query<{ geupload_door: string }>(
      'SELECT geupload_door FROM bezwaar_stuk WHERE bezwaar_id = $1',
      [r.body.bezwaar.id],
    );
    expect(rij.rows.map((x) => x.geupload_door)).toEqual(['m-behandelaar-1']);
  });
});
