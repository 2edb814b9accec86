/**
 * @module
 * The same letter as an accessible HTML page (for the portal): `lang="nl"`, the title, headings in
 * order, tables with `<th scope="col">`, real links. `htmlFragment` gives the `<article>` to place in
 * a page; `htmlPagina` a complete page with its own small style sheet.
 */
import type { Blok, Document, Tekstdeel } from '../document/document';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

function deel(d: Tekstdeel): string {
  if (typeof d === 'string') return esc(d);
  if ('sterk' in d) return `<strong>${esc(d.sterk)}</strong>`;
  return `<a href="${esc(d.link)}">${esc(d.tekst)}</a>`;
}
const delen = (ds: readonly Tekstdeel[]) => ds.map(deel).join('');

function blok(b: Blok): string {
  switch (b.soort) {
    case 'kop':
      return `<h${b.niveau}>${esc(b.tekst)}</h${b.niveau}>`;
    case 'alinea':
      return `<p>${delen(b.delen)}</p>`;
    case 'regels':
      return `<p>${b.regels.map(delen).join('<br>')}</p>`;
    case 'lijst':
      return `<ul>${b.items.map((i) => `<li>${delen(i)}</li>`).join('')}</ul>`;
    case 'tabel': {
      const cls = (i: number) => (b.rechts?.[i] ? ' class="getal"' : '');
      const kop = b.kolommen.map((k, i) => `<th scope="col"${cls(i)}>${esc(k)}</th>`).join('');
      const rijen = b.rijen
        .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${esc(c)}</td>`).join('')}</tr>`)
        .join('');
      const totaal = b.totaal
        ? `<tfoot><tr class="totaal">${b.totaal.map((c, i) => `<td${cls(i)}>${esc(c)}</td>`).join('')}</tr></tfoot>`
        : '';
      return `<table><thead><tr>${kop}</tr></thead><tbody>${rijen}</tbody>${totaal}</table>`;
    }
    case 'nieuwe-pagina':
      return '<hr>';
  }
}

/** The letter as an `<article>` element. */
export function htmlFragment(doc: Document): string {
  const regels = (xs: readonly string[]) => xs.map(esc).join('<br>');
  return [
    `<article class="brief" lang="${doc.taal}">`,
    `<header class="briefhoofd"><p class="afzender">${regels(doc.briefhoofd.afzender)}</p>`,
    `<address class="geadresseerde">${regels(doc.briefhoofd.geadresseerde)}</address></header>`,
    ...doc.blokken.map(blok),
    `<footer class="voettekst"><p>${esc(doc.voettekst)}</p></footer>`,
    '</article>',
  ].join('\n');
}

const STIJL = `
body{margin:0;background:#f3f3f3;color:#1a1a1a;font-family:'Fira Sans',system-ui,sans-serif;font-size:1.0625rem;line-height:1.5}
main{max-width:46rem;margin:0 auto;padding:2rem 1.5rem;background:#fff}
.briefhoofd{display:flex;flex-direction:row-reverse;justify-content:space-between;gap:2rem;margin-bottom:2rem}
.afzender{text-align:right;margin:0}.geadresseerde{font-style:normal}
h1{font-size:1.6rem;margin:1.5rem 0 1rem}h2{font-size:1.25rem;margin:1.75rem 0 .5rem}h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #b4b4b4;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}.getal{text-align:right;white-space:nowrap}.totaal td{font-weight:700}
a{color:#154273}hr{margin:2.5rem 0;border:0;border-top:2px solid #b4b4b4}.voettekst{margin-top:2rem;font-size:.9rem;color:#4b4b4b}
`;

/** A complete HTML page with the letter. */
export function htmlPagina(doc: Document): string {
  return [
    '<!doctype html>',
    `<html lang="${doc.taal}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(doc.titel)}</title>`,
    `<style>${STIJL}</style>`,
    '</head>',
    '<body>',
    '<main>',
    htmlFragment(doc),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
