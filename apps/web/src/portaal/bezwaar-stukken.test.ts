/**
 * Files with an objection over HTTP (multipart) on the real services: a file that is not a PDF,
 * JPG or PNG by its bytes (whatever its name) or above the size limit comes back as a B1 error that
 * names it, and nothing is written; accepted files are listed for the citizen and the case worker
 * and download as they came in; another household's citizen cannot download them (404, as none).
 */
import { describeEachDatabase } from '@regelmaat/db/testing';
import { STUK_GRENZEN } from '@regelmaat/diensten';
import { expect, it } from 'vitest';
import { Bezoeker } from '../testing/bezoeker';
import { webOpDatabase } from '../testing/op-database';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

describeEachDatabase('objection files over HTTP on $naam', ({ open }) => {
  const w = webOpDatabase(open);
  const besluitVan = async (bsn: string) =>
    String(
      (
        await w.t.o.db.query<{ id: string }>(
          `SELECT b.id FROM beschikking b JOIN huishouden h ON h.id = b.huishouden_id
            WHERE h.bsn_aanvrager = $1 AND b.status = 'vastgesteld' ORDER BY b.id LIMIT 1`,
          [bsn],
        )
      ).rows[0]!.id,
    );
  const aantal = async (tabel: 'bezwaar' | 'bezwaar_stuk') =>
    Number((await w.t.o.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${tabel}`)).rows[0]!.n);

  it('refuses a wrong or too large file in words, keeps good ones, and lets only the household and staff download', async () => {
    const b = await Bezoeker.alsBurger(w.app, w.t.bsn1);
    const eigen = await besluitVan(w.t.bsn1);
    const formulier = await b.get(`/mijn/bezwaar/${eigen}`);
    expect(formulier.body).toMatch(/enctype="multipart\/form-data"/i);
    expect(formulier.body).toContain('type="file"');
    const velden = { gronden: 'Zie de bijlage.', voorkeur: 'geen' };

    const nep = await b.postMetBestanden(`/mijn/bezwaar/${eigen}`, velden, [
      {
        veld: 'bestanden',
        naam: 'loonstrook.pdf',
        type: 'application/pdf',
        inhoud: new TextEncoder().encode('hallo'),
      },
    ]);
    expect(nep.statusCode).toBe(400);
    expect(nep.body).toContain('id="veld-bestanden-fout"');
    expect(nep.body).toContain('Het bestand &quot;loonstrook.pdf&quot; is geen PDF, JPG of PNG.');
    expect(nep.body).toContain('Kies uw bestanden opnieuw.');

    const groot = new Uint8Array(STUK_GRENZEN.bytes + 10);
    groot.set(PDF);
    const teGroot = await b.postMetBestanden(`/mijn/bezwaar/${eigen}`, velden, [
      { veld: 'bestanden', naam: 'scan.pdf', type: 'application/pdf', inhoud: groot },
    ]);
    expect(teGroot.statusCode).toBe(400);
    expect(teGroot.body).toContain('Het bestand &quot;scan.pdf&quot; is groter dan 5 MB.');
    expect(await aantal('bezwaar')).toBe(0);
    expect(await aantal('bezwaar_stuk')).toBe(0);

    const goed = await b.postMetBestanden(`/mijn/bezwaar/${eigen}`, velden, [
      { veld: 'bestanden', naam: 'jaaropgave.pdf', type: 'application/pdf', inhoud: PDF },
      // The type the browser claims does not count: these bytes are a PNG.
      { veld: 'bestanden', naam: 'foto.png', type: 'application/octet-stream', inhoud: PNG },
    ]);
    expect(goed.statusCode).toBe(201);
    expect(goed.body).toContain('Wij hebben 2 bestanden van u bewaard.');
    const rijen = (
      await w.t.o.db.query<{ id: string; inhoudstype: string }>(
        'SELECT id, inhoudstype FROM bezwaar_stuk ORDER BY id',
      )
    ).rows;
    expect(rijen.map((r) => r.inhoudstype)).toEqual(['application/pdf', 'image/png']);
    const [pdfId, pngId] = rijen.map((r) => r.id);

    const zaken = await b.get('/mijn/zaken');
    expect(zaken.body).toContain(`href="/mijn/bezwaarstukken/${pdfId}"`);
    expect(zaken.body).toContain('jaaropgave.pdf');
    const download = await b.bytes(`/mijn/bezwaarstukken/${pdfId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(download.inhoud.equals(Buffer.from(PDF))).toBe(true);

    // The walk around: another household with the id in the address.
    const ander = await Bezoeker.alsBurger(w.app, w.t.bsn2);
    expect((await ander.bytes(`/mijn/bezwaarstukken/${pdfId}`)).statusCode).toBe(404);
    expect((await ander.bytes('/mijn/bezwaarstukken/99999999')).statusCode).toBe(404);

    const mw = await Bezoeker.alsMedewerker(w.app, 'behandelaar-6', 'demo-behandelaar-6');
    const bezwaarId = (await w.t.o.db.query<{ id: string }>('SELECT id FROM bezwaar')).rows[0]!.id;
    const pagina = await mw.get(`/werk/bezwaren/${bezwaarId}`);
    expect(pagina.body).toContain(`href="/werk/bezwaarstukken/${pngId}"`);
    const doorMw = await mw.bytes(`/werk/bezwaarstukken/${pngId}`);
    expect(doorMw.headers['content-type']).toBe('image/png');
    expect(doorMw.inhoud.equals(Buffer.from(PNG))).toBe(true);
    // A citizen cannot use the workspace's address.
    expect((await b.bytes(`/werk/bezwaarstukken/${pngId}`)).statusCode).not.toBe(200);
  });
});
