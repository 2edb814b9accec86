/**
 * @module
 * A zienswijze letter as a document, PDF/UA-1 or HTML: the template version named in the letter
 * builds it, as for decision letters.
 */
import type { Document } from '../document/document';
import { BriefFout } from '../fout';
import { htmlFragment, htmlPagina } from '../render/html';
import { compileerPdf } from '../render/pdf';
import { typstBron } from '../render/typst-bron';
import type { ZienswijzeBrief } from './model';
import { ZIENSWIJZE_SJABLONEN, type ZienswijzeSjabloon } from './zienswijzebrief-1';

function sjabloon(b: ZienswijzeBrief): ZienswijzeSjabloon {
  const s = ZIENSWIJZE_SJABLONEN.find((x) => x.id === b.sjabloon.id && x.versie === b.sjabloon.versie);
  if (!s)
    throw new BriefFout(
      'ONBEKEND_SJABLOON',
      `Sjabloon ${b.sjabloon.id} versie ${b.sjabloon.versie} bestaat niet`,
    );
  return s;
}

export function zienswijzeBriefDocument(b: ZienswijzeBrief): Document {
  return sjabloon(b).bouw(b);
}
export function zienswijzeBriefPdf(b: ZienswijzeBrief): Uint8Array {
  return compileerPdf(typstBron(zienswijzeBriefDocument(b), sjabloon(b).typstStijl));
}
export function zienswijzeBriefHtml(b: ZienswijzeBrief): string {
  return htmlPagina(zienswijzeBriefDocument(b));
}
export function zienswijzeBriefHtmlFragment(b: ZienswijzeBrief): string {
  return htmlFragment(zienswijzeBriefDocument(b));
}
