/**
 * A year without a percentage table in the parameters is refused with a plain-Dutch message, never
 * guessed: checked by removing the 2025 table from the parameter text (today every accepted year
 * has one).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BatchRekenaar, Bedragen, NIET_BEREKENBAAR, regelingIndex } from '../batch';
import { berekenHuishouden } from '../bereken';
import { REGELINGEN } from '../regelingen';
import { normaliseer } from '../situatie/normaliseer';
import { parseHuishouden } from '../situatie/parse-huishouden';
import { laadWetgeving } from '../wetgeving';
import { KINDEROPVANGTOESLAG } from './kinderopvangtoeslag';

/** Its place in the list of regelingen (and so in a batch result). */
const KOT = REGELINGEN.indexOf(KINDEROPVANGTOESLAG);

const tekst = readFileSync(new URL('./parameters.yaml', import.meta.url), 'utf8');
const begin = tekst.indexOf(
  '    2025-01-01:\n      reconstructed: true\n      source: >-\n        Besluit kinderopvangtoeslag bijlage I',
);
const eind = tekst.indexOf(
  '    2026-01-01:\n      source: "Besluit kinderopvangtoeslag bijlage I geldend op 1-1-2026;',
);

describe('a year without a kinderopvangtoeslag table', () => {
  it('is refused with KOT_TABEL_ONTBREEKT and a message for citizens, on the traced and the batch path', () => {
    expect(begin).toBeGreaterThan(0);
    expect(eind).toBeGreaterThan(begin);
    const w = laadWetgeving({ kinderopvangtoeslag: tekst.slice(0, begin) + tekst.slice(eind) });
    const p = parseHuishouden({
      berekeningsjaar: 2025,
      aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 40000 },
      kinderen: [{ geboortedatum: '2023-01-01' }],
      kinderopvang: [{ kind: 0, soort: 'dagopvang', urenPerMaand: 100, uurprijs: 10 }],
    });
    if (!p.ok) throw new Error(JSON.stringify(p.problems));
    const s = normaliseer(p.huishouden);
    const kot = berekenHuishouden(s, w).toeslagen.find((t) => t.regeling === 'kinderopvangtoeslag')!;
    expect(kot.status).toBe('niet-berekenbaar');
    expect(kot.melding?.code).toBe('KOT_TABEL_ONTBREEKT');
    expect(kot.melding?.tekst).toContain(
      'Wij kunnen uw kinderopvangtoeslag voor dit jaar nog niet berekenen.',
    );
    const uit = new Bedragen();
    new BatchRekenaar(w).bereken(s, uit);
    expect(uit.jaarbedrag(regelingIndex('kinderopvangtoeslag'))).toBe(NIET_BEREKENBAAR);
    // With the table, the same household is computed: 100 uur × € 10 × 96% = € 960 a month.
    expect(berekenHuishouden(s).toeslagen[KOT]!.jaarbedrag).toBe(1_152_000);
  });
});
