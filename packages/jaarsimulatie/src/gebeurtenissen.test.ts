import { describe, expect, it } from 'vitest';
import { AANNAMES } from './aannames';
import { populatie } from './simuleer';

/**
 * How many events of each kind a population reaches, and the day-care figures behind the
 * "does not simulate yet" section of docs/jaarsimulatie.md (seed 1, 500 households).
 */
describe('the events of the simulated year', () => {
  const huishoudens = populatie({ huishoudens: 500, seed: 1, aannames: AANNAMES });
  const perSoort = new Map<string, { aantal: number; gemeld: number }>();
  for (const h of huishoudens)
    for (const g of h.gebeurtenissen) {
      const t = perSoort.get(g.soort) ?? { aantal: 0, gemeld: 0 };
      t.aantal++;
      if (g.meldmaand !== undefined) t.gemeld++;
      perSoort.set(g.soort, t);
    }
  const dagopvang = huishoudens.flatMap((h) =>
    (h.sh.schatting.kinderopvang ?? [])
      .filter((o) => o.soort === 'dagopvang')
      .map((o) => ({ o, alle: h.sh.schatting.kinderopvang!.filter((x) => x.kind === o.kind) })),
  );

  it('prints how many events of each kind 500 households reach', () => {
    console.log(
      `seed 1, 500 huishoudens: ${[...perSoort].map(([s, t]) => `${s} ${t.aantal} (${t.gemeld} gemeld in het jaar)`).join(', ') || 'geen gebeurtenissen'}; dagopvang ${dagopvang.length}, waarvan eindigt in 2026 ${dagopvang.filter((d) => d.o.tot).length}`,
    );
    expect(perSoort.get('inkomen')?.aantal).toBe(198);
    expect(perSoort.get('inkomen')?.gemeld).toBe(103);
  });

  it('day care ending at 4 without care after it does not occur in 500 households of seed 1', () => {
    // The generator's day care that ends in the year is followed by BSO for the same child: the
    // event "the end left out of the application" (a child without care after 4) never occurs.
    const eindigt = dagopvang.filter((d) => d.o.tot);
    expect(eindigt.length).toBe(3);
    expect(eindigt.every((d) => d.alle.length > 1)).toBe(true);
    expect(perSoort.get('opvang-einde')).toBeUndefined();
  });
});
