/**
 * Golden explanations: the full text of "Waarom dit bedrag?" for every published worked example
 * (scenarios named Z…, HT…, K…, KO…, and the 2025 worked examples KO25-…), one file per toeslag in `<regeling>/tests/uitleg.golden.txt`.
 * The files were reviewed by reading them once; a change to a sentence, a value or a citation shows
 * up as a diff to review again (`npx vitest run -u packages/law/src/uitleg-golden.test.ts` rewrites
 * them after that review).
 */
import { fileURLToPath } from 'node:url';
import type { ExplanationNode } from '@regelmaat/engine';
import { describe, expect, it } from 'vitest';
import { berekenHuishouden } from './bereken';
import { REGELINGEN } from './regelingen';
import { normaliseer } from './situatie/normaliseer';
import { parseHuishouden } from './situatie/parse-huishouden';
import { laadScenarios } from './testing/scenarios';

const GEPUBLICEERD = /^(Z|HT|K|KO|KO25-)\d+:/;

function regels(n: ExplanationNode, diepte: number, uit: string[]): void {
  if (n.kind === 'parameter') {
    uit.push(`${'  '.repeat(diepte)}- ${n.label}: ${n.display} [${n.law.citation}; ${n.bron}]`);
    return;
  }
  uit.push(`${'  '.repeat(diepte)}- ${n.label}: ${n.display} — ${n.uitleg} [${n.law.citation}]`);
  for (const i of n.inputs) regels(i, diepte + 1, uit);
}

describe('golden explanations of the published examples', () => {
  const scenarios = laadScenarios().filter((s) => GEPUBLICEERD.test(s.naam));
  for (const { id: regeling, map } of REGELINGEN) {
    it(regeling, async () => {
      const uit: string[] = [];
      for (const sc of scenarios.filter((s) => regeling in s.verwacht)) {
        const p = parseHuishouden(sc.huishouden);
        if (!p.ok) throw new Error(JSON.stringify(p.problems));
        const t = berekenHuishouden(normaliseer(p.huishouden)).toeslagen.find(
          (x) => x.regeling === regeling,
        )!;
        uit.push(
          `# ${sc.naam}`,
          `# ${sc.bron}`,
          `${t.naam}: jaar € ${t.jaarbedrag / 100}, per maand ${t.maandbedragen.map((c) => c / 100).join(' ')}`,
        );
        if (t.melding) uit.push(`melding: ${t.melding.tekst}`);
        for (const o of t.opmerkingen ?? []) uit.push(`opmerking ${o.code}: ${o.tekst}`);
        for (const pr of t.perioden) {
          uit.push(`periode maand ${pr.vanMaand} t/m ${pr.totEnMetMaand}:`);
          regels(pr.uitleg, 1, uit);
        }
        if (t.jaarUitleg) {
          uit.push('van maanden naar het jaar:');
          regels(t.jaarUitleg, 1, uit);
        }
        uit.push('');
      }
      await expect(uit.join('\n').replace(/\u00a0/g, ' ')).toMatchFileSnapshot(
        fileURLToPath(new URL('tests/uitleg.golden.txt', map)),
      );
    });
  }
});
