/**
 * @module
 * References to Dutch law: a BWB id with article and paragraph (lid), rendered as a
 * wetten.overheid.nl link and a Juriconnect id; or a publication (Staatscourant, Staatsblad) or
 * an official leaflet, for values that are not in the statute text itself.
 */

export interface LawRef {
  /** Short Dutch name of the regulation, e.g. "Wet op de zorgtoeslag". */
  readonly wet: string;
  /** BWB identifier, e.g. BWBR0018451. */
  readonly bwb?: string;
  readonly artikel?: string;
  readonly lid?: string;
  readonly onderdeel?: string;
  /** An annex (bijlage), e.g. "I" for "bijlage I"; with `artikel` the article it belongs to. */
  readonly bijlage?: string;
  /** A publication or document when the value is not in the statute (e.g. "Stcrt. 2024, 38887"). */
  readonly publicatie?: string;
}

/** wetten.overheid.nl link to the article as in force on `date` (YYYY-MM-DD). */
export function lawUrl(ref: LawRef, date: string): string | undefined {
  if (!ref.bwb) return undefined;
  const base = `https://wetten.overheid.nl/${ref.bwb}/${date}`;
  if (ref.bijlage) return `${base}/#Bijlage${ref.bijlage.replace(/\s+/g, '')}`;
  return ref.artikel ? `${base}/#Artikel${ref.artikel.replace(/\s+/g, '')}` : base;
}

/** Juriconnect id: jci1.3:c:BWBR0018451&artikel=2&lid=1&z=2026-01-01&g=2026-01-01. */
export function juriconnect(ref: LawRef, date: string): string | undefined {
  if (!ref.bwb) return undefined;
  let id = `jci1.3:c:${ref.bwb}`;
  if (ref.bijlage) id += `&bijlage=${ref.bijlage}`;
  else if (ref.artikel) id += `&artikel=${ref.artikel}`;
  if (ref.lid && !ref.bijlage) id += `&lid=${ref.lid}`;
  return `${id}&z=${date}&g=${date}`;
}

/** "Wet op de zorgtoeslag, artikel 2, lid 1" */
export function citeLaw(ref: LawRef): string {
  const parts = [ref.wet];
  if (ref.bijlage)
    parts.push(ref.artikel ? `bijlage ${ref.bijlage} bij artikel ${ref.artikel}` : `bijlage ${ref.bijlage}`);
  else if (ref.artikel) parts.push(`artikel ${ref.artikel}`);
  if (ref.lid) parts.push(`lid ${ref.lid}`);
  if (ref.onderdeel) parts.push(`onderdeel ${ref.onderdeel}`);
  if (ref.publicatie) parts.push(ref.publicatie);
  return parts.join(', ');
}
