/**
 * @module
 * Template "zienswijzebrief", version 1, in B1 Dutch: the intended recovery with the calculation per
 * toeslag, the term to respond (Awir art. 26b lid 1), what can happen with the response (a lower
 * recovery when full recovery would be disproportionate, art. 13b and 26 lid 2) and that no recovery
 * is made at or below the doelmatigheidsgrens (art. 26a). It is no decision: no objection yet.
 * Every sentence is written for the values it states.
 * Do not change this file's output once letters exist: make version 2 instead.
 */
import type { LawRef } from '@regelmaat/kernel';
import type { Blok, Document, Tekstdeel } from '../document/document';
import { datum, euro, inZin } from '../document/opmaak';
import { BRIEF_STIJL } from '../sjablonen/toeslagbrief-1';
import { verwijs } from '../sjablonen/wetten';
import type { ZienswijzeBrief } from './model';

const AWIR = { wet: 'Algemene wet inkomensafhankelijke regelingen', bwb: 'BWBR0018472' } as const;

const kop = (niveau: 1 | 2 | 3, tekst: string): Blok => ({ soort: 'kop', niveau, tekst });
const alinea = (...delen: Tekstdeel[]): Blok => ({ soort: 'alinea', delen });

export const ZIENSWIJZEBRIEF = 'zienswijzebrief';
const TITEL = 'Wij willen geld van u terugvragen. Wat vindt u daarvan?';

function bouw(brief: ZienswijzeBrief): Document {
  const g = brief.gegevens;
  const terug = g.regels.filter((r) => r.terug > 0);
  const onderGrens = g.regels.filter((r) => r.terug === 0 && r.jaarbedrag < r.voorschot);
  const na = g.regels.filter((r) => r.nabetaling > 0);
  const namen = terug.map((r) => inZin(r.naam));
  const refs: LawRef[] = [
    { ...AWIR, artikel: '26b', lid: '1' },
    { ...AWIR, artikel: '26' },
    { ...AWIR, artikel: '13b' },
    ...(onderGrens.length > 0 ? [{ ...AWIR, artikel: '26a' }] : []),
  ];
  const blokken: Blok[] = [
    {
      soort: 'regels',
      regels: [
        [`Datum: ${datum(brief.briefdatum)}`],
        [`Kenmerk: ${g.kenmerk}`],
        [`Burgerservicenummer: ${g.geadresseerde.bsn}`],
      ],
    },
    kop(1, TITEL),
    alinea(`Beste ${g.geadresseerde.naam},`),
    alinea(
      `Wij hebben uw toeslagen over ${g.berekeningsjaar} definitief berekend. `,
      `U heeft in ${g.berekeningsjaar} meer voorschot gekregen dan u mocht hebben. `,
      { sterk: `Wij willen in totaal ${euro(g.totaal)} van u terugvragen.` },
    ),
    alinea(
      'Dit is nog geen besluit. Het is veel geld. Daarom vragen wij eerst wat u ervan vindt. ',
      'Pas daarna beslissen wij.',
    ),
    kop(2, 'Hoe hebben wij dit berekend?'),
    {
      soort: 'tabel',
      kolommen: ['Toeslag', 'Voorschot gekregen', 'Recht op', 'Terugvragen'],
      rijen: g.regels.map((r) => [r.naam, euro(r.voorschot), euro(r.jaarbedrag), euro(r.terug)]),
      rechts: [false, true, true, true],
      breedtes: [3, 2, 2, 2],
      totaal: ['Totaal', '', '', euro(g.totaal)],
    },
    alinea(
      terug.length === 1
        ? `Voor uw ${namen[0]} kreeg u meer voorschot dan het bedrag waar u recht op heeft. Dat verschil vragen wij terug.`
        : `Voor uw ${namen.slice(0, -1).join(', ')} en ${namen[namen.length - 1]} kreeg u meer voorschot dan het bedrag waar u recht op heeft. Die verschillen vragen wij terug.`,
    ),
    ...onderGrens.map((r) =>
      alinea(
        `Voor uw ${inZin(r.naam)} kreeg u ${euro(r.voorschot - r.jaarbedrag)} te veel. `,
        `Dat is ${euro(g.doelmatigheidsgrens)} of minder. Zo'n klein bedrag vragen wij niet terug.`,
      ),
    ),
    ...na.map((r) =>
      alinea(
        `Voor uw ${inZin(r.naam)} heeft u recht op ${euro(r.nabetaling)} meer dan u kreeg. `,
        'Dat betalen wij u na het besluit. Het bedrag dat wij terugvragen wordt daardoor niet lager.',
      ),
    ),
    kop(2, 'Wat kunt u doen?'),
    alinea(
      { sterk: `Laat ons uiterlijk op ${datum(g.reagerenUiterlijk)} weten wat u ervan vindt.` },
      ' Dat kan zo:',
    ),
    {
      soort: 'lijst',
      items: [
        ['Online via ', { link: g.reactieUrl, tekst: g.reactieUrl }, '.'],
        [
          `Of bel ons op ${g.afzender.telefoon}, ${g.afzender.bereikbaar}. Een medewerker schrijft uw reactie op.`,
        ],
      ],
    },
    alinea(
      'Vertel ons bijvoorbeeld of de bedragen kloppen. Of dat terugbetalen voor u erg zwaar is, en waarom. ',
      'Wij kijken dan of het eerlijk is om alles terug te vragen. Soms vragen wij minder terug.',
    ),
    kop(2, 'Wat gebeurt er daarna?'),
    alinea(
      'Een medewerker leest uw reactie. Daarna beslissen wij hoeveel wij terugvragen. ',
      'Reageert u niet? Dan beslissen wij na die datum zonder uw reactie.',
    ),
    alinea(
      'U krijgt dan een brief met het besluit. Daarin staat ook hoe u kunt betalen, bijvoorbeeld in delen. ',
      'Bent u het niet eens met dat besluit? Dan kunt u daarna bezwaar maken.',
    ),
    kop(2, 'Op welke wetten is deze brief gebaseerd?'),
    {
      soort: 'lijst',
      items: refs
        .map((r) => verwijs(r, brief.briefdatum))
        .map((w) => (w.url ? [{ link: w.url, tekst: w.citaat }] : [w.citaat])),
    },
    kop(2, 'Heeft u vragen?'),
    alinea(
      'Kijk op ',
      { link: g.afzender.portaalUrl, tekst: g.afzender.portaalUrl },
      `. Of bel ons op ${g.afzender.telefoon}, ${g.afzender.bereikbaar}. `,
      `Houd dan het kenmerk ${g.kenmerk} bij de hand.`,
    ),
    { soort: 'regels', regels: [['Met vriendelijke groet,'], [g.afzender.naam]] },
  ];
  return {
    titel: TITEL,
    taal: 'nl',
    auteur: g.afzender.naam,
    datum: brief.briefdatum,
    briefhoofd: {
      afzender: [g.afzender.naam, ...g.afzender.bezwaaradres.regels],
      geadresseerde: [g.geadresseerde.naam, ...g.geadresseerde.adres.regels],
    },
    blokken,
    voettekst: 'Zienswijze over terugvragen',
  };
}

export interface ZienswijzeSjabloon {
  readonly id: string;
  readonly versie: number;
  readonly omschrijving: string;
  bouw(brief: ZienswijzeBrief): Document;
  readonly typstStijl: string;
}

export const ZIENSWIJZEBRIEF_1: ZienswijzeSjabloon = {
  id: ZIENSWIJZEBRIEF,
  versie: 1,
  omschrijving:
    'Eerste versie: de voorgenomen terugvordering met berekening en reactietermijn (Awir art. 26b).',
  bouw,
  typstStijl: BRIEF_STIJL,
};

/** Every version zienswijze letters may be written with (old letters keep theirs). */
export const ZIENSWIJZE_SJABLONEN: readonly ZienswijzeSjabloon[] = [ZIENSWIJZEBRIEF_1];
