/**
 * The charts' tables equal the result data (issue 18): each chart of a real run is rendered with
 * its table, and every cell's number (`data-waarde`) is held against the result's own figures;
 * the SVG has one bar per number it draws, is an image with a text alternative and carries no
 * inline style. The CSV download holds the same figures.
 */
import { genereerMomentopname, leesHervorming, type Resultaat, simuleer } from '@regelmaat/simulatie';
import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { resultaatAlsCsv } from './export';
import { GrafiekMetTabel } from './Grafiek';
import { grafiekenVan } from './grafieken';

let r: Resultaat;

beforeAll(async () => {
  const populatie = genereerMomentopname({ jaar: 2026, huishoudens: 1_500, seed: 5 });
  const h = leesHervorming(
    'naam: Test\nauteur: Test\ndatum: 2026-12-04\nbeschrijving: test\njaar: 2026\nonderdelen:\n' +
      '  - naam: Premie\n    wijzigingen:\n      - { parameter: zorgtoeslag.standaardpremie, vanaf: 2026-01-01, waarde: 2300, voorstel: hoger }\n' +
      '  - naam: Huur\n    wijzigingen:\n      - { parameter: huurtoeslag.kwaliteitskortingsgrens, vanaf: 2026-01-01, waarde: 400, voorstel: lager }\n',
  );
  r = (await simuleer({ populatie, hervorming: h })).resultaat;
}, 60_000);

/** What the test reads of linkedom's nodes (the project compiles without the DOM's types). */
interface Knoop {
  readonly textContent: string | null;
  querySelector(s: string): Knoop | null;
  querySelectorAll(s: string): ArrayLike<Knoop>;
  getAttribute(naam: string): string | null;
}

function cellen(html: string): { rijen: string[]; waarden: number[][] } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const rijen = Array.from((document as unknown as Knoop).querySelectorAll('tbody tr'));
  return {
    rijen: rijen.map((tr) => tr.querySelector('th')!.textContent!),
    waarden: rijen.map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => Number(td.getAttribute('data-waarde'))),
    ),
  };
}

function balken(svg: string): number {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelectorAll('rect').length;
}

describe('the charts of a result', () => {
  it('each table beside a chart holds the result data, and the chart draws each number once', () => {
    const [deciel, winnaars, waterval, werklast] = grafiekenVan(r);
    let vergeleken = 0;
    const tel = (a: number, b: number) => {
      expect(a).toBeCloseTo(b, 9);
      vergeleken++;
    };

    const d = cellen(renderToStaticMarkup(<GrafiekMetTabel g={deciel!} />));
    expect(d.rijen).toEqual(r.emmers.perDeciel.map((g) => g.groep));
    d.waarden.forEach((w, i) => {
      tel(w[0]!, r.emmers.perDeciel[i]!.gemiddeldeVerandering);
    });
    expect(balken(deciel!.svg)).toBe(10);

    const wl = cellen(renderToStaticMarkup(<GrafiekMetTabel g={winnaars!} />));
    wl.waarden.forEach((w, i) => {
      const g = r.emmers.perDeciel[i]!;
      r.emmers.namen.forEach((e, j) => {
        tel(w[j]!, (100 * g.emmers[e]) / g.huishoudens);
      });
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    });
    // Stacked: one bar per decile and bucket that has households.
    const nietLeeg = r.emmers.perDeciel.reduce(
      (a, g) => a + r.emmers.namen.filter((e) => g.emmers[e] > 0).length,
      0,
    );
    expect(balken(winnaars!.svg)).toBeGreaterThanOrEqual(nietLeeg);
    expect(balken(winnaars!.svg)).toBeLessThanOrEqual(50);

    const wv = cellen(renderToStaticMarkup(<GrafiekMetTabel g={waterval!} />));
    expect(wv.rijen).toEqual(r.waterval.map((w) => w.naam));
    let som = 0;
    wv.waarden.forEach((w, i) => {
      som += r.waterval[i]!.opgehoogdTotaal;
      tel(w[0]!, r.waterval[i]!.opgehoogdTotaal);
      tel(w[1]!, som);
    });
    expect(r.waterval[0]!.totaal).toBeGreaterThan(0);
    expect(balken(waterval!.svg)).toBe(2);

    const wk = cellen(renderToStaticMarkup(<GrafiekMetTabel g={werklast!} />));
    expect(wk.rijen).toEqual(r.werklast.zaken.map((z) => z.titel));
    wk.waarden.forEach((w, i) => {
      tel(w[0]!, r.werklast.zaken[i]!.opgehoogdExtraZaken);
      tel(w[1]!, r.werklast.zaken[i]!.opgehoogdExtraUren);
    });
    expect(balken(werklast!.svg)).toBe(r.werklast.zaken.length);
    console.log(`grafiektabellen: ${vergeleken} getallen gelijk aan het resultaat`);
  });

  it('draws each chart as an image with a text alternative, without inline style', () => {
    for (const g of grafiekenVan(r)) {
      expect(g.svg).toMatch(/^<svg [^>]*role="img"/);
      expect(g.svg).toContain(`aria-label="${g.titel}"`);
      expect(g.svg).not.toContain('<style');
      expect(g.svg).not.toContain('style=');
      expect(g.svg).not.toContain('Warning');
    }
  });

  it('the CSV holds every figure of the result as a row', () => {
    const rijen = parse(resultaatAlsCsv(r), { columns: true }) as {
      tabel: string;
      rij: string;
      kolom: string;
      waarde: string;
    }[];
    const waarde = (tabel: string, rij: string, kolom: string) =>
      Number(rijen.find((x) => x.tabel === tabel && x.rij === rij && x.kolom === kolom)!.waarde);
    const totaal = r.begroting.at(-1)!;
    expect(waarde('begroting', 'totaal', 'verschil')).toBe(totaal.verschil);
    expect(waarde('deciel', '3', 'gelijk')).toBe(r.emmers.perDeciel[2]!.emmers.gelijk);
    expect(waarde('werklast-opgehoogd', 'totaal', 'brieven')).toBe(r.werklast.opgehoogd.brieven);
    expect(waarde('terugvorderingen', 'basis', 'groot')).toBe(r.werklast.terugvorderingen.basis.groot);
    const m = r.marges.regels.find((x) => x.regeling === 'huurtoeslag' && x.grens === 'inkomen')!;
    expect(waarde('marges-opgehoogd', 'huurtoeslag inkomen', 'kruist')).toBe(m.opgehoogd.kruist);
    expect(waarde('marges-opgehoogd', 'huurtoeslag inkomen', 'kruist95Hoog')).toBe(m.interval95.kruist[1]);
    const ht = r.ontvangers.find((o) => o.regeling === 'huurtoeslag')!;
    expect(waarde('ontvangers', 'huurtoeslag', 'gemiddeldNieuwPerMaand')).toBe(ht.gemiddeldNieuwPerMaand);
  });
});
