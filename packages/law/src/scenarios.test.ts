import { describe, expect, it } from 'vitest';
import { BatchRekenaar, Bedragen } from './batch';
import { berekenHuishouden } from './bereken';
import { KotTabelOnzekerheidRekenaar } from './kinderopvangtoeslag/tabel-onzeker';
import { normaliseer } from './situatie/normaliseer';
import { parseHuishouden } from './situatie/parse-huishouden';
import { laadScenarios } from './testing/scenarios';
import { wetgeving } from './wetgeving';

const scenarios = laadScenarios();
const batch = new BatchRekenaar();
const onzekerheid = new KotTabelOnzekerheidRekenaar(wetgeving());

describe('scenario files: published examples and boundaries', () => {
  it('has scenarios for every regeling', () => {
    const regelingen = new Set(scenarios.flatMap((s) => Object.keys(s.verwacht)));
    expect([...regelingen].sort()).toEqual([
      'huurtoeslag',
      'kinderopvangtoeslag',
      'kindgebonden_budget',
      'zorgtoeslag',
    ]);
  });

  for (const sc of scenarios) {
    it(`${sc.naam} (${sc.bestand})`, () => {
      const parsed = parseHuishouden(sc.huishouden);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const situatie = normaliseer(parsed.huishouden);
      const result = berekenHuishouden(situatie);
      const out = new Bedragen();
      batch.bereken(situatie, out);
      for (const [id, v] of Object.entries(sc.verwacht)) {
        const index = result.toeslagen.findIndex((t) => t.regeling === id);
        const t = result.toeslagen[index]!;
        if (v.status) expect(t.status).toBe(v.status);
        if (v.melding) expect(t.melding?.code).toBe(v.melding);
        if (v.uitkomst !== undefined) {
          expect(t.perioden).toHaveLength(1);
          expect(Math.round(t.perioden[0]!.uitkomst / 1_000_000) / 100).toBe(v.uitkomst);
        }
        if (v.jaar !== undefined) expect(t.jaarbedrag).toBe(v.jaar * 100);
        if (v.maand !== undefined) expect(t.maandbedragen).toEqual(new Array(12).fill(v.maand * 100));
        if (v.maanden !== undefined) expect(t.maandbedragen).toEqual(v.maanden.map((e) => e * 100));
        if (v.nietVoldaan)
          expect(t.perioden.flatMap((p) => p.nietVoldaan.map((n) => n.id))).toEqual(
            expect.arrayContaining(v.nietVoldaan),
          );
        if (v.andereLezing !== undefined) {
          const o = onzekerheid.bereken(situatie);
          expect(o).toEqual(
            v.andereLezing === null ? null : { jaarbedrag: t.jaarbedrag, andereLezing: v.andereLezing * 100 },
          );
          // The explanation shows the other reading exactly when the outcome depends on it.
          const andere = t.perioden.some((p) => JSON.stringify(p.uitleg).includes('bedrag_andere_lezing'));
          expect(andere).toBe(v.andereLezing !== null);
        }
        // The batch path gives the same amounts as the traced path.
        expect(out.jaarbedrag(index)).toBe(t.status === 'niet-berekenbaar' ? -1 : t.jaarbedrag);
        expect([...out.maandbedragen(index)]).toEqual([...t.maandbedragen]);
      }
    });
  }
});
