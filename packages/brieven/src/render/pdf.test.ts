/**
 * The PDF of every kind of letter: its text has the amounts, the letter date and the last day to
 * object; it is tagged (PDF/UA-1) with the title, the language, headings in order and tables with
 * header cells; the same letter gives the same bytes, and those bytes are pinned (a change to the
 * renderer, Typst or the fonts that would change an old letter fails here). Pages are saved as PNG
 * under test-results/brieven/ to look at.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datum, euro } from '../document/opmaak';
import type { Brief } from '../model/brief';
import { bezwaartermijn } from '../termijn/bezwaartermijn';
import {
  bewaarPdf,
  pdfInfo,
  pdfLettertypen,
  pdfNaarPng,
  pdfObjecten,
  pdfStructuur,
  pdfTekst,
} from '../testing/pdf-gereedschap';
import { alleVoorbeelden } from '../testing/voorbeelden';
import { briefPdf } from './brief';
import { compileerPdf } from './pdf';

const VOORBEELDEN = alleVoorbeelden();
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe.each(Object.entries(VOORBEELDEN))('PDF of %s', (naam, brief) => {
  const pdf = briefPdf(brief);
  const pad = bewaarPdf(naam, pdf);
  const tekst = pdfTekst(pad);

  it('shows the amounts, the letter date and the last day to object', () => {
    for (const t of brief.gegevens.toeslagen) expect(tekst).toContain(nbsp(euro(t.jaarbedrag)));
    expect(tekst).toContain(`Datum: ${datum(brief.briefdatum)}`);
    const laatste = datum(bezwaartermijn(brief.briefdatum).laatsteDag);
    expect(tekst).toContain(`Uw bezwaar moet uiterlijk op ${laatste} bij ons zijn.`);
    expect(tekst).toContain(brief.gegevens.beschikkingsnummer);
    expect(tekst).toMatch(/€ \d{1,3}(\.\d{3})*\b/);
  });

  it('is a tagged PDF/UA-1 file with title, language and embedded Fira Sans', () => {
    const info = pdfInfo(pad);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toMatch(/toeslagen (2025|2026)/);
    expect(info.CreationDate).toContain(brief.briefdatum.slice(0, 4));
    const objecten = pdfObjecten(pad);
    expect(objecten).toContain('/Lang (nl-NL)');
    expect(objecten).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(objecten).toContain('/MarkInfo');
    const fonts = pdfLettertypen(pad);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const f of fonts) {
      expect(f.naam).toMatch(/^[A-Z]{6}\+FiraSans-(Regular|SemiBold|Bold|Italic)$/);
      expect(f.ingebed).toBe(true);
    }
  });

  it('has headings in order and tables with header cells', () => {
    const s = pdfStructuur(pad);
    const koppen = [...s.matchAll(/^\s*H(\d) "/gm)].map((m) => Number(m[1]));
    expect(koppen[0]).toBe(1);
    expect(koppen.filter((k) => k === 1)).toHaveLength(1);
    for (let i = 1; i < koppen.length; i++) expect(koppen[i]! - koppen[i - 1]!).toBeLessThanOrEqual(1);
    expect(s).toMatch(/H2 "Bent u het niet eens met dit besluit\?"/);
    expect(s).toMatch(/H2 "Bijlage: Berekening"/);
    expect(s).toMatch(/Table \(block\)/);
    expect(s).toMatch(/TH <[^>]+>:\s*\n\s*\/Scope \/Column/);
  });

  it('renders its pages to PNG for people to look at', () => {
    expect(pdfNaarPng(pad, naam).length).toBeGreaterThanOrEqual(2);
  });

  it('gives the same bytes when rendered again', () => {
    expect(Buffer.from(briefPdf(brief)).equals(Buffer.from(pdf))).toBe(true);
  });
});

describe('the bytes of stored letters', () => {
  // Letters as stored (JSON, template version 1), independent of today's law package: rendering
  // them must give the bytes recorded when they were first sent.
  it('stay as they were (renderer, Typst and fonts pinned)', async () => {
    const dir = new URL('../testing/opgeslagen/', import.meta.url);
    const hashes = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const brief = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Brief;
        return `${f} ${createHash('sha256').update(briefPdf(brief)).digest('hex')}`;
      });
    expect(hashes).toHaveLength(5);
    await expect(`${hashes.join('\n')}\n`).toMatchFileSnapshot('./pdf-hashes.golden.txt');
  });
});

describe('Typst refuses what breaks PDF/UA-1', () => {
  it('a skipped heading level is a BriefFout, not a broken file', () => {
    const bron = '#set document(title: "x")\n#set text(lang: "nl")\n= Een\n=== Drie\n';
    expect(() => compileerPdf(bron)).toThrow(/PDF\/UA-1 error: skipped from heading level 1 to 3/);
  });
});
