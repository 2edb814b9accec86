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
  regels.push(
    'Ontvangers (opgehoogd)             meer          minder        nieuw         stoppen       nieuw: gem./maand  gestopt: had gem./maand',
  );
  for (const o of r.ontvangers)
    regels.push(
      `  ${o.naam.padEnd(32)} ${[o.wint, o.verliest, o.start, o.stopt].map((x) => rechts(formatNumber(Math.round(x * f)), 13)).join(' ')} ${rechts(o.start > 0 ? euroGroot(o.gemiddeldNieuwPerMaand / 100).replace('+', '') : '-', 18)} ${rechts(o.stopt > 0 ? euroGroot(o.gemiddeldGestoptPerMaand / 100).replace('+', '') : '-', 24)}`,
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
  const iv = ([laag, hoog]: [number, number]) =>
    Number.isNaN(laag) ? '' : `(95%: ${verschil(laag)} tot ${verschil(hoog)})`;
  regels.push(
    w.alleHuishoudens
      ? `Werklast (uitvalregels op beide kanten; geteld op alle ${formatNumber(w.steekproef)} huishoudens, opgehoogd)`
      : `Werklast (uitvalregels op beide kanten; steekproef van ${formatNumber(w.steekproef)} van de ${formatNumber(r.huishoudens)} huishoudens, opgehoogd met ${formatNumber(Math.round(w.factor * 100) / 100)})`,
  );
  regels.push(
    '  Reden                                         zaken basis   hervorming    extra zaken   extra uren   95%-interval extra zaken',
  );
  for (const z of w.zaken) {
    const b = z.basis.voorschot + z.basis.definitief;
    const h = z.hervorming.voorschot + z.hervorming.definitief;
    regels.push(
      `  ${z.code.padEnd(44)} ${rechts(getal(b * w.factor), 13)} ${rechts(getal(h * w.factor), 12)} ${rechts(verschil(z.opgehoogdExtraZaken), 14)} ${rechts(verschil(z.opgehoogdExtraUren), 12)}   ${iv(z.extraZakenInterval95)}`,
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
    `  extra zaken in totaal ${verschil(o.extraZaken)} ${iv(o.extraZakenInterval95)}; hun uren ${verschil(o.uren.zaken)} ${iv(o.urenZakenInterval95)}`,
  );
  regels.push(
    `  terugvorderingen ≥ € 1.000 bij de definitieve berekening: ${getal(tb.basis.groot)} → ${getal(tb.hervorming.groot)}, verschil ${verschil(tb.verschilGroot)} ${iv(tb.verschilGrootInterval95)}`,
  );
  regels.push(
    `  bedrag aan terugvorderingen: ${euroGroot(tb.basis.bedrag).replace('+', '')} → ${euroGroot(tb.hervorming.bedrag).replace('+', '')}, verschil ${euroGroot(tb.verschilBedrag)} (95%: ${euroGroot(tb.verschilBedragInterval95[0])} tot ${euroGroot(tb.verschilBedragInterval95[1])})`,
  );
  regels.push('');
  const m = r.marges;
  regels.push(
    `Grensgevallen (${m.steekproef === r.huishoudens ? `alle ${formatNumber(m.steekproef)} huishoudens` : `steekproef van ${formatNumber(m.steekproef)} huishoudens`}, opgehoogd; 95%-interval)`,
  );
  regels.push(
    '  Toeslag / grens                                       basis                     hervorming                over de grens door de hervorming',
  );
  const metIv = (x: number, [laag, hoog]: [number, number]) =>
    `${getal(x)} (${Number.isNaN(laag) ? '-' : `${getal(Math.max(0, laag))}-${getal(hoog)}`})`;
  for (const g of m.regels)
    regels.push(
      `  ${`${g.naam}: ${g.grens}`.padEnd(52)} ${rechts(metIv(g.opgehoogd.basis, g.interval95.basis), 25)} ${rechts(metIv(g.opgehoogd.hervorming, g.interval95.hervorming), 25)} ${rechts(metIv(g.opgehoogd.kruist, g.interval95.kruist), 25)}`,
    );
  regels.push(
    '  Dichtbij: inkomen binnen € 1.000 per jaar van het inkomen waarbij het bedrag 0 wordt; vermogen binnen € 1.000 van de vermogensgrens; huur binnen € 10 per maand van de grens.',
  );
  for (const v of r.hervorming.varianten) {
    regels.push('');
    regels.push(`Variant ${v.naam}: ${v.titel}. ${v.beschrijving}`);
    for (const x of v.waarden)
      regels.push(
        `  ${x.naam} = ${euroGroot(x.waarde / 100).replace('+', '')} per maand — voorstel: ${x.voorstel}; bron: ${x.bron}`,
      );
  }
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
