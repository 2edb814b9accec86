/**
 * A fifth regeling is its folder plus one line: the made-up proeftoeslag (this folder) is added to
 * the list of regelingen of one Wetgeving, and then goes through the batch path and the explained
 * evaluation like the four toeslagen, with its own parameters, steps and sentences.
 */
import { describe, expect, it } from 'vitest';
import { BatchRekenaar, Bedragen, WAARDEN_PER_HUISHOUDEN } from '../../batch';
import { berekenHuishouden } from '../../bereken';
import { REGELINGEN } from '../../regelingen';
import type { HuishoudenInvoer } from '../../situatie/huishouden-schema';
import { normaliseer } from '../../situatie/normaliseer';
import { parseHuishouden } from '../../situatie/parse-huishouden';
import { laadWetgeving, wetgeving, zoekParameter } from '../../wetgeving';
import { ZORGTOESLAG } from '../../zorgtoeslag/zorgtoeslag';
import { PROEFTOESLAG } from './proeftoeslag';

const w = laadWetgeving({}, [...REGELINGEN, PROEFTOESLAG]);

/** A sentence with its no-break spaces (after €) as plain spaces. */
const gewoon = (zin: string | undefined) => zin?.replace(/\u00a0/g, ' ');

function situatie(h: HuishoudenInvoer) {
  const p = parseHuishouden(h);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return normaliseer(p.huishouden);
}

const alleen = situatie({
  berekeningsjaar: 2026,
  aanvrager: { geboortedatum: '1986-04-10', toetsingsinkomen: 35_000 },
});
// A toeslagpartner from July: joint income above the drempel from then on.
const partnerVanJuli = situatie({
  berekeningsjaar: 2026,
  aanvrager: { geboortedatum: '1986-04-10', toetsingsinkomen: 20_000 },
  toeslagpartner: { geboortedatum: '1987-09-01', toetsingsinkomen: 30_000, vanaf: '2026-07-01' },
});
const jong = situatie({
  berekeningsjaar: 2026,
  aanvrager: { geboortedatum: '2009-03-15', toetsingsinkomen: 5_000 },
});

describe('a fifth regeling: the proeftoeslag added to the list', () => {
  it('loads its own parameters beside the others, under its id', () => {
    expect(w.regelingen.map((r) => r.id)).toEqual([...REGELINGEN.map((r) => r.id), 'proeftoeslag']);
    const p = zoekParameter(w, 'proeftoeslag.basisbedrag', '2026-01-01');
    expect(p).toMatchObject({ value: 126_000, source: 'Testgegeven, geen wet' });
    // The parameter version covers its file too.
    expect(w.versie).not.toBe(wetgeving().versie);
  });

  it('goes through the batch path after the four toeslagen, and leaves theirs unchanged', () => {
    const batch = new BatchRekenaar(w);
    expect(batch.waardenPerHuishouden).toBe(WAARDEN_PER_HUISHOUDEN + 13);
    const uit = batch.nieuweBedragen();
    expect(uit.perHuishouden).toBe(WAARDEN_PER_HUISHOUDEN + 13);
    batch.bereken(alleen, uit);
    // € 1.260 − 5% × (€ 35.000 − € 30.000) = € 1.010 a year; € 84 a month (a twelfth, rounded down).
    const r = REGELINGEN.length;
    expect([uit.jaarbedrag(r), ...uit.maandbedragen(r)]).toEqual([101_000, ...new Array(12).fill(8_400)]);

    const vier = new Bedragen();
    new BatchRekenaar().bereken(alleen, vier);
    expect([...uit.waarden.subarray(0, WAARDEN_PER_HUISHOUDEN)]).toEqual([...vier.waarden]);
  });

  it('is explained with its own steps, sentences, articles and parameter sources', () => {
    const t = berekenHuishouden(alleen, w).toeslagen.at(-1)!;
    expect(t).toMatchObject({ regeling: 'proeftoeslag', naam: 'Proeftoeslag', status: 'berekend' });
    expect(t.jaarbedrag).toBe(101_000);
    const [periode] = t.perioden;
    expect(periode).toMatchObject({ vanMaand: 1, totEnMetMaand: 12, recht: true });
    const uitleg = periode!.uitleg;
    expect(uitleg.id).toBe('proeftoeslag.bedrag');
    expect(gewoon(uitleg.uitleg)).toBe('In deze situatie is de proeftoeslag € 1.010,00 per jaar.');
    expect(uitleg.law.citation).toContain('Wet op de proeftoeslag');
    const afbouw = uitleg.inputs.find((n) => n.id === 'proeftoeslag.afbouw')!;
    expect(gewoon(afbouw.uitleg)).toBe(
      'Van de proeftoeslag gaat 5% af van uw inkomen boven € 30.000,00. Dat is € 250,00 per jaar.',
    );
    const basis = uitleg.inputs.find((n) => n.id === 'param:proeftoeslag.basisbedrag')!;
    expect(basis).toMatchObject({
      kind: 'parameter',
      bron: 'Testgegeven, geen wet (geldt vanaf 1 januari 2026)',
    });
  });

  it('gives the same amounts on the batch path as explained, also when the household changes mid-year', () => {
    const batch = new BatchRekenaar(w);
    const uit = batch.nieuweBedragen();
    for (const s of [alleen, partnerVanJuli, jong]) {
      batch.bereken(s, uit);
      berekenHuishouden(s, w).toeslagen.forEach((t, r) => {
        expect(uit.jaarbedrag(r)).toBe(t.jaarbedrag);
        expect([...uit.maandbedragen(r)]).toEqual([...t.maandbedragen]);
      });
    }
    const t = berekenHuishouden(partnerVanJuli, w).toeslagen.at(-1)!;
    // January–June € 1.260 a year (income below the drempel); from July € 1.260 − 5% × € 20.000 = € 260.
    expect(t.perioden.map((p) => [p.vanMaand, p.totEnMetMaand])).toEqual([
      [1, 6],
      [7, 12],
    ]);
    expect(t.maandbedragen).toEqual([...new Array(6).fill(10_500), ...new Array(6).fill(2_100)]);
    expect(t.jaarbedrag).toBe(76_000);
  });

  it('names its own unmet condition', () => {
    const t = berekenHuishouden(jong, w).toeslagen.at(-1)!;
    expect(t.jaarbedrag).toBe(0);
    expect(t.perioden[0]!.nietVoldaan).toEqual([
      {
        id: 'proeftoeslag.voorwaarde_leeftijd',
        label: '18 jaar of ouder',
        uitleg: 'U bent jonger dan 18 jaar. Dan krijgt u geen proeftoeslag.',
      },
    ]);
  });

  it('is not part of the published law: the standard Wetgeving has no proeftoeslag', () => {
    expect(berekenHuishouden(alleen).toeslagen.map((t) => t.regeling)).toEqual(REGELINGEN.map((r) => r.id));
    expect(() => PROEFTOESLAG.parameters(wetgeving(), '2026-01-01')).toThrow(
      'the parameters of regeling proeftoeslag were not loaded',
    );
  });

  it('refuses a regeling whose id is taken or not an id', () => {
    expect(() => laadWetgeving({}, [...REGELINGEN, ZORGTOESLAG])).toThrow('"zorgtoeslag" is not a new id');
    expect(() => laadWetgeving({}, [{ ...PROEFTOESLAG, id: 'versie' }])).toThrow('"versie"');
    expect(() => laadWetgeving({}, [{ ...PROEFTOESLAG, id: 'Proef-toeslag' }])).toThrow('"Proef-toeslag"');
  });
});
