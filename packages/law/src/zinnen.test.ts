/**
 * Every sentence of "Waarom dit bedrag?" is true for the values it states (property test over
 * generated households):
 * - every amount (€ …) and percentage in a sentence is the shown value of a step or parameter of
 *   the same explanation: a sentence never states a number the calculation did not produce;
 * - every comparison a sentence states ("… is (niet) hoger dan …") holds for the amounts it names,
 *   and "Uw inkomen is (niet) hoger dan X" holds for the income in that explanation.
 * It prints how many sentences of each kind it checked, so a generator that stops reaching them shows.
 */
import type { ExplanationNode } from '@regelmaat/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { berekenHuishouden } from './bereken';
import type { HuishoudenInvoer } from './situatie/huishouden-schema';
import { normaliseer } from './situatie/normaliseer';
import { parseHuishouden } from './situatie/parse-huishouden';
import { arbitrairHuishouden, arbitrairKot2025 } from './testing/arbitraries';

const BEDRAG = /€\s?-?[\d.]+,\d{2}/g;
const PERCENTAGE = /\d+(?:,\d+)?%/g;
const VERGELIJKING = /(€\s?[\d.]+,\d{2}) is (niet )?hoger dan (?:de grens van )?(€\s?[\d.]+,\d{2})/g;
const INKOMEN = /Uw inkomen is (niet )?hoger dan (?:het drempelinkomen|(€\s?[\d.]+,\d{2}))/;

const centen = (s: string) => Math.round(Number(s.replace(/[€\s.]/g, '').replace(',', '.')) * 100);
const norm = (s: string) => s.replace(/\s/g, ' ');

function alle(n: ExplanationNode, uit: ExplanationNode[] = []): ExplanationNode[] {
  uit.push(n);
  for (const i of n.inputs) alle(i, uit);
  return uit;
}

/** The raw value of the nearest input (depth-first) whose id ends with `naam`. */
function invoer(n: ExplanationNode, naam: string): unknown {
  for (const i of n.inputs) if (i.id.endsWith(naam)) return i.value;
  for (const i of n.inputs) {
    const v = invoer(i, naam);
    if (v !== undefined) return v;
  }
  return undefined;
}

interface Telling {
  zinnen: number;
  bedragen: number;
  vergelijkingen: number;
  inkomen: number;
  andereLezing: number;
}

/** Checks every sentence of one household's explanations, counting what it checked. */
function controleer(h: HuishoudenInvoer, geteld: Telling): void {
  const p = parseHuishouden(h);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  for (const t of berekenHuishouden(normaliseer(p.huishouden)).toeslagen) {
    const bomen = [...t.perioden.map((pr) => pr.uitleg), ...(t.jaarUitleg ? [t.jaarUitleg] : [])];
    for (const boom of bomen) {
      const knopen = alle(boom);
      const getoond = knopen.map((k) => norm(k.display)).join(' | ');
      for (const k of knopen) {
        if (k.kind === 'parameter') continue;
        const zin = norm(k.uitleg);
        geteld.zinnen++;
        if (k.id.endsWith('bedrag_andere_lezing')) {
          // The other reading is shown only where it gives another amount than the one computed.
          geteld.andereLezing++;
          expect(k.value).not.toBe(boom.value);
        }
        for (const b of [...(zin.match(BEDRAG) ?? []), ...(zin.match(PERCENTAGE) ?? [])]) {
          geteld.bedragen++;
          expect(getoond.includes(b), `"${b}" in "${zin}" (${k.id})`).toBe(true);
        }
        for (const m of zin.matchAll(VERGELIJKING)) {
          geteld.vergelijkingen++;
          const [links, niet, rechts] = [centen(m[1]!), m[2] !== undefined, centen(m[3]!)];
          expect(niet ? links <= rechts : links > rechts, `${zin} (${k.id})`).toBe(true);
        }
        const ink = INKOMEN.exec(zin);
        if (ink) {
          const inkomen = invoer(k, 'toetsingsinkomen') as number;
          const grens = ink[2] ? centen(ink[2]) : (invoer(k, 'drempelinkomen') as number);
          if (typeof inkomen !== 'number' || typeof grens !== 'number') continue;
          geteld.inkomen++;
          expect(ink[1] ? inkomen <= grens : inkomen > grens, `${zin} (${k.id})`).toBe(true);
        }
      }
    }
  }
}

describe('sentences tell the truth', () => {
  it('numbers in sentences are values of the explanation, stated comparisons hold', () => {
    const geteld: Telling = { zinnen: 0, bedragen: 0, vergelijkingen: 0, inkomen: 0, andereLezing: 0 };
    fc.assert(
      fc.property(arbitrairHuishouden, (h) => controleer(h, geteld)),
      { numRuns: 150 },
    );
    console.log(
      `sentences checked: ${geteld.zinnen}; amounts and percentages: ${geteld.bedragen}; stated comparisons: ${geteld.vergelijkingen}; income comparisons: ${geteld.inkomen}`,
    );
    expect(geteld.vergelijkingen).toBeGreaterThan(100);
    expect(geteld.inkomen).toBeGreaterThan(100);
  });

  it('kinderopvangtoeslag 2025: the sentences about the reconstructed table and its other reading hold', () => {
    const geteld: Telling = { zinnen: 0, bedragen: 0, vergelijkingen: 0, inkomen: 0, andereLezing: 0 };
    fc.assert(
      fc.property(arbitrairKot2025, (h) => controleer(h, geteld)),
      { numRuns: 150 },
    );
    console.log(
      `KOT 2025 sentences checked: ${geteld.zinnen}; amounts and percentages: ${geteld.bedragen}; other readings of an uncertain table value: ${geteld.andereLezing}`,
    );
    expect(geteld.andereLezing).toBeGreaterThan(10);
  });
});
