/**
 * @module
 * The result of `regelmaat simuleer` as text: budgets per toeslag scaled to all households, the
 * recipients who gain, lose, start or stop, the five buckets per income decile and household
 * type, the waterfall of the parts, and the workload. Amounts in Dutch notation.
 */
import { formatNumber } from '@regelmaat/kernel';
import type { Emmer, Resultaat } from '@regelmaat/simulatie';

const EMMER_KOP: Record<Emmer, string> = {
  'winst-groot': 'winst >5%',
  'winst-klein': 'winst 0,1-5%',
  gelijk: 'gelijk',
  'verlies-klein': 'verlies 0,1-5%',
  'verlies-groot': 'verlies >5%',
};

/** Whole euros as `€ 1,23 mld` / `€ 456 mln` / `€ 12.345`. */
export function euroGroot(euro: number): string {
  const a = Math.abs(euro);
  const teken = euro < 0 ? '−' : euro > 0 ? '+' : '';
  if (a >= 1e9) return `${teken}€ ${formatNumber(Math.round(a / 1e7) / 100)} mld`;
  if (a >= 1e6) return `${teken}€ ${formatNumber(Math.round(a / 1e5) / 10)} mln`;
  return `${teken}€ ${formatNumber(Math.round(a))}`;
}

const rechts = (s: string, n: number) => s.padStart(n);

export function resultaatAlsTekst(r: Resultaat): string {
  const f = r.ophoogfactor;
  const regels: string[] = [];
  regels.push(`Hervorming: ${r.hervorming.naam} (${r.hervorming.jaar})`);
  regels.push(
    `${formatNumber(r.huishoudens)} gesimuleerde huishoudens, opgehoogd met ${formatNumber(Math.round(f * 100) / 100)} naar alle huishoudens.`,
  );
  regels.push('');
  regels.push(
    'Begroting per jaar (opgehoogd)      basis         hervorming    verschil      ontvangers basis → hervorming',
  );
  for (const b of r.begroting) {
    regels.push(
      `  ${b.naam.padEnd(32)} ${rechts(euroGroot((b.basis * f) / 100).replace('+', ''), 13)} ${rechts(euroGroot((b.hervorming * f) / 100).replace('+', ''), 13)} ${rechts(euroGroot(b.opgehoogdVerschil), 13)}   ${b.regeling === 'totaal' ? '' : `${formatNumber(Math.round(b.ontvangersBasis * f))} → ${formatNumber(Math.round(b.ontvangersHervorming * f))}`}`,
    );
  }
  regels.push('');
  regels.push('Ontvangers (opgehoogd)             meer          minder        nieuw         stoppen');
  for (const o of r.ontvangers)
    regels.push(
      `  ${o.naam.padEnd(32)} ${[o.wint, o.verliest, o.start, o.stopt].map((x) => rechts(formatNumber(Math.round(x * f)), 13)).join(' ')}`,
    );
  const tabel = (titel: string, groepen: Resultaat['emmers']['perDeciel']) => {
    regels.push('');
    regels.push(
      `${titel.padEnd(20)} ${r.emmers.namen.map((e) => rechts(EMMER_KOP[e], 15)).join('')}   gem. verandering/jaar`,
    );
    for (const g of groepen)
      regels.push(
        `  ${g.groep.padEnd(18)} ${r.emmers.namen
          .map((e) =>
            rechts(
              g.huishoudens > 0
                ? `${formatNumber(Math.round((1000 * g.emmers[e]) / g.huishoudens) / 10)}%`
                : '-',
              15,
            ),
          )
          .join('')}   ${euroGroot(g.gemiddeldeVerandering / 100)}`,
      );
  };
  tabel('Inkomensdeciel', r.emmers.perDeciel);
  tabel('Huishoudtype', r.emmers.perType);
  regels.push('');
  regels.push('Waterval (opgehoogd, per onderdeel tegenover het vorige)');
  for (const w of r.waterval)
    regels.push(`  ${w.naam.padEnd(40)} ${rechts(euroGroot(w.opgehoogdTotaal), 14)}`);
  const w = r.werklast;
  const o = w.opgehoogd;
  const getal = (n: number) => formatNumber(Math.round(n));
  const verschil = (n: number) => (n > 0 ? `+${getal(n)}` : getal(n));
  regels.push('');
  regels.push(
    `Werklast (uitvalregels op beide kanten; geteld op ${formatNumber(w.steekproef)} huishoudens, opgehoogd)`,
  );
  regels.push(
    '  Reden                                         zaken basis   hervorming    extra zaken   extra uren',
  );
  for (const z of w.zaken) {
    const b = z.basis.voorschot + z.basis.definitief;
    const h = z.hervorming.voorschot + z.hervorming.definitief;
    regels.push(
      `  ${z.code.padEnd(44)} ${rechts(getal(b * w.factor), 13)} ${rechts(getal(h * w.factor), 12)} ${rechts(verschil(z.opgehoogdExtraZaken), 14)} ${rechts(verschil(z.opgehoogdExtraUren), 12)}`,
    );
  }
  const tb = w.terugvorderingen;
  for (const [naam, n] of [
    ['huishoudens met een ander voorschot', o.voorschotWijzigt],
    ['gewijzigde voorschotbeschikkingen', o.beschikkingenGewijzigd],
    ['  waarvan lager', o.beschikkingenLager],
    ['brieven', o.brieven],
    ['verwachte bezwaren (aanname)', o.bezwaren],
    ['verwachte telefoongesprekken (aanname)', o.gesprekken],
    ['uren werk in totaal (normen zijn aannames)', o.uren.totaal],
  ] as const)
    regels.push(`  ${naam.padEnd(44)} ${rechts(verschil(n), 13)}`);
  regels.push(
    `  terugvorderingen ≥ € 1.000 bij de definitieve berekening: ${getal(tb.basis.groot)} → ${getal(tb.hervorming.groot)} (${euroGroot(tb.basis.bedrag).replace('+', '')} → ${euroGroot(tb.hervorming.bedrag).replace('+', '')} aan terugvorderingen)`,
  );
  if (r.hervorming.beperkingen.length > 0) {
    regels.push('');
    regels.push('Wat deze berekening niet meeneemt:');
    for (const b of r.hervorming.beperkingen) regels.push(`  - ${b.replace(/\s+/g, ' ')}`);
  }
  regels.push('');
  regels.push(
    'Statisch: zelfde huishoudens en inkomens onder beide regels, geen gedragseffecten; alleen de aanvraag van het huishouden zelf (geen eigen zorgtoeslag van volwassen kinderen of medebewoners).',
  );
  return `${regels.join('\n')}\n`;
}
