/**
 * @module
 * The letter as a document, independent of the output format: headings, paragraphs, lists and
 * tables with header cells. A template builds it from the letter data; the Typst renderer (PDF)
 * and the HTML renderer write it out. Both show the same words in the same order.
 */

/** A piece of running text: plain, strong, or a link. */
export type Tekstdeel =
  | string
  | { readonly sterk: string }
  | { readonly link: string; readonly tekst: string };

export type Blok =
  | { readonly soort: 'kop'; readonly niveau: 1 | 2 | 3; readonly tekst: string }
  | { readonly soort: 'alinea'; readonly delen: readonly Tekstdeel[] }
  /** Lines kept together without a paragraph gap (an address, the letter's reference data). */
  | { readonly soort: 'regels'; readonly regels: readonly (readonly Tekstdeel[])[] }
  | { readonly soort: 'lijst'; readonly items: readonly (readonly Tekstdeel[])[] }
  | {
      readonly soort: 'tabel';
      /** Column headings (header cells). */
      readonly kolommen: readonly string[];
      readonly rijen: readonly (readonly string[])[];
      /** Per column: numbers are right-aligned. */
      readonly rechts?: readonly boolean[];
      /** Relative column widths, e.g. [3, 1]. */
      readonly breedtes?: readonly number[];
      /** A last row shown as a total (bold). */
      readonly totaal?: readonly string[];
    }
  /** The appendix starts on a new page (PDF); in HTML a separator. */
  | { readonly soort: 'nieuwe-pagina' };

/** The letterhead: sender top right, addressee where a window envelope shows it. */
export interface Briefhoofd {
  readonly afzender: readonly string[];
  readonly geadresseerde: readonly string[];
}

export interface Document {
  /** The document title (PDF metadata and HTML <title>); also the first heading. */
  readonly titel: string;
  /** BCP 47, always "nl" for letters. */
  readonly taal: 'nl';
  readonly auteur: string;
  /** The letter date (YYYY-MM-DD): the PDF's creation date, so the bytes do not depend on the clock. */
  readonly datum: string;
  readonly briefhoofd: Briefhoofd;
  readonly blokken: readonly Blok[];
  /** Footer text on every PDF page (page numbers are added). */
  readonly voettekst: string;
}

/** All the words of a document in reading order, one block per line (for tests and diffs). */
export function platteTekst(doc: Document): string {
  const deel = (d: Tekstdeel) => (typeof d === 'string' ? d : 'sterk' in d ? d.sterk : d.tekst);
  const regels: string[] = [...doc.briefhoofd.afzender, '', ...doc.briefhoofd.geadresseerde, ''];
  for (const b of doc.blokken) {
    switch (b.soort) {
      case 'kop':
        regels.push('', `${'#'.repeat(b.niveau)} ${b.tekst}`);
        break;
      case 'alinea':
        regels.push(b.delen.map(deel).join(''));
        break;
      case 'regels':
        for (const r of b.regels) regels.push(r.map(deel).join(''));
        break;
      case 'lijst':
        for (const i of b.items) regels.push(`- ${i.map(deel).join('')}`);
        break;
      case 'tabel':
        regels.push(`| ${b.kolommen.join(' | ')} |`);
        for (const r of b.rijen) regels.push(`| ${r.join(' | ')} |`);
        if (b.totaal) regels.push(`| ${b.totaal.join(' | ')} |`);
        break;
      case 'nieuwe-pagina':
        regels.push('', '---');
        break;
    }
  }
  return `${regels.join('\n')}\n`;
}
