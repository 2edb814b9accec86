/**
 * Documents with an objection (issue 14): only PDF, JPEG and PNG by their own bytes (a text file
 * named `.pdf` is refused), a size and a count limit, stored with hash, size, type and moment; the
 * citizen and the case worker download them, another household cannot (it looks like one that does
 * not exist), and every write and read is in the processing log of each person.
 */
import { createHash } from 'node:crypto';
import { beschikkingenVan } from '@regelmaat/beschikking';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { zoekHuishouden } from '@regelmaat/dossier-opslag';
import { NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { nieuweTrace, verwerkingenVan } from '@regelmaat/logboek';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../context';
import { inloggenDigid, inloggenMedewerker } from '../sessies';
import { maakTestOmgeving, SLEUTELS, type TestOmgeving } from '../testing/test-omgeving';
import { dienBezwaarIn, registreerBezwaar } from './bezwaar-indienen';
import { bezwaarDossier, bezwarenVoor } from './bezwaar-lezen';
import { bezwaarStukDownloaden, keurStukken, STUK_GRENZEN, veiligeBestandsnaam } from './bezwaar-stukken';

/** Minimal files of each kind: their first bytes are what counts. */
export const VOORBEELD_STUKKEN = {
  pdf: new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n'),
  png: new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00,
    0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
  ]),
  jpeg: new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00,
  ]),
};

async function velden(p: Promise<unknown>): Promise<{ naam: string; code?: string }[]> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(Ongeldig);
  return (e as Ongeldig).velden.map((v) => ({ naam: v.naam, ...(v.code ? { code: v.code } : {}) }));
}

describe('keurStukken', () => {
  it('takes PDF, JPEG and PNG by their bytes, with type, hash and a safe name', async () => {
    const k = await keurStukken([
      { bestandsnaam: 'C:\\Users\\x\\jaaropgave.pdf', inhoud: VOORBEELD_STUKKEN.pdf },
      { bestandsnaam: 'foto', inhoud: VOORBEELD_STUKKEN.jpeg },
      { bestandsnaam: 'scan"\u0007.png', inhoud: VOORBEELD_STUKKEN.png },
    ]);
    expect(k.map((s) => [s.bestandsnaam, s.inhoudstype])).toEqual([
      ['jaaropgave.pdf', 'application/pdf'],
      ['foto', 'image/jpeg'],
      ['scan.png', 'image/png'],
    ]);
    expect(k[0]!.sha256).toBe(createHash('sha256').update(VOORBEELD_STUKKEN.pdf).digest('hex'));
    expect(veiligeBestandsnaam('../')).toBe('stuk');
  });

  it('refuses a file whose bytes are not PDF, JPEG or PNG, whatever its name, and names each file', async () => {
    const tekst = new TextEncoder().encode('Dit is geen PDF maar gewone tekst.');
    const gif = new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;');
    expect(
      await velden(
        keurStukken([
          { bestandsnaam: 'goed.pdf', inhoud: VOORBEELD_STUKKEN.pdf },
          { bestandsnaam: 'nep.pdf', inhoud: tekst },
          { bestandsnaam: 'plaatje.png', inhoud: gif },
          { bestandsnaam: 'leeg.pdf', inhoud: new Uint8Array() },
        ]),
      ),
    ).toEqual([
      { naam: 'stukken[1]', code: 'keuze' },
      { naam: 'stukken[2]', code: 'keuze' },
      { naam: 'stukken[3]', code: 'verplicht' },
    ]);
  });

  it('refuses a file above the size limit and more files than the count limit', async () => {
    const groot = new Uint8Array(STUK_GRENZEN.bytes + 1);
    groot.set(VOORBEELD_STUKKEN.pdf);
    const precies = new Uint8Array(STUK_GRENZEN.bytes);
    precies.set(VOORBEELD_STUKKEN.pdf);
    expect(await velden(keurStukken([{ bestandsnaam: 'groot.pdf', inhoud: groot }]))).toEqual([
      { naam: 'stukken[0]', code: 'te-groot' },
    ]);
    expect(await keurStukken([{ bestandsnaam: 'precies.pdf', inhoud: precies }])).toHaveLength(1);
    const veel = Array.from({ length: STUK_GRENZEN.aantal + 1 }, () => ({
      bestandsnaam: 'a.pdf',
      inhoud: VOORBEELD_STUKKEN.pdf,
    }));
    expect(await velden(keurStukken(veel))).toEqual([{ naam: 'stukken', code: 'te-lang' }]);
    expect(await keurStukken(veel.slice(1))).toHaveLength(STUK_GRENZEN.aantal);
  });
});

describeEachDatabase('documents with an objection on $naam', ({ open }) => {
  let db: Db;
  let t: TestOmgeving;
  let nu = '2026-03-15T10:00:00.000Z';
  const sessies: Record<string, Context['sessie']> = {};
  const als = (wie: string): Context => ({ sessie: sessies[wie], trace: nieuweTrace() });

  beforeAll(async () => {
    db = await open();
    t = await maakTestOmgeving(db, () => nu);
    sessies['behandelaar-6'] = (
      await inloggenMedewerker(t.o, { gebruikersnaam: 'behandelaar-6', wachtwoord: 'demo-behandelaar-6' })
    ).sessie;
    sessies.burger = inloggenDigid(t.o, { bsn: t.bsn1 }).sessie;
    sessies.ander = inloggenDigid(t.o, { bsn: t.bsn2 }).sessie;
  }, 240_000);
  afterAll(async () => {
    await db?.close();
  });

  it('stores, lists and downloads them for the household and the case worker only, and logs each step', async () => {
    const hh = (await zoekHuishouden(db, t.bsn1))!;
    const zorg = (await beschikkingenVan(db, hh)).find(
      (b) => b.regeling === 'zorgtoeslag' && b.status === 'vastgesteld',
    )!;
    const d = new Date(`${zorg.aangemaaktOp.slice(0, 10)}T10:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 3);
    nu = d.toISOString();

    // A wrong file refuses the whole objection: nothing is written.
    await expect(
      dienBezwaarIn(t.o, als('burger'), {
        beschikkingId: zorg.id,
        stukken: [{ bestandsnaam: 'nep.pdf', inhoud: new TextEncoder().encode('tekst') }],
      }),
    ).rejects.toThrow(Ongeldig);
    expect((await db.query('SELECT count(*)::int AS n FROM bezwaar')).rows[0]).toEqual({ n: 0 });

    const ingediend = await dienBezwaarIn(t.o, als('burger'), {
      beschikkingId: zorg.id,
      gronden: 'Zie de jaaropgave.',
      stukken: [
        { bestandsnaam: 'jaaropgave.pdf', inhoud: VOORBEELD_STUKKEN.pdf },
        { bestandsnaam: 'brief.png', inhoud: VOORBEELD_STUKKEN.png },
      ],
    });
    expect(ingediend.stukken.map((s) => [s.bestandsnaam, s.inhoudstype, s.grootte, s.geuploadDoor])).toEqual([
      ['jaaropgave.pdf', 'application/pdf', VOORBEELD_STUKKEN.pdf.byteLength, 'burger'],
      ['brief.png', 'image/png', VOORBEELD_STUKKEN.png.byteLength, 'burger'],
    ]);
    expect(ingediend.stukken[0]!.geuploadOp).toBe(nu);
    const rij = await db.query<{ sha256: string; grootte: number }>(
      'SELECT sha256, grootte FROM bezwaar_stuk WHERE id = $1',
      [ingediend.stukken[1]!.id],
    );
    expect(rij.rows[0]!.sha256).toBe(createHash('sha256').update(VOORBEELD_STUKKEN.png).digest('hex'));
    // Kept as they came in.
    await expect(
      db.query('DELETE FROM bezwaar_stuk WHERE id = $1', [ingediend.stukken[0]!.id]),
    ).rejects.toThrow(/verandert niet/);

    // The citizen sees their files; the case worker sees them on the objection.
    const eigen = await bezwarenVoor(t.o, als('burger'));
    expect(eigen[0]!.stukken.map((s) => s.bestandsnaam)).toEqual(['jaaropgave.pdf', 'brief.png']);
    const dossier = await bezwaarDossier(t.o, als('behandelaar-6'), ingediend.bezwaar.id);
    expect(dossier.stukken.map((s) => s.id)).toEqual(ingediend.stukken.map((s) => s.id));

    // Both download the same bytes.
    const doorBurger = await bezwaarStukDownloaden(t.o, als('burger'), ingediend.stukken[0]!.id);
    expect(Buffer.from(doorBurger.inhoud).equals(Buffer.from(VOORBEELD_STUKKEN.pdf))).toBe(true);
    const doorBehandelaar = await bezwaarStukDownloaden(t.o, als('behandelaar-6'), ingediend.stukken[1]!.id);
    expect(Buffer.from(doorBehandelaar.inhoud).equals(Buffer.from(VOORBEELD_STUKKEN.png))).toBe(true);

    // The walk around: another household guesses the id; a missing id looks the same.
    await expect(bezwaarStukDownloaden(t.o, als('ander'), ingediend.stukken[0]!.id)).rejects.toThrow(
      NietGevonden,
    );
    await expect(bezwaarStukDownloaden(t.o, als('ander'), 999_999)).rejects.toThrow(NietGevonden);
    expect(await bezwarenVoor(t.o, als('ander'))).toEqual([]);

    const namen = (await verwerkingenVan(db, t.bsn1, SLEUTELS.pseudoniem, { metActor: false })).map(
      (r) => r.naam,
    );
    expect(namen).toContain('bezwaar indienen met 2 stukken');
    expect(namen.filter((n) => n === 'bezwaarstuk downloaden')).toHaveLength(2);
    const ander = (await verwerkingenVan(db, t.bsn2, SLEUTELS.pseudoniem, { metActor: false })).map(
      (r) => r.naam,
    );
    expect(ander).not.toContain('bezwaarstuk downloaden');
  });

  it('lets a case worker register an objection from the post with its documents', async () => {
    const hh = (await zoekHuishouden(db, t.bsn2))!;
    const besluit = (await beschikkingenVan(db, hh)).find((b) => b.status === 'vastgesteld');
    expect(besluit).toBeDefined();
    const r = await registreerBezwaar(t.o, als('behandelaar-6'), {
      beschikkingId: besluit!.id,
      kanaal: 'post',
      ontvangenOp: nu.slice(0, 10),
      gronden: 'Per post, met een scan.',
      stukken: [{ bestandsnaam: 'scan.jpg', inhoud: VOORBEELD_STUKKEN.jpeg }],
    });
    expect(r.stukken.map((s) => [s.inhoudstype, s.geuploadDoor])).toEqual([
      ['image/jpeg', 'm-behandelaar-6'],
    ]);
    await expect(bezwaarStukDownloaden(t.o, als('burger'), r.stukken[0]!.id)).rejects.toThrow(NietGevonden);
    const doorAnder = await bezwaarStukDownloaden(t.o, als('ander'), r.stukken[0]!.id);
    expect(doorAnder.bestandsnaam).toBe('scan.jpg');
  });
});
