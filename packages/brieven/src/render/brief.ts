/**
 * @module
 * From a stored letter to what a person reads: the template version named in the letter builds the
 * document; Typst writes the PDF, and the HTML renderer the page. The same letter always gives the
 * same bytes.
 */
import type { Document } from '../document/document';
import { BriefFout } from '../fout';
import type { Brief } from '../model/brief';
import { controleerBrief } from '../model/controleer';
import { SJABLONEN } from '../sjablonen/register';
import { type Sjabloon, type SjabloonRegister, sleutel } from '../sjablonen/sjabloon';
import { htmlFragment, htmlPagina } from './html';
import { compileerPdf } from './pdf';
import { typstBron } from './typst-bron';

export function sjabloonVan(brief: Brief, register: SjabloonRegister = SJABLONEN): Sjabloon {
  const s = register.get(sleutel(brief.sjabloon.id, brief.sjabloon.versie));
  if (!s)
    throw new BriefFout(
      'ONBEKEND_SJABLOON',
      `Sjabloon ${brief.sjabloon.id} versie ${brief.sjabloon.versie} bestaat niet`,
    );
  return s;
}

/** The letter as a format-neutral document (checked first). */
export function briefDocument(brief: Brief, register: SjabloonRegister = SJABLONEN): Document {
  const s = sjabloonVan(brief, register);
  controleerBrief(brief);
  return s.bouw(brief);
}

/** The Typst source of the letter (for inspection; `briefPdf` compiles it). */
export function briefTypst(brief: Brief, register: SjabloonRegister = SJABLONEN): string {
  return typstBron(briefDocument(brief, register), sjabloonVan(brief, register).typstStijl);
}

/** The letter as a PDF/UA-1 document. */
export function briefPdf(brief: Brief, register: SjabloonRegister = SJABLONEN): Uint8Array {
  return compileerPdf(briefTypst(brief, register));
}

/** The letter as a complete accessible HTML page. */
export function briefHtml(brief: Brief, register: SjabloonRegister = SJABLONEN): string {
  return htmlPagina(briefDocument(brief, register));
}

/** The letter as an `<article>` to place in a portal page. */
export function briefHtmlFragment(brief: Brief, register: SjabloonRegister = SJABLONEN): string {
  return htmlFragment(briefDocument(brief, register));
}
