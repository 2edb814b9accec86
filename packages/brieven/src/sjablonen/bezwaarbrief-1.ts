/**
 * @module
 * Template "bezwaarbrief", version 1: an objection's letters in B1 Dutch — the receipt (Awb 6:14)
 * with the expected decision date (7:10) and, for a pro forma objection, the term to send the grounds
 * (6:6); the postponement with its reason (7:10 lid 3); and the decision on the objection with its
 * reasons and why no hearing was held where none was (7:11, 7:12), the new decision when upheld, and
 * the right to appeal to the court within six weeks from the day after the letter date (Awb 6:7,
 * 8:1, Awir 36). Every sentence is written for the values it states.
 * Do not change this file's output once letters exist: make version 2 instead.
 */
import type { LawRef } from '@regelmaat/kernel';
import type { Blok, Document, Tekstdeel } from '../document/document';
import { datum, euro, inZin } from '../document/opmaak';
import type {
  BezwaarBrief,
  BezwaarBriefGegevens,
  BezwaarBriefSoort,
  BezwaarUitkomst,
} from '../model/bezwaarbrief';
import { beroepstermijn } from '../termijn/bezwaartermijn';
import { BRIEF_STIJL } from './toeslagbrief-1';
import { verwijs } from './wetten';

const AWB = { wet: 'Algemene wet bestuursrecht', bwb: 'BWBR0005537' } as const;
const AWIR = { wet: 'Algemene wet inkomensafhankelijke regelingen', bwb: 'BWBR0018472' } as const;

const TITEL: Record<BezwaarBriefSoort, string> = {
  ontvangstbevestiging: 'Wij hebben uw bezwaar ontvangen',
  verdaging: 'Wij hebben meer tijd nodig voor uw bezwaar',
  'beslissing-op-bezwaar': 'Beslissing op uw bezwaar',
};

const KANAAL: Record<BezwaarBriefGegevens['kanaal'], string> = {
  portaal: 'via Mijn toeslagen',
  post: 'per post',
  telefoon: 'aan de telefoon',
};

const UITKOMST: Record<BezwaarUitkomst, string> = {
  gegrond: 'Wij geven u gelijk. Uw bezwaar is gegrond.',
  'deels-gegrond': 'Wij geven u voor een deel gelijk. Uw bezwaar is deels gegrond.',
  ongegrond: 'Wij geven u geen gelijk. Uw bezwaar is ongegrond. Het besluit blijft zoals het was.',
  'niet-ontvankelijk': 'Wij kunnen uw bezwaar niet inhoudelijk behandelen. Uw bezwaar is niet-ontvankelijk.',
};

const kop = (niveau: 1 | 2 | 3, tekst: string): Blok => ({ soort: 'kop', niveau, tekst });
const alinea = (...delen: Tekstdeel[]): Blok => ({ soort: 'alinea', delen });

function bestredenBlokken(g: BezwaarBriefGegevens): Blok[] {
  const meer = g.bestreden.length > 1;
  return [
    alinea(meer ? 'Uw bezwaar gaat over deze besluiten:' : 'Uw bezwaar gaat over dit besluit:'),
    {
      soort: 'lijst',
      items: g.bestreden.map((b) => [
        `${b.naam} ${b.jaar}, beschikkingsnummer ${b.beschikkingsnummer}, brief van ${datum(b.briefdatum)}`,
      ]),
    },
    ...(meer
      ? [
          alinea(
            'Deze besluiten stonden in dezelfde brief. Daarom geldt uw bezwaar voor alle besluiten uit die brief.',
          ),
        ]
      : []),
  ];
}

function ontvangst(g: BezwaarBriefGegevens): Blok[] {
  return [
    alinea(`Wij hebben uw bezwaar ontvangen op ${datum(g.ontvangenOp)}. U stuurde het ${KANAAL[g.kanaal]}.`),
    ...bestredenBlokken(g),
    ...(g.hersteltermijn
      ? [
          kop(2, 'Wij missen nog iets'),
          alinea(
            'U heeft nog niet geschreven waarom u het niet eens bent met het besluit. ',
            { sterk: `Stuur ons uw redenen uiterlijk op ${datum(g.hersteltermijn)}.` },
            ' Doet u dat niet? Dan kunnen wij uw bezwaar niet behandelen.',
          ),
        ]
      : []),
    ...(g.tijdig
      ? []
      : [
          kop(2, 'Uw bezwaar kwam na de termijn'),
          alinea(
            'U had 6 weken om bezwaar te maken. Uw bezwaar kwam later binnen. ',
            'Een medewerker bekijkt of u daar een goede reden voor had. Had u een goede reden? Vertel het ons.',
          ),
        ]),
    kop(2, 'Wat gebeurt er nu?'),
    {
      soort: 'lijst',
      items: [
        ['Een medewerker belt u. Samen bespreken wij uw bezwaar.'],
        ['Daarna kunt u uw bezwaar ook uitleggen in een gesprek: een hoorzitting.'],
        ['Dan beslissen wij. U krijgt daarover een brief.'],
      ],
    },
    kop(2, 'Wanneer beslissen wij?'),
    alinea(
      { sterk: `Wij beslissen uiterlijk op ${datum(g.beslistermijn)}.` },
      ' Lukt dat niet? Dan mogen wij die datum één keer 6 weken later zetten. Dat laten wij u dan weten met een brief.',
    ),
    ...(g.hersteltermijn
      ? [alinea('Wij wachten op uw redenen. De dagen dat wij wachten, komen bij die datum.')]
      : []),
    alinea('Uw bezwaar verandert nu nog niets aan het besluit. Het besluit blijft gelden tot wij beslissen.'),
  ];
}

function verdaging(g: BezwaarBriefGegevens): Blok[] {
  const v = g.verdaging!;
  return [
    alinea(
      `Wij zouden uiterlijk op ${datum(v.oudeTermijn)} beslissen over uw bezwaar van ${datum(g.ontvangenOp)}.`,
    ),
    ...bestredenBlokken(g),
    kop(2, 'Waarom hebben wij meer tijd nodig?'),
    alinea(v.reden),
    kop(2, 'Wanneer beslissen wij nu?'),
    alinea(
      { sterk: `Wij beslissen uiterlijk op ${datum(g.beslistermijn)}.` },
      ' Wij mogen de datum maar één keer later zetten.',
    ),
  ];
}

function beslissing(brief: BezwaarBrief): Blok[] {
  const g = brief.gegevens;
  const b = g.beslissing!;
  const t = beroepstermijn(brief.briefdatum);
  const nieuw = b.nieuw;
  const verschil = nieuw ? nieuw.nieuwJaarbedrag - nieuw.oudJaarbedrag : 0;
  return [
    alinea(`Wij hebben uw bezwaar van ${datum(g.ontvangenOp)} bekeken.`),
    ...bestredenBlokken(g),
    kop(2, 'Wat hebben wij besloten?'),
    alinea({ sterk: UITKOMST[b.uitkomst] }),
    kop(2, 'Waarom?'),
    alinea(b.motivering),
    b.hoorzitting.gehouden
      ? alinea(
          b.hoorzitting.op
            ? `Wij hebben met u over uw bezwaar gesproken op ${datum(b.hoorzitting.op)}.`
            : 'Wij hebben met u over uw bezwaar gesproken.',
        )
      : alinea(`Wij hebben geen hoorzitting gehouden. De reden: ${b.hoorzitting.reden}`),
    ...(nieuw
      ? [
          kop(2, 'Wat verandert er?'),
          alinea(
            `Wij hebben een nieuw besluit genomen over uw ${inZin(nieuw.naam)} ${nieuw.jaar}. `,
            `Het bedrag voor het hele jaar was ${euro(nieuw.oudJaarbedrag)}. Het is nu ${euro(nieuw.nieuwJaarbedrag)}. `,
            verschil > 0
              ? `Dat is ${euro(verschil)} meer.`
              : verschil < 0
                ? `Dat is ${euro(-verschil)} minder.`
                : 'Het bedrag blijft gelijk.',
          ),
          alinea('Over het nieuwe besluit krijgt u een aparte brief. Daarin staat wat u krijgt en wanneer.'),
        ]
      : []),
    kop(2, 'Bent u het niet eens met deze beslissing?'),
    alinea(
      'Dan kunt u in beroep gaan bij de rechtbank. U heeft daarvoor 6 weken de tijd. ',
      'Die tijd begint op de dag na de datum van deze brief. ',
      { sterk: `Uw beroepschrift moet uiterlijk op ${datum(t.laatsteDag)} bij de rechtbank zijn.` },
    ),
    ...(t.verlengdOmdat
      ? [
          alinea(
            `Zes weken na de datum van deze brief is ${datum(t.zesWekenNaBriefdatum)}. `,
            `Dat is een ${t.verlengdOmdat.split(', ')[0]}. Daarom heeft u tot en met ${datum(t.laatsteDag)}.`,
          ),
        ]
      : []),
    alinea('Zo gaat u in beroep:'),
    {
      soort: 'lijst',
      items: [
        ['Stuur uw beroepschrift naar de rechtbank in het gebied waar u woont.'],
        ...(g.beroepUrl
          ? [
              [
                'U kunt dat ook online doen via ',
                { link: g.beroepUrl, tekst: g.beroepUrl },
                '.',
              ] as Tekstdeel[],
            ]
          : []),
        ['Schrijf erin waarom u het niet eens bent. Stuur een kopie van deze brief mee.'],
        ['Voor een beroep betaalt u griffierecht. De rechtbank laat u weten hoeveel.'],
      ],
    },
  ];
}

function grondslag(brief: BezwaarBrief): LawRef[] {
  const g = brief.gegevens;
  const refs: LawRef[] = [];
  if (g.soort === 'ontvangstbevestiging') {
    refs.push({ ...AWB, artikel: '6:14' }, { ...AWB, artikel: '6:9' }, { ...AWB, artikel: '7:10' });
    if (g.hersteltermijn) refs.push({ ...AWB, artikel: '6:6' });
    if (!g.tijdig) refs.push({ ...AWB, artikel: '6:11' });
  } else if (g.soort === 'verdaging') refs.push({ ...AWB, artikel: '7:10', lid: '3' });
  else {
    refs.push({ ...AWB, artikel: '7:11' }, { ...AWB, artikel: '7:12' });
    if (g.beslissing && !g.beslissing.hoorzitting.gehouden) refs.push({ ...AWB, artikel: '7:3' });
    refs.push({ ...AWB, artikel: '6:7' }, { ...AWB, artikel: '8:1' }, { ...AWIR, artikel: '36' });
  }
  if (g.bestreden.length > 1) refs.push({ ...AWIR, artikel: '37' });
  return refs;
}

function bouw(brief: BezwaarBrief): Document {
  const g = brief.gegevens;
  const titel = TITEL[g.soort];
  const inhoud =
    g.soort === 'ontvangstbevestiging'
      ? ontvangst(g)
      : g.soort === 'verdaging'
        ? verdaging(g)
        : beslissing(brief);
  const wetten = grondslag(brief).map((r) => verwijs(r, brief.briefdatum));
  const blokken: Blok[] = [
    {
      soort: 'regels',
      regels: [
        [`Datum: ${datum(brief.briefdatum)}`],
        [`Kenmerk: ${g.kenmerk}`],
        [`Burgerservicenummer: ${g.geadresseerde.bsn}`],
      ],
    },
    kop(1, titel),
    alinea(`Beste ${g.geadresseerde.naam},`),
    ...inhoud,
    kop(2, 'Op welke wetten is deze brief gebaseerd?'),
    { soort: 'lijst', items: wetten.map((w) => (w.url ? [{ link: w.url, tekst: w.citaat }] : [w.citaat])) },
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
    titel,
    taal: 'nl',
    auteur: g.afzender.naam,
    datum: brief.briefdatum,
    briefhoofd: {
      afzender: [g.afzender.naam, ...g.afzender.bezwaaradres.regels],
      geadresseerde: [g.geadresseerde.naam, ...g.geadresseerde.adres.regels],
    },
    blokken,
    voettekst: titel,
  };
}

export interface BezwaarSjabloon {
  readonly id: string;
  readonly versie: number;
  readonly omschrijving: string;
  bouw(brief: BezwaarBrief): Document;
  readonly typstStijl: string;
}

export const BEZWAARBRIEF_1: BezwaarSjabloon = {
  id: 'bezwaarbrief',
  versie: 1,
  omschrijving: 'Eerste versie: ontvangstbevestiging, verdaging en beslissing op bezwaar.',
  bouw,
  typstStijl: BRIEF_STIJL,
};
