import { BatchRekenaar, berekenHuishouden, regelingIndex, type Situatie, wetgeving } from '@regelmaat/law';
import { describe, expect, it } from 'vitest';
import { leesHervorming } from '../hervorming/hervorming';
import { scenariosVan, wetVan } from '../hervorming/toepassen';
import { SituatieLezer } from '../kolommen/lezer';
import { genereerMomentopname } from '../kolommen/uit-populatie';
import { VOORSTEL_NORMHUUR } from './normhuur';
import { metVarianten, VARIANTEN, variantVan } from './variant';

const kop = 'naam: Test\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: 2026\n';
const HT = regelingIndex('huurtoeslag');

describe('variant modules', () => {
  it('refuses an unknown variant in a reform file, naming the known ones', () => {
    expect(() => leesHervorming(`${kop}onderdelen:\n  - naam: X\n    variant: vasthuur\n`, 'x.yaml')).toThrow(
      /x.yaml: onderdelen.0.variant is geen bekende variant \(kies uit normhuur\)/,
    );
    expect(() => leesHervorming(`${kop}onderdelen:\n  - naam: X\n`)).toThrow(
      /heeft wijzigingen, een variant of allebei nodig/,
    );
    expect(() => variantVan('vasthuur')).toThrow(/onbekende variant 'vasthuur'/);
    expect(() => metVarianten(wetgeving(), ['vasthuur'])).toThrow(RangeError);
  });

  it('marks every value of a variant as a proposal with its source', () => {
    for (const v of VARIANTEN.values())
      for (const w of v.waarden) {
        expect(w.voorstel.length).toBeGreaterThan(10);
        expect(w.bron.length).toBeGreaterThan(10);
      }
    expect(VOORSTEL_NORMHUUR.waarde).toBe(52_000);
  });

  it('normhuur: the amount is the law’s amount on a rent of € 520 without service costs, also for a lower rent', () => {
    const p = genereerMomentopname({ jaar: 2026, huishoudens: 3_000, seed: 7 });
    const lezer = new SituatieLezer(p.kolommen, p.kop);
    const h = leesHervorming(`${kop}onderdelen:\n  - naam: Normhuur\n    variant: normhuur\n`);
    const sc = scenariosVan(h);
    expect(sc.stappen[0]!.varianten).toEqual(['normhuur']);
    expect(sc.stappen[0]!.versie).toBe(`${wetgeving().versie}+normhuur`);
    const variant = new BatchRekenaar(wetVan(sc.stappen[0]!));
    const wet = new BatchRekenaar(wetgeving());
    const a = variant.nieuweBedragen();
    const b = wet.nieuweBedragen();
    let lager = 0;
    let hoger = 0;
    let meerGekregen = 0;
    let minderGekregen = 0;
    for (let i = 0; i < p.kop.aantallen.huishouden; i++) {
      const s = lezer.lees(i);
      if (s.huur.length === 0) continue;
      const norm = structuredClone(s) as Situatie;
      for (const r of norm.huur as { kaleHuur: number; servicekosten: number }[]) {
        r.kaleHuur = 52_000;
        r.servicekosten = 0;
      }
      variant.bereken(s, a);
      wet.bereken(norm, b);
      expect(a.toegekend(HT)).toBe(b.toegekend(HT));
      // The other toeslagen are the law's.
      const echt = berekenHuishouden(s, wetgeving());
      expect(a.toegekend(0)).toBe(echt.toeslagen[0]!.jaarbedrag);
      const huur = s.huur[0]!.kaleHuur + s.huur[0]!.servicekosten;
      if (huur < 52_000) lager++;
      else hoger++;
      const nu = echt.toeslagen[HT]!.jaarbedrag;
      if (a.toegekend(HT) > nu) meerGekregen++;
      if (a.toegekend(HT) < nu) minderGekregen++;
    }
    console.log(
      `normhuur: ${lager} huurders met een lagere en ${hoger} met een hogere huur; ${meerGekregen} krijgen meer, ${minderGekregen} minder`,
    );
    expect(lager).toBeGreaterThan(20);
    expect(hoger).toBeGreaterThan(20);
    expect(meerGekregen).toBeGreaterThan(0);
    expect(minderGekregen).toBeGreaterThan(0);
  });
});
