/** The terminal explanation in Dutch notation: no ISO dates, no years with a thousands dot. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { berekenHuishouden, normaliseer, parseHuishouden } from '@regelmaat/law';
import { describe, expect, it } from 'vitest';
import { toonBerekening } from './toon-berekening';

const voorbeelden = resolve(import.meta.dirname, '../../../packages/law/examples');

describe('toonBerekening', () => {
  it.each(['alleenstaande-2025.json', 'gezin-met-kinderopvang-2026.json'])('%s', (bestand) => {
    const r = parseHuishouden(JSON.parse(readFileSync(resolve(voorbeelden, bestand), 'utf8')));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const tekst = toonBerekening(berekenHuishouden(normaliseer(r.huishouden)));
    // URLs carry ISO dates on purpose (the law version on wetten.overheid.nl); the text does not.
    const zonderLinks = tekst.replace(/https:\/\/\S+/g, '');
    expect(zonderLinks).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(zonderLinks).not.toMatch(/(?<!€ ?)\b2\.0\d\d\b/);
    expect(zonderLinks).toMatch(/geldt vanaf 1 januari 20\d\d/);
    expect(tekst).toMatch(/^Regelmaat — toeslagen over 20\d\d /);
  });
});
