import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  momentopname,
  type Resultaat,
  SimulatieWerkers,
  simuleer as simuleerHervorming,
  voorbeeldHervormingen,
} from '@regelmaat/simulatie';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import { WERKER } from './simuleer';

const map = mkdtempSync(join(tmpdir(), 'regelmaat-simuleer-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    stdin: Readable.from([]),
  });
  return { code, out, err };
}

describe('regelmaat simuleer', () => {
  const pad = join(map, 'p.kolommen');

  it('runs a shipped reform on two worker threads; JSON with the budget per toeslag, winners/losers and the buckets', async () => {
    const r = await run([
      'simuleer',
      '--hervorming',
      'kinderopvangtoeslag-96-procent',
      '--huishoudens',
      '3000',
      '--threads',
      '2',
      '--momentopname',
      pad,
      '--json',
    ]);
    expect(r.err).toContain('momentopname geschreven naar');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out) as Resultaat;
    const kot = res.begroting.find((b) => b.regeling === 'kinderopvangtoeslag')!;
    expect(kot.verschil).toBeGreaterThan(0);
    expect(res.ontvangers.find((o) => o.regeling === 'kinderopvangtoeslag')!.verliest).toBe(0);
    expect(res.emmers.perDeciel).toHaveLength(10);
    // The workload: every reason code, on both sides; 96 % for every income leaves no income-driven
    // recovery of kinderopvangtoeslag, so the recoveries cannot grow.
    expect(res.werklast.steekproef).toBe(res.huishoudens);
    expect(res.werklast.zaken.map((z) => z.code)).toContain('HOGE_TERUGVORDERING');
    const tb = res.werklast.terugvorderingen;
    expect(tb.basis.bedrag).toBeGreaterThan(0);
    expect(tb.hervorming.bedrag).toBeLessThan(tb.basis.bedrag);
    expect(res.werklast.opgehoogd.voorschotWijzigt).toBeGreaterThan(0);
    // The second run reads the snapshot written by the first.
    const tweede = await run([
      'simuleer',
      '--hervorming',
      'normhuur-variant',
      '--huishoudens',
      '3000',
      '--momentopname',
      pad,
    ]);
    expect(tweede.code).toBe(0);
    expect(tweede.err).toContain('momentopname gelezen uit');
    expect(tweede.out).toContain('Begroting per jaar');
    expect(tweede.out).toContain('Werklast (uitvalregels op beide kanten');
    expect(tweede.out).toContain('Grensgevallen (alle 3000 huishoudens');
    expect(tweede.out).toContain('Variant normhuur: Huurtoeslag op een normhuur');
    expect(tweede.out).toContain('De normhuur van € 520 per maand is een voorstel');
  });

  it('two worker threads count exactly what one thread counts', async () => {
    const { populatie } = momentopname({ jaar: 2026, huishoudens: 3000, seed: 1 }, pad);
    const h = voorbeeldHervormingen().get('huurtoeslag-2026-pakket')!;
    const een = await simuleerHervorming({ populatie, hervorming: h });
    const twee = await simuleerHervorming({ populatie, hervorming: h, threads: 2, werker: WERKER });
    expect(twee.threads).toBe(2);
    expect([...twee.telling.waarden]).toEqual([...een.telling.waarden]);
  });

  it('a kept pool takes the baseline from memory from the second run on, with the same counts', async () => {
    const { populatie } = momentopname({ jaar: 2026, huishoudens: 3000, seed: 1 }, pad);
    const v = voorbeeldHervormingen();
    const kot = v.get('kinderopvangtoeslag-96-procent')!;
    const kgb = v.get('indexatie-kindgebonden-budget')!;
    const ht = v.get('huurtoeslag-2026-pakket')!;
    const werkers = new SimulatieWerkers(WERKER, 2);
    try {
      const een = await simuleerHervorming({ populatie, hervorming: kot, werklastStap: 0 });
      const eerste = await simuleerHervorming({ populatie, hervorming: kot, werkers, werklastStap: 0 });
      expect(eerste.basisUitGeheugen).toBe(false);
      const tweede = await simuleerHervorming({ populatie, hervorming: kot, werkers, werklastStap: 0 });
      expect(tweede.basisUitGeheugen).toBe(true);
      expect(tweede.gelezen).toBeLessThan(eerste.gelezen);
      expect([...tweede.telling.waarden]).toEqual([...een.telling.waarden]);
      // The budget path only (werklastStap 0): sampled households are computed in full.
      // Another reform on the same baseline law uses it too.
      const anders = await simuleerHervorming({ populatie, hervorming: kgb, werkers, werklastStap: 0 });
      expect(anders.basisUitGeheugen).toBe(true);
      expect([...anders.telling.waarden]).toEqual([
        ...(await simuleerHervorming({ populatie, hervorming: kgb, werklastStap: 0 })).telling.waarden,
      ]);
      // Another baseline law (the 2025 huurtoeslag rules) or another snapshot object: computed again.
      expect(
        (await simuleerHervorming({ populatie, hervorming: ht, werkers, werklastStap: 0 })).basisUitGeheugen,
      ).toBe(false);
      await simuleerHervorming({ populatie, hervorming: kot, werkers, werklastStap: 0 });
      const kopie = momentopname({ jaar: 2026, huishoudens: 3000, seed: 1 }, pad).populatie;
      expect(
        (await simuleerHervorming({ populatie: kopie, hervorming: kot, werkers, werklastStap: 0 }))
          .basisUitGeheugen,
      ).toBe(false);
      // Turned off: every household read.
      const uit = await simuleerHervorming({
        populatie: kopie,
        hervorming: kot,
        werkers,
        basisBewaren: false,
      });
      expect(uit.basisUitGeheugen).toBe(false);
      expect(uit.gelezen).toBe(een.telling.huishoudens);
    } finally {
      await werkers.sluit();
    }
  });

  it('refuses a reform that does not fit the law, naming the part (exit 2)', async () => {
    const bestand = join(map, 'fout.yaml');
    writeFileSync(
      bestand,
      'naam: Fout\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: 2026\nonderdelen:\n  - naam: Te hoog\n    wijzigingen:\n      - { parameter: zorgtoeslag.afbouwpercentage, vanaf: 2026-01-01, waarde: 140, voorstel: te hoog percentage }\n',
    );
    const r = await run([
      'simuleer',
      '--hervorming',
      bestand,
      '--huishoudens',
      '10',
      '--momentopname',
      join(map, 'q'),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Fout: Te hoog: .*afbouwpercentage/);
    const geen = await run(['simuleer', '--hervorming', 'bestaat-niet']);
    expect(geen.code).toBe(2);
    expect(geen.err).toContain('geen meegeleverde hervorming met die naam');
  });
});
