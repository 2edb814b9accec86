/**
 * @module
 * The year simulation's result as text for the terminal (Dutch, staff-facing): per variant the
 * recoveries, back-payments, underpayment, time to help, queues, contacts and ETA, then the goal line.
 */
import type { JaarResultaat, Spreiding, Telling, VariantResultaat } from '@regelmaat/jaarsimulatie';
import { type Eurocent, formatCents } from '@regelmaat/kernel';

const n = (x: number) => x.toLocaleString('nl-NL');
const euro = (centen: number) => formatCents(centen as Eurocent);
const telling = (t: Telling) => `${n(t.aantal)} (${euro(t.som)})`;
const dagen = (s: Spreiding) =>
  s.aantal === 0
    ? 'geen'
    : `gem. ${n(s.gemiddelde)}, mediaan ${n(s.mediaan)}, p90 ${n(s.p90)} dagen (${n(s.aantal)})`;
const pct = (x: number) => `${Math.round(x * 100)} %`;

function variant(v: VariantResultaat): string[] {
  const t = v.terugvorderingen;
  return [
    `Variant ${v.variant} (${n(v.huishoudens)} huishoudens)`,
    `  terugvorderingen             ${telling(t.alle)}`,
    `    waarvan ≥ € 1.000          ${telling(t.vanaf1000)}`,
    `    waarvan ≥ € 1.500          ${telling(t.vanaf1500)}`,
    `    ≥ € 1.000 per huishoudtype ${t.perHuishoudtype.map((g) => `${g.groep} ${n(g.vanaf1000.aantal)}/${n(g.huishoudens)}`).join(', ')}`,
    `    ≥ € 1.000 per inkomensdeciel ${t.perInkomensdeciel.map((g) => `${g.groep}: ${n(g.vanaf1000.aantal)}`).join(', ')}`,
    `  nabetalingen                 ${telling(v.nabetalingen)}`,
    `  onderbetaling in het jaar    ${telling(v.onderbetaling)}`,
    `  meldingen                    burger ${n(v.meldingen.burger)}, aanbieder ${n(v.meldingen.partner)}, antwoord op bericht ${n(v.meldingen.reacties)}, al bekend ${n(v.meldingen.alBekend)}`,
    `  gebeurtenis → zaak           ${dagen(v.tijdTotHulp.totZaak)}`,
    `  zaak → eerste contact        ${dagen(v.tijdTotHulp.totContact)}`,
    `  zaak → besluit               ${dagen(v.tijdTotHulp.totBesluit)}`,
    ...v.perZaaksoort.map(
      (z) =>
        `  ${z.soort.padEnd(28)} ${n(z.geopend)} geopend, ${n(z.afgerond)} afgerond; ${dagen(z.doorlooptijd)}`,
    ),
    `  zaken per medewerker         ${n(v.zakenPerMedewerker)} (${n(v.medewerkers)} medewerkers)`,
    `  contacten per huishouden     berichten ${n(Math.round(v.contacten.perHuishouden.berichten * 100) / 100)}, gesprekken ${n(Math.round(v.contacten.perHuishouden.gesprekken * 100) / 100)}, brieven ${n(Math.round(v.contacten.perHuishouden.brieven * 100) / 100)}`,
    ...(v.invordering
      ? [
          `  invordering (${v.invordering.runs.join(', ')}) ${n(v.invordering.vorderingen)} vorderingen, nog open ${euro(v.invordering.openstaand)}, achterstallig ${n(v.invordering.achterstallig)}, rente ${telling(v.invordering.rente)}, verrekend ${telling(v.invordering.verrekening)}, herinneringen ${n(v.invordering.herinneringen)}, aanmaningen ${n(v.invordering.aanmaningen)}, in regeling ${n(v.invordering.inRegeling)}, met begeleider ${n(v.invordering.metBegeleider)}`,
        ]
      : []),
    `  verwachte datum (± 20 %)     ${v.eta.gemeten === 0 ? 'niet gemeten (geen afgeronde zaken)' : `${pct(v.eta.aandeel)} klopte (${n(v.eta.binnen20Procent)} van ${n(v.eta.gemeten)})`}`,
    `  blokkerende zaak bij besluit ${n(v.zakenNaBesluit.zaken)} open, besluit toch verstuurd: ${n(v.zakenNaBesluit.besluitAlVerstuurd)}`,
    `  seconden per gesimuleerde maand ${n(Math.round((v.secondenPerMaand.reduce((a, b) => a + b, 0) / Math.max(1, v.secondenPerMaand.length)) * 100) / 100)}`,
  ];
}

export function toonJaar(r: JaarResultaat): string {
  return `${[
    `Jaarsimulatie ${r.jaar}, seed ${r.seed}, ${n(r.huishoudens)} huishoudens (${r.database})`,
    '',
    ...r.varianten.flatMap((v) => [...variant(v), '']),
    'Doel: terugvorderingen ≥ € 1.000 minstens 50 % lager dan basis, zonder meer onderbetaling, elke zaak vóór het besluit',
    ...r.doel.map((d) => `  ${d.regel}`),
  ].join('\n')}\n`;
}
