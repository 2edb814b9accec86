/**
 * @module
 * A fairness report as CSV (RFC 4180: comma-separated, CRLF, a field with a comma, quote or line
 * break quoted): one line per rule, dimension and group, rates as decimal fractions with a point.
 */
import type { Eerlijkheidsrapport, Vlag } from './rapport';

const KOPPEN = [
  'run',
  'regel',
  'dimensie',
  'groep',
  'huishoudens',
  'geselecteerd',
  'aandeel',
  'verhouding',
  'beoordeelbaar',
  'beoordeeld',
  'bedrag_gewijzigd',
  'vlag',
];

function veld(v: string | number | boolean | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function fractie(ppm: number | null): string {
  return ppm === null ? '' : (ppm / 1_000_000).toFixed(6);
}

function vlagVan(vlaggen: readonly Vlag[], dimensie: string, groep: string): string {
  const v = vlaggen.find(
    (x) => x.soort === 'afwijkend-aandeel' && x.dimensie === dimensie && x.groep === groep,
  );
  return v?.soort === 'afwijkend-aandeel' ? `afwijkend-aandeel-${v.richting}` : '';
}

/** The report as CSV text, lines per rule in the report's order; the rule's own line first. */
export function eerlijkheidCsv(runId: number, rapport: Eerlijkheidsrapport): string {
  const regels = [KOPPEN.join(',')];
  for (const r of rapport.regels) {
    const zonderDoel = r.vlaggen.some((v) => v.soort === 'selectie-zonder-doel');
    regels.push(
      [
        runId,
        r.code,
        'totaal',
        'alle',
        rapport.huishoudens,
        r.geselecteerd,
        fractie(r.aandeel),
        fractie(r.geselecteerd ? 1_000_000 : null),
        true,
        r.beoordeeld,
        r.gewijzigd,
        zonderDoel ? 'selectie-zonder-doel' : '',
      ]
        .map(veld)
        .join(','),
    );
    for (const g of r.groepen)
      regels.push(
        [
          runId,
          r.code,
          g.dimensie,
          g.groep,
          g.huishoudens,
          g.geselecteerd,
          fractie(g.aandeel),
          fractie(g.verhouding),
          g.beoordeelbaar,
          g.beoordeeld,
          g.gewijzigd,
          vlagVan(r.vlaggen, g.dimensie, g.groep),
        ]
          .map(veld)
          .join(','),
      );
  }
  return `${regels.join('\r\n')}\r\n`;
}
