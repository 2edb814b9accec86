/**
 * @module
 * The charts of a simulation's result, drawn on the server with Observable Plot (on a linkedom
 * document) as static SVG: no JavaScript in the browser. Each chart comes with the rows of the
 * table shown beside it, made from the same numbers, so what the chart shows is what the table
 * says. The SVG is an image with one text alternative (`role="img"`, `aria-label`); Plot's inline
 * `<style>` is taken out (the Content-Security-Policy allows no inline styles; app.css has the
 * same rules).
 */
import * as Plot from '@observablehq/plot';
import type { Emmer, Resultaat } from '@regelmaat/simulatie';
import { parseHTML } from 'linkedom';
import { t } from '../teksten';

/** How a column's numbers are shown: eurocents, whole euros, a count, a percentage. */
export type Opmaak = 'centen' | 'euro' | 'getal' | 'procent' | 'uren';

export interface GrafiekRij {
  readonly kop: string;
  readonly waarden: readonly number[];
}

export interface Grafiek {
  readonly id: string;
  readonly titel: string;
  /** The chart in one sentence, for people who cannot see it (the table has the numbers). */
  readonly beschrijving: string;
  /** The first column's header, then one per value. */
  readonly kolommen: readonly string[];
  readonly opmaak: readonly Opmaak[];
  readonly rijen: readonly GrafiekRij[];
  readonly svg: string;
}

/** The colours of the five buckets, from a large gain to a large loss (legend in the page). */
export const EMMER_KLEUREN: Readonly<Record<Emmer, string>> = {
  'winst-groot': '#1a7f37',
  'winst-klein': '#8fd19e',
  gelijk: '#b0b0b0',
  'verlies-klein': '#f4a582',
  'verlies-groot': '#b2182b',
};

function emmerNaam(e: Emmer): string {
  return t(`beleid.emmer.${e}`);
}

/** What this module uses of the SVG element Plot makes (the project compiles without the DOM's types). */
interface SvgKnoop {
  querySelectorAll(selector: string): ArrayLike<{ remove(): void; removeAttribute(naam: string): void }>;
  setAttribute(naam: string, waarde: string): void;
  readonly outerHTML: string;
}

/** Plot's figure as SVG text without its inline style, as an image with a text alternative. */
export function alsSvg(opties: Plot.PlotOptions, label: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...opties, document, ariaLabel: label }) as unknown as SvgKnoop;
  for (const s of Array.from(svg.querySelectorAll('style'))) s.remove();
  // The image is one whole with one text alternative: Plot's labels of its parts ("bar", "y-axis
  // tick") are left out (ARIA allows no label on a group without a role).
  for (const g of Array.from(svg.querySelectorAll('[aria-label]'))) g.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'rm-grafiek-svg');
  svg.setAttribute('focusable', 'false');
  return svg.outerHTML;
}

const BREED = 640;
const HOOG = 320;

/** The average change of the toeslagen per income decile (euros a year). */
export function decielGrafiek(r: Resultaat): Grafiek {
  const rijen = r.emmers.perDeciel.map((g) => ({ kop: g.groep, waarden: [g.gemiddeldeVerandering] }));
  const data = rijen.map((x) => ({ deciel: x.kop, euro: x.waarden[0]! / 100 }));
  const titel = t('beleid.grafiek.decielen');
  return {
    id: 'decielen',
    titel,
    beschrijving: t('beleid.grafiek.decielen.alt'),
    kolommen: t('beleid.grafiek.decielen.kolommen').split('|'),
    opmaak: ['centen'],
    rijen,
    svg: alsSvg(
      {
        width: BREED,
        height: HOOG,
        marginLeft: 60,
        x: { type: 'band', label: t('beleid.grafiek.deciel'), domain: rijen.map((x) => x.kop) },
        y: { label: t('beleid.grafiek.europerjaar'), grid: true },
        marks: [Plot.barY(data, { x: 'deciel', y: 'euro', fill: '#01689b' }), Plot.ruleY([0])],
      },
      titel,
    ),
  };
}

/** The five buckets per income decile, as a share of the decile's households (%). */
export function winnaarsGrafiek(r: Resultaat): Grafiek {
  const namen = r.emmers.namen;
  const rijen = r.emmers.perDeciel.map((g) => ({
    kop: g.groep,
    waarden: namen.map((e) => (g.huishoudens > 0 ? (100 * g.emmers[e]) / g.huishoudens : 0)),
  }));
  const data = rijen.flatMap((x) =>
    namen.map((e, i) => ({ deciel: x.kop, emmer: emmerNaam(e), procent: x.waarden[i]! })),
  );
  const titel = t('beleid.grafiek.winnaars');
  return {
    id: 'winnaars',
    titel,
    beschrijving: t('beleid.grafiek.winnaars.alt'),
    kolommen: [t('beleid.grafiek.deciel'), ...namen.map(emmerNaam)],
    opmaak: namen.map(() => 'procent' as const),
    rijen,
    svg: alsSvg(
      {
        width: BREED,
        height: HOOG,
        marginLeft: 50,
        x: { type: 'band', label: t('beleid.grafiek.deciel'), domain: rijen.map((x) => x.kop) },
        y: { label: t('beleid.grafiek.procent'), domain: [0, 100] },
        color: { domain: namen.map(emmerNaam), range: namen.map((e) => EMMER_KLEUREN[e]) },
        marks: [
          Plot.barY(data, { x: 'deciel', y: 'procent', fill: 'emmer', order: namen.map(emmerNaam) }),
          Plot.ruleY([0]),
        ],
      },
      titel,
    ),
  };
}

/** The waterfall: each part's change against the law before it (euros a year, scaled), and the sum so far. */
export function watervalGrafiek(r: Resultaat): Grafiek {
  let tot = 0;
  const rijen = r.waterval.map((w) => {
    tot += w.opgehoogdTotaal;
    return { kop: w.naam, waarden: [w.opgehoogdTotaal, tot] };
  });
  const data = rijen.map((x, i) => ({
    onderdeel: `${i + 1}. ${x.kop}`,
    van: (x.waarden[1]! - x.waarden[0]!) / 1e6,
    tot: x.waarden[1]! / 1e6,
    stijgt: x.waarden[0]! >= 0,
  }));
  const titel = t('beleid.grafiek.waterval');
  return {
    id: 'waterval',
    titel,
    beschrijving: t('beleid.grafiek.waterval.alt'),
    kolommen: t('beleid.grafiek.waterval.kolommen').split('|'),
    opmaak: ['euro', 'euro'],
    rijen,
    svg: alsSvg(
      {
        width: BREED,
        height: HOOG,
        marginLeft: 60,
        x: { type: 'band', label: t('beleid.grafiek.onderdeel'), domain: data.map((d) => d.onderdeel) },
        y: { label: t('beleid.grafiek.miljoen'), grid: true },
        marks: [
          Plot.barY(data, {
            x: 'onderdeel',
            y1: 'van',
            y2: 'tot',
            fill: (d: { stijgt: boolean }) => (d.stijgt ? '#1a7f37' : '#b2182b'),
          }),
          Plot.ruleY([0]),
        ],
      },
      titel,
    ),
  };
}

/** Extra cases per reason code (reform − baseline, scaled) and the staff hours they take. */
export function werklastGrafiek(r: Resultaat): Grafiek {
  const rijen = r.werklast.zaken.map((z) => ({
    kop: z.titel,
    waarden: [z.opgehoogdExtraZaken, z.opgehoogdExtraUren],
  }));
  const data = rijen.map((x) => ({ reden: x.kop, zaken: x.waarden[0]! }));
  const titel = t('beleid.grafiek.werklast');
  return {
    id: 'werklast',
    titel,
    beschrijving: t('beleid.grafiek.werklast.alt'),
    kolommen: t('beleid.grafiek.werklast.kolommen').split('|'),
    opmaak: ['getal', 'uren'],
    rijen,
    svg: alsSvg(
      {
        width: BREED,
        height: 40 + 28 * rijen.length,
        marginLeft: 330,
        y: { type: 'band', label: null, domain: data.map((d) => d.reden) },
        x: { label: t('beleid.grafiek.extrazaken'), grid: true },
        marks: [
          Plot.barX(data, {
            y: 'reden',
            x: 'zaken',
            fill: (d: { zaken: number }) => (d.zaken >= 0 ? '#b2182b' : '#1a7f37'),
          }),
          Plot.ruleX([0]),
        ],
      },
      titel,
    ),
  };
}

/** Every chart of a result, in the order of the page. */
export function grafiekenVan(r: Resultaat): Grafiek[] {
  return [decielGrafiek(r), winnaarsGrafiek(r), watervalGrafiek(r), werklastGrafiek(r)];
}
