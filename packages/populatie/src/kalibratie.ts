/**
 * @module
 * The calibration report: computes the toeslagen of a synthetic population as the advance run
 * does — each household as its dossier facts known at the advance run's moment (`alsDossier`),
 * through the one way from facts to an outcome (`HuishoudenRekenaar`) — scales recipients and spending to 8.37 M
 * households and sets them next to the published figures, with the household type shares, the
 * share of renters and the gross income percentiles.
 *
 * Zorgtoeslag is paid per person or couple, not per household: adult children living at home and
 * medebewoners apply for their own (Wzt art. 1; Awir art. 3). The 4.6 M published allowances [S1]
 * include theirs, so the report computes those own applications too (a situation with that person
 * as applicant) and counts them with the zorgtoeslag of the household.
 */

import { HuishoudenRekenaar } from '@regelmaat/dossier';
import type { Eurocent } from '@regelmaat/kernel';
import {
  BatchRekenaar,
  Bedragen,
  NIET_BEREKENBAAR,
  type PersoonFeiten,
  REGELINGEN,
  type Situatie,
  VERZEKERD,
  wetgeving,
} from '@regelmaat/law';
import { alsDossier, kalender } from './als-dossier';
import type { SynthetischHuishouden } from './huishouden';
import {
  BRUTO_HUISHOUDINKOMEN_2022,
  GEPUBLICEERD,
  HUISHOUDENS_MET_TOESLAG,
  HUISHOUDTYPEN,
  HUUR_CORPORATIE,
  HUUR_OVERIG,
  type HuishoudType,
  SCHAAL_HUISHOUDENS,
  TYPE_AANDELEN,
} from './statistieken';

export interface ToeslagRegel {
  /** Regeling id of @regelmaat/law (`zorgtoeslag`, `huurtoeslag`, `kindgebonden_budget`, `kinderopvangtoeslag`). */
  readonly regeling: string;
  readonly naam: string;
  /** Recipients in the sample (year amount > 0). */
  readonly steekproefOntvangers: number;
  /** Recipients scaled to 8.37 M households. */
  readonly ontvangers: number;
  /** Spending scaled to 8.37 M households, euros a year. */
  readonly uitgaven: number;
  readonly gepubliceerdOntvangers: number;
  readonly gepubliceerdUitgaven: number;
  /** model ÷ published − 1. */
  readonly afwijkingOntvangers: number;
  readonly afwijkingUitgaven: number;
  readonly bronOntvangers: string;
  readonly bronUitgaven: string;
  /** Households for which the law's values of the year are missing (kinderopvangtoeslag 2025). */
  readonly nietBerekenbaar: number;
}

export interface Rapport {
  readonly jaar: number;
  readonly steekproef: number;
  /** Households represented by one generated household. */
  readonly schaal: number;
  readonly toeslagen: readonly ToeslagRegel[];
  /** Part of the zorgtoeslag line: own applications of adult children and medebewoners (scaled). */
  readonly zorgtoeslagEigenAanvragen: { readonly ontvangers: number; readonly uitgaven: number };
  /** Households with at least one toeslag (scaled), against 5.5 M [S7][S8]. */
  readonly metToeslag: { readonly aantal: number; readonly gepubliceerd: number };
  readonly typen: readonly {
    readonly type: HuishoudType;
    readonly aandeel: number;
    readonly gepubliceerd: number;
  }[];
  readonly huurders: { readonly aandeel: number; readonly gepubliceerd: number };
  /** Gross household income (2022 euros) percentiles of the model against CBS [S45]. */
  readonly inkomen: readonly { readonly p: number; readonly model: number; readonly gepubliceerd: number }[];
  /** Households of another year, or whose dossier the engine cannot read (should be 0). */
  readonly ongeldig: number;
}

function persoonFeiten(
  geboorte: PersoonFeiten['geboorte'],
  inkomen: Eurocent,
  vermogen: Eurocent,
): PersoonFeiten {
  return {
    geboorte,
    inkomen,
    vermogen,
    verzekering: VERZEKERD,
    woonland: 'NL',
    rechtmatigVerblijf: true,
    arbeidseis: true,
  };
}

/** A situation with one person as applicant and nothing else: their own zorgtoeslag. */
function eigenAanvraag(jaar: number, persoon: PersoonFeiten): Situatie {
  return {
    jaar,
    aanvrager: persoon,
    partner: null,
    partnerMaanden: 0,
    kinderen: [],
    medebewoners: [],
    huur: [],
    opvang: [],
  };
}

export function kalibratieRapport(huishoudens: Iterable<SynthetischHuishouden>, jaar: number): Rapport {
  const w = wetgeving();
  const rekenaar = new HuishoudenRekenaar(w);
  // The own applications below are situations made here, not dossiers: the batch path directly.
  const batch = new BatchRekenaar(w);
  const uit = new Bedragen();
  const { voorschotOp } = kalender(jaar);
  const n = REGELINGEN.length;
  const ontvangers = new Array<number>(n).fill(0);
  const centen = new Array<number>(n).fill(0);
  const nietBerekenbaar = new Array<number>(n).fill(0);
  const zt = REGELINGEN.findIndex((r) => r.id === 'zorgtoeslag');
  let eigenOntvangers = 0;
  let eigenCenten = 0;
  let metToeslag = 0;
  let aantal = 0;
  let ongeldig = 0;
  let huurders = 0;
  const perType = new Map<HuishoudType, number>();
  const bruto: number[] = [];

  for (const h of huishoudens) {
    aantal++;
    perType.set(h.type, (perType.get(h.type) ?? 0) + 1);
    if (h.brutoInkomen2022 !== undefined) bruto.push(h.brutoInkomen2022);
    if (h.schatting.berekeningsjaar !== jaar) {
      ongeldig++;
      continue;
    }
    // The facts alsDossier keeps are those known at the advance run's moment.
    const u = rekenaar.bereken(alsDossier(h, jaar, voorschotOp).feiten, { jaar, variant: 'schatting' });
    if (!u.ok) {
      ongeldig++;
      continue;
    }
    const s = u.situatie;
    if (s.huur.length > 0) huurders++;
    let enigeToeslag = false;
    for (let r = 0; r < n; r++) {
      const bedrag = u.bedragen.jaarbedrag(r);
      if (bedrag === NIET_BEREKENBAAR) nietBerekenbaar[r]!++;
      else if (bedrag > 0) {
        ontvangers[r]!++;
        centen[r]! += bedrag;
        enigeToeslag = true;
      }
    }
    // Own zorgtoeslag of adult children (18 during the year at the latest) and medebewoners.
    const volwassenen: PersoonFeiten[] = [];
    for (const k of s.kinderen)
      if (k.geboorte.year <= jaar - 18) volwassenen.push(persoonFeiten(k.geboorte, k.inkomen, k.vermogen));
    for (const m of s.medebewoners) volwassenen.push(persoonFeiten(m.geboorte, m.inkomen, m.vermogen));
    for (const v of volwassenen) {
      batch.bereken(eigenAanvraag(jaar, v), uit);
      const bedrag = uit.jaarbedrag(zt);
      if (bedrag > 0) {
        eigenOntvangers++;
        eigenCenten += bedrag;
        enigeToeslag = true;
      }
    }
    if (enigeToeslag) metToeslag++;
  }

  const schaal = aantal > 0 ? SCHAAL_HUISHOUDENS / aantal : 0;
  const toeslagen: ToeslagRegel[] = REGELINGEN.map((regeling, r) => {
    const pub = GEPUBLICEERD[regeling.id];
    const eigen = r === zt;
    const o = (ontvangers[r]! + (eigen ? eigenOntvangers : 0)) * schaal;
    const u = ((centen[r]! + (eigen ? eigenCenten : 0)) / 100) * schaal;
    return {
      regeling: regeling.id,
      naam: regeling.naam,
      steekproefOntvangers: ontvangers[r]! + (eigen ? eigenOntvangers : 0),
      ontvangers: Math.round(o),
      uitgaven: Math.round(u),
      gepubliceerdOntvangers: pub.ontvangers,
      gepubliceerdUitgaven: pub.uitgaven,
      afwijkingOntvangers: o / pub.ontvangers - 1,
      afwijkingUitgaven: u / pub.uitgaven - 1,
      bronOntvangers: pub.ontvangersBron,
      bronUitgaven: pub.uitgavenBron,
      nietBerekenbaar: nietBerekenbaar[r]!,
    };
  });

  bruto.sort((a, b) => a - b);
  const inkomen = BRUTO_HUISHOUDINKOMEN_2022.map(([p, gepubliceerd]) => ({
    p,
    model: bruto.length > 0 ? bruto[Math.min(bruto.length - 1, Math.floor(p * bruto.length))]! : 0,
    gepubliceerd,
  }));

  return {
    jaar,
    steekproef: aantal,
    schaal,
    toeslagen,
    zorgtoeslagEigenAanvragen: {
      ontvangers: Math.round(eigenOntvangers * schaal),
      uitgaven: Math.round((eigenCenten / 100) * schaal),
    },
    metToeslag: { aantal: Math.round(metToeslag * schaal), gepubliceerd: HUISHOUDENS_MET_TOESLAG },
    typen: HUISHOUDTYPEN.map((type) => ({
      type,
      aandeel: aantal > 0 ? (perType.get(type) ?? 0) / aantal : 0,
      gepubliceerd: TYPE_AANDELEN[type],
    })),
    huurders: { aandeel: aantal > 0 ? huurders / aantal : 0, gepubliceerd: HUUR_CORPORATIE + HUUR_OVERIG },
    inkomen,
    ongeldig,
  };
}

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const procent = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const afwijking = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const miljard = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function kolommen(rijen: readonly (readonly string[])[], rechts: readonly boolean[]): string {
  const breedte = rijen[0]!.map((_, c) => Math.max(...rijen.map((r) => r[c]!.length)));
  return rijen
    .map((r) =>
      r
        .map((cel, c) => (rechts[c] ? cel.padStart(breedte[c]!) : cel.padEnd(breedte[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const TYPE_NAAM: Readonly<Record<HuishoudType, string>> = {
  alleenstaande: 'Alleenstaande',
  paar: 'Paar zonder kinderen',
  'paar-met-kinderen': 'Paar met kinderen',
  eenoudergezin: 'Eenoudergezin',
  overig: 'Overig meerpersoons',
};

/** The report as a Dutch text table. */
export function formatRapport(r: Rapport): string {
  const regels: string[] = [];
  regels.push(
    `Kalibratie synthetische populatie — berekeningsjaar ${r.jaar}, ${getal.format(r.steekproef)} huishoudens, opgeschaald naar ${getal.format(Math.round(r.schaal * r.steekproef))} (× ${miljard.format(r.schaal)})`,
    '',
  );
  const kop = [
    'Toeslag',
    'Ontvangers',
    'Gepubliceerd',
    'Afwijking',
    'Uitgaven mld €',
    'Gepubliceerd',
    'Afwijking',
  ];
  const rijen: string[][] = [kop];
  for (const t of r.toeslagen) {
    const nb = t.nietBerekenbaar > 0 && t.steekproefOntvangers === 0;
    rijen.push([
      t.naam,
      nb ? 'n.b.' : getal.format(t.ontvangers),
      getal.format(t.gepubliceerdOntvangers),
      nb ? '—' : afwijking.format(t.afwijkingOntvangers),
      nb ? 'n.b.' : miljard.format(t.uitgaven / 1e9),
      miljard.format(t.gepubliceerdUitgaven / 1e9),
      nb ? '—' : afwijking.format(t.afwijkingUitgaven),
    ]);
  }
  regels.push(kolommen(rijen, [false, true, true, true, true, true, true]), '');
  regels.push(
    `Zorgtoeslag bevat ${getal.format(r.zorgtoeslagEigenAanvragen.ontvangers)} eigen aanvragen van meerderjarige thuiswonende kinderen en medebewoners (€ ${miljard.format(r.zorgtoeslagEigenAanvragen.uitgaven / 1e9)} mld).`,
  );
  for (const t of r.toeslagen)
    if (t.nietBerekenbaar > 0)
      regels.push(
        `${t.naam}: voor ${getal.format(t.nietBerekenbaar)} huishoudens niet berekenbaar (waarden van ${r.jaar} ontbreken).`,
      );
  regels.push(
    `Huishoudens met ten minste één toeslag: ${getal.format(r.metToeslag.aantal)} (gepubliceerd ${getal.format(r.metToeslag.gepubliceerd)} [S7][S8]).`,
  );
  if (r.ongeldig > 0) regels.push(`LET OP: ${r.ongeldig} huishoudens met ongeldige invoer overgeslagen.`);
  regels.push('');
  const typen: string[][] = [['Huishoudtype', 'Model', 'CBS [S41]']];
  for (const t of r.typen)
    typen.push([TYPE_NAAM[t.type], procent.format(t.aandeel), procent.format(t.gepubliceerd)]);
  typen.push(['Huurders [S47]', procent.format(r.huurders.aandeel), procent.format(r.huurders.gepubliceerd)]);
  regels.push(kolommen(typen, [false, true, true]), '');
  const inkomen: string[][] = [
    ['Bruto huishoudinkomen 2022 (k€)', ...r.inkomen.map((i) => `P${Math.round(i.p * 100)}`)],
  ];
  inkomen.push(['Model', ...r.inkomen.map((i) => miljardK(i.model))]);
  inkomen.push(['CBS [S45]', ...r.inkomen.map((i) => miljardK(i.gepubliceerd))]);
  regels.push(kolommen(inkomen, [false, ...r.inkomen.map(() => true)]), '');
  regels.push('Bronnen van de gepubliceerde cijfers:');
  for (const t of r.toeslagen) regels.push(`  ${t.naam}: ${t.bronOntvangers}; ${t.bronUitgaven}`);
  return `${regels.join('\n')}\n`;
}

const kEuro = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
function miljardK(euros: number): string {
  return kEuro.format(euros / 1000);
}
