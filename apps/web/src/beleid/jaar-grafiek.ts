/**
 * @module
 * The chart of a year simulation (issue 20): recoveries of € 1,000 or more and of € 1,500 or more
 * per variant side by side, drawn on the server by Observable Plot as static SVG, with the same
 * numbers as the table beside it.
 */
import * as Plot from '@observablehq/plot';
import type { JaarResultaat } from '@regelmaat/jaarsimulatie';
import { t } from '../teksten';
import { alsSvg, type Grafiek } from './grafieken';

const KLEUREN = ['#01689b', '#e17000'];

export function terugvorderingGrafiek(r: JaarResultaat): Grafiek {
  const drempels = [t('beleid.jaar.vanaf1000'), t('beleid.jaar.vanaf1500')];
  const rijen = r.varianten.map((v) => ({
    kop: t(`beleid.jaar.kort.${v.variant}` as Parameters<typeof t>[0]),
    waarden: [v.terugvorderingen.vanaf1000.aantal, v.terugvorderingen.vanaf1500.aantal],
  }));
  const data = rijen.flatMap((x) =>
    drempels.map((d, i) => ({ variant: x.kop, drempel: d, aantal: x.waarden[i]! })),
  );
  const titel = t('beleid.jaar.grafiek.terug');
  return {
    id: 'jaar-terugvorderingen',
    titel,
    beschrijving: t('beleid.jaar.grafiek.terug.alt'),
    kolommen: [t('beleid.jaar.kol.variant'), ...drempels],
    opmaak: ['getal', 'getal'],
    rijen,
    svg: alsSvg(
      {
        width: 640,
        height: 320,
        marginLeft: 50,
        fx: { label: null, domain: rijen.map((x) => x.kop) },
        x: { axis: null, domain: drempels },
        y: { label: t('beleid.jaar.grafiek.aantal'), grid: true },
        color: { domain: drempels, range: KLEUREN },
        marks: [
          Plot.barY(data, { fx: 'variant', x: 'drempel', y: 'aantal', fill: 'drempel' }),
          Plot.ruleY([0]),
        ],
      },
      titel,
    ),
  };
}

/** The colours of the chart's two bars, for the legend beside it. */
export const JAAR_LEGENDA_KLASSEN = ['rm-staal-vanaf1000', 'rm-staal-vanaf1500'] as const;
