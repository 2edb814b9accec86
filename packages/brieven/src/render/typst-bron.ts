/**
 * @module
 * Writes a document as Typst source. All text goes in as Typst string literals (`#"…"`), so no
 * character in the data can change the markup. The page style belongs to the template version
 * (`stijl`), so a later style does not change an old letter.
 */
import type { Blok, Document, Tekstdeel } from '../document/document';

/** A Typst string literal for `s`. */
export function typstString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

function deel(d: Tekstdeel): string {
  if (typeof d === 'string') return `#${typstString(d)}`;
  if ('sterk' in d) return `#strong(${typstString(d.sterk)})`;
  return `#link(${typstString(d.link)})[#${typstString(d.tekst)}]`;
}

const delen = (ds: readonly Tekstdeel[]) => ds.map(deel).join('');

function cel(tekst: string, sterk = false): string {
  return sterk ? `[#strong(${typstString(tekst)})]` : `[#${typstString(tekst)}]`;
}

function blok(b: Blok): string {
  switch (b.soort) {
    case 'kop':
      return `#heading(level: ${b.niveau}, ${typstString(b.tekst)})`;
    case 'alinea':
      return delen(b.delen);
    case 'regels':
      return b.regels.map(delen).join(' #linebreak()\n');
    case 'lijst':
      return `#list(${b.items.map((i) => `[${delen(i)}]`).join(', ')})`;
    case 'tabel': {
      const n = b.kolommen.length;
      const breedtes = b.breedtes ?? new Array<number>(n).fill(1);
      const uitlijning = b.kolommen.map((_, i) => (b.rechts?.[i] ? 'right' : 'left'));
      const rijen = b.rijen.map((r) => r.map((c) => cel(c)).join(', '));
      if (b.totaal) rijen.push(b.totaal.map((c) => cel(c, true)).join(', '));
      return [
        `#table(columns: (${breedtes.map((w) => `${w}fr`).join(', ')}), align: (${uitlijning.join(', ')}),`,
        `  table.header(${b.kolommen.map((k) => cel(k)).join(', ')}),`,
        ...rijen.map((r) => `  ${r},`),
        ')',
      ].join('\n');
    }
    case 'nieuwe-pagina':
      return '#pagebreak(weak: true)';
  }
}

/** The Typst source of `doc` with the template version's page style. */
export function typstBron(doc: Document, stijl: string): string {
  const [jaar, maand, dag] = doc.datum.split('-').map(Number);
  const regels = (xs: readonly string[]) => xs.map((x) => `#${typstString(x)}`).join(' #linebreak()\n');
  return [
    `#set document(title: ${typstString(doc.titel)}, author: ${typstString(doc.auteur)}, date: datetime(year: ${jaar}, month: ${maand}, day: ${dag}))`,
    `#let voettekst = ${typstString(doc.voettekst)}`,
    stijl,
    `#align(right)[${regels(doc.briefhoofd.afzender)}]`,
    '#v(1.2cm)',
    regels(doc.briefhoofd.geadresseerde),
    '#v(1cm)',
    ...doc.blokken.map(blok),
    '',
  ].join('\n\n');
}
