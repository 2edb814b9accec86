/**
 * @module
 * A small B1 check for citizen texts (Dutch plain-language guidance, taalniveau B1): sentences of
 * at most 20 words, and no jargon unless the same text explains the word right after it in
 * brackets ("toetsingsinkomen (uw inkomen voor de belasting)"). It cannot prove a text is B1;
 * it catches the two most common slips. A human still reads every text.
 */

export const MAX_WOORDEN_PER_ZIN = 20;

/** Words citizens often do not know, or official words with a plain alternative. */
export const JARGON: readonly string[] = [
  'toetsingsinkomen',
  'verzamelinkomen',
  'drempelinkomen',
  'normpremie',
  'standaardpremie',
  'rekenhuur',
  'normhuur',
  'subsidiabel',
  'beschikking',
  'awir',
  'middels',
  'derhalve',
  'teneinde',
  'alsmede',
  'ingevolge',
  'conform',
  'reeds',
  'dient te',
  'zulks',
  'onverwijld',
];

export interface B1Probleem {
  readonly key: string;
  readonly probleem: string;
}

/** Splits a text into sentences at . ! ? followed by a space or the end. */
export function zinnen(tekst: string): string[] {
  return tekst
    .split(/(?<=[.!?])\s+/)
    .map((z) => z.trim())
    .filter((z) => z.length > 0);
}

export function woorden(zin: string): number {
  return zin.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function controleerB1(catalogus: Readonly<Record<string, string>>): B1Probleem[] {
  const problemen: B1Probleem[] = [];
  for (const [key, tekst] of Object.entries(catalogus)) {
    for (const zin of zinnen(tekst)) {
      const n = woorden(zin);
      if (n > MAX_WOORDEN_PER_ZIN)
        problemen.push({ key, probleem: `zin van ${n} woorden (max ${MAX_WOORDEN_PER_ZIN}): "${zin}"` });
    }
    const klein = tekst.toLowerCase();
    for (const woord of JARGON) {
      const re = new RegExp(`(^|[^\\p{L}])${woord}([^\\p{L}]|$)`, 'u');
      const m = re.exec(klein);
      if (!m) continue;
      const na = klein.slice(m.index + m[0].length - (m[2] ? m[2].length : 0));
      if (!/^\s*\(/.test(na)) problemen.push({ key, probleem: `vakwoord "${woord}" zonder uitleg erachter` });
    }
  }
  return problemen;
}
