/**
 * @module
 * An objection's letter as a document, PDF/UA-1 or HTML: the template version named in the letter
 * builds it, as for decision letters.
 */
import type { Document } from '../document/document';
import { BriefFout } from '../fout';
import type { BezwaarBrief } from '../model/bezwaarbrief';
import { BEZWAAR_SJABLONEN } from '../sjablonen/bezwaar-register';
import type { BezwaarSjabloon } from '../sjablonen/bezwaarbrief-1';
import { htmlFragment, htmlPagina } from './html';
import { compileerPdf } from './pdf';
import { typstBron } from './typst-bron';

function sjabloon(b: BezwaarBrief): BezwaarSjabloon {
  const s = BEZWAAR_SJABLONEN.find((x) => x.id === b.sjabloon.id && x.versie === b.sjabloon.versie);
  if (!s)
    throw new BriefFout(
      'ONBEKEND_SJABLOON',
      `Sjabloon ${b.sjabloon.id} versie ${b.sjabloon.versie} bestaat niet`,
    );
  return s;
}

export function bezwaarBriefDocument(b: BezwaarBrief): Document {
  return sjabloon(b).bouw(b);
}
export function bezwaarBriefPdf(b: BezwaarBrief): Uint8Array {
  return compileerPdf(typstBron(bezwaarBriefDocument(b), sjabloon(b).typstStijl));
}
export function bezwaarBriefHtml(b: BezwaarBrief): string {
  return htmlPagina(bezwaarBriefDocument(b));
}
export function bezwaarBriefHtmlFragment(b: BezwaarBrief): string {
  return htmlFragment(bezwaarBriefDocument(b));
}
