/**
 * @module
 * Small fixed sets of households, written out by hand, for tests and the demo:
 *
 * - `demo`: ten everyday households (a pensioner renting, a young family with day care, a single
 *   parent, a student in a room, a partner moving in, a child turning 18, …);
 * - `uitzonderingen`: households built to trigger each exception situation, with the codes in
 *   `verwachteUitval`, and one ordinary household with an empty list (no exception expected).
 *
 * Dates are relative to the berekeningsjaar (default 2026, in which all four toeslagen can be
 * computed). The households use the reserved household indices at the top of the BSN range, so
 * their BSNs never collide with a generated population.
 */
import { type HuishoudenInvoer, wetgeving, zoekParameter } from '@regelmaat/law';
import { overlapMaanden } from './datum';
import { huishoudenBsn, type Jaar, MAX_GEGENEREERD } from './genereer';
import type { SynthetischHuishouden, UitvalCode } from './huishouden';
import type { HuishoudType } from './statistieken';

export type VasteSetNaam = 'demo' | 'uitzonderingen';

const EERSTE_INDEX: Readonly<Record<VasteSetNaam, number>> = {
  demo: MAX_GEGENEREERD,
  uitzonderingen: MAX_GEGENEREERD + 100,
};

interface Extra {
  definitiefInkomen?: Partial<SynthetischHuishouden['definitiefInkomen']>;
  definitievePartner?: { geboortedatum: string };
  /** Per contract: replaces the provider's row (otherwise equal to the parent's hours). */
  aanbieder?: Record<number, number[]>;
  vorigJaarInkomen?: number | null;
  verwachteUitval?: UitvalCode[];
}

/** A birth date such that the person is `leeftijd` on 1 January of `jaar` (MM-DD after 1 January). */
function geb(jaar: number, leeftijd: number, maandDag: string): string {
  return `${jaar - 1 - leeftijd}-${maandDag}`;
}

function bouw(
  index: number,
  type: HuishoudType,
  schatting: HuishoudenInvoer,
  extra: Extra = {},
): SynthetischHuishouden {
  const jaar = schatting.berekeningsjaar;
  const kinderen = schatting.kinderen ?? [];
  const medebewoners = schatting.medebewoners ?? [];
  const opvang = schatting.kinderopvang ?? [];
  const partner = schatting.toeslagpartner;
  const definitiefInkomen: SynthetischHuishouden['definitiefInkomen'] = {
    aanvrager: extra.definitiefInkomen?.aanvrager ?? schatting.aanvrager.toetsingsinkomen,
    medebewoners: extra.definitiefInkomen?.medebewoners ?? medebewoners.map((m) => m.toetsingsinkomen),
  };
  const partnerInkomen = extra.definitiefInkomen?.toeslagpartner ?? partner?.toetsingsinkomen;
  if (partnerInkomen !== undefined) definitiefInkomen.toeslagpartner = partnerInkomen;
  const h: SynthetischHuishouden = {
    index,
    type,
    bsnAanvrager: huishoudenBsn(index, 0),
    bsnKinderen: kinderen.map((_, i) => huishoudenBsn(index, 2 + i)),
    bsnMedebewoners: medebewoners.map((_, i) => huishoudenBsn(index, 2 + i)),
    schatting,
    definitiefInkomen,
    opvangUrenAanbieder: opvang.map(
      (o, i) =>
        extra.aanbieder?.[i] ?? overlapMaanden(jaar, o.vanaf, o.tot).map((ja) => (ja ? o.urenPerMaand : 0)),
    ),
  };
  if (partner || definitiefInkomen.toeslagpartner !== undefined) h.bsnPartner = huishoudenBsn(index, 1);
  if (extra.definitievePartner) h.definitievePartner = extra.definitievePartner;
  if (extra.vorigJaarInkomen !== null) {
    h.vorigJaarInkomen =
      extra.vorigJaarInkomen ??
      Math.round(
        (schatting.aanvrager.toetsingsinkomen + (partner && !partner.vanaf ? partner.toetsingsinkomen : 0)) /
          1.04,
      );
  }
  if (extra.verwachteUitval) h.verwachteUitval = extra.verwachteUitval;
  return h;
}

function demo(jaar: Jaar, start: number): SynthetischHuishouden[] {
  let i = start;
  return [
    // A pensioner living alone, renting from a housing association.
    bouw(i++, 'alleenstaande', {
      berekeningsjaar: jaar,
      aanvrager: {
        geboortedatum: geb(jaar, 74, '03-14'),
        toetsingsinkomen: 22_800,
        vermogen: 18_500,
        arbeidseis: false,
      },
      huur: [{ kaleHuur: 612.4, servicekosten: 28 }],
    }),
    // A young couple renting, both working, their baby in day care.
    bouw(i++, 'paar-met-kinderen', {
      berekeningsjaar: jaar,
      aanvrager: { geboortedatum: geb(jaar, 31, '06-02'), toetsingsinkomen: 34_000, vermogen: 6_000 },
      toeslagpartner: { geboortedatum: geb(jaar, 29, '11-20'), toetsingsinkomen: 21_500, vermogen: 3_000 },
      kinderen: [{ geboortedatum: geb(jaar, 0, '04-09') }],
      huur: [{ kaleHuur: 845 }],
      kinderopvang: [{ kind: 0, soort: 'dagopvang', urenPerMaand: 86.67, uurprijs: 11.45 }],
    }),
    // A single parent with two children, renting, BSO for the youngest.
    bouw(i++, 'eenoudergezin', {
      berekeningsjaar: jaar,
      aanvrager: { geboortedatum: geb(jaar, 38, '09-27'), toetsingsinkomen: 27_300, vermogen: 2_400 },
      kinderen: [{ geboortedatum: geb(jaar, 13, '01-30') }, { geboortedatum: geb(jaar, 7, '08-16') }],
      huur: [{ kaleHuur: 688.15 }],
      kinderopvang: [{ kind: 1, soort: 'buitenschoolse-opvang', urenPerMaand: 42, uurprijs: 9.85 }],
    }),
    // A family with three children in an owner-occupied home, middle income, BSO and a childminder.
    bouw(i++, 'paar-met-kinderen', {
      berekeningsjaar: jaar,
      aanvrager: { geboortedatum: geb(jaar, 42, '02-11'), toetsingsinkomen: 52_000, vermogen: 21_000 },
      toeslagpartner: { geboortedatum: geb(jaar, 40, '07-07'), toetsingsinkomen: 24_000, vermogen: 21_000 },
      kinderen: [
        { geboortedatum: geb(jaar, 11, '05-03') },
        { geboortedatum: geb(jaar, 8, '10-21') },
        { geboortedatum: geb(jaar, 2, '12-12') },
      ],
      kinderopvang: [
        { kind: 1, soort: 'buitenschoolse-opvang', urenPerMaand: 38.5, uurprijs: 10.2 },
        { kind: 2, soort: 'gastouderopvang', urenPerMaand: 64, uurprijs: 8.2 },
      ],
    }),
    // A retired couple in their own home with savings.
    bouw(i++, 'paar', {
      berekeningsjaar: jaar,
      aanvrager: {
        geboortedatum: geb(jaar, 72, '04-25'),
        toetsingsinkomen: 31_500,
        vermogen: 41_000,
        arbeidseis: false,
      },
      toeslagpartner: {
        geboortedatum: geb(jaar, 70, '08-30'),
        toetsingsinkomen: 16_200,
        vermogen: 41_000,
        arbeidseis: false,
      },
    }),
    // A student in a room without an own front door: zorgtoeslag only.
    bouw(
      i++,
      'alleenstaande',
      {
        berekeningsjaar: jaar,
        aanvrager: { geboortedatum: geb(jaar, 20, '03-03'), toetsingsinkomen: 7_400, vermogen: 1_200 },
        huur: [{ kaleHuur: 455, zelfstandig: false }],
      },
      { vorigJaarInkomen: null },
    ),
    // A single person with a high income: no toeslag.
    bouw(i++, 'alleenstaande', {
      berekeningsjaar: jaar,
      aanvrager: { geboortedatum: geb(jaar, 45, '12-01'), toetsingsinkomen: 82_000, vermogen: 64_000 },
      huur: [{ kaleHuur: 1_450 }],
    }),
    // A partner moves in on 1 July.
    bouw(i++, 'alleenstaande', {
      berekeningsjaar: jaar,
      aanvrager: { geboortedatum: geb(jaar, 34, '04-12'), toetsingsinkomen: 31_000, vermogen: 4_000 },
      toeslagpartner: {
        geboortedatum: geb(jaar, 35, '09-30'),
        toetsingsinkomen: 17_500,
        vanaf: `${jaar}-07-01`,
      },
      huur: [{ kaleHuur: 865.4 }],
    }),
    // A couple whose eldest turns 18 in May; the younger is 15 with a side job.
    bouw(i++, 'paar-met-kinderen', {
      berekeningsjaar: jaar,
      aanvrager: { geboortedatum: geb(jaar, 49, '01-19'), toetsingsinkomen: 38_000, vermogen: 12_000 },
      toeslagpartner: { geboortedatum: geb(jaar, 47, '06-06'), toetsingsinkomen: 19_000, vermogen: 12_000 },
      kinderen: [
        { geboortedatum: geb(jaar, 17, '05-18') },
        { geboortedatum: geb(jaar, 15, '11-02'), toetsingsinkomen: 2_100 },
      ],
      huur: [{ kaleHuur: 701.3 }],
    }),
    // Two adults sharing a rented home (no partners): the applicant and a medebewoner.
    bouw(i++, 'overig', {
      berekeningsjaar: jaar,
      aanvrager: { geboortedatum: geb(jaar, 27, '10-10'), toetsingsinkomen: 29_000, vermogen: 5_500 },
      medebewoners: [{ geboortedatum: geb(jaar, 25, '02-14'), toetsingsinkomen: 24_500, vermogen: 3_000 }],
      huur: [{ kaleHuur: 760 }],
    }),
  ];
}

/** An asset limit of the law in force on 1 January, in euros (the parameters hold eurocents). */
function grens(pad: string, jaar: Jaar): number {
  return (zoekParameter(wetgeving(), pad, `${jaar}-01-01`).value as number) / 100;
}

function uitzonderingen(jaar: Jaar, start: number): SynthetischHuishouden[] {
  let i = start;
  const htGrens = grens('huurtoeslag.vermogensgrens_per_persoon', jaar);
  const ztGrensPartners = grens('zorgtoeslag.vermogensgrens_partners', jaar);
  const ouder = geb(jaar, 36, '03-22');
  return [
    // HOGE_TERUGVORDERING: estimated a low income, the final income is much higher; the advance of
    // zorgtoeslag, huurtoeslag and kindgebonden budget largely has to be paid back.
    bouw(
      i++,
      'eenoudergezin',
      {
        berekeningsjaar: jaar,
        aanvrager: { geboortedatum: ouder, toetsingsinkomen: 21_000, vermogen: 1_500 },
        kinderen: [{ geboortedatum: geb(jaar, 9, '07-04') }, { geboortedatum: geb(jaar, 5, '12-19') }],
        huur: [{ kaleHuur: 710 }],
      },
      {
        definitiefInkomen: { aanvrager: 58_000 },
        vorigJaarInkomen: 20_500,
        verwachteUitval: ['HOGE_TERUGVORDERING'],
      },
    ),
    // SCHATTING_WIJKT_AF: the estimate is far below last year's final income.
    bouw(
      i++,
      'alleenstaande',
      {
        berekeningsjaar: jaar,
        aanvrager: { geboortedatum: geb(jaar, 52, '05-30'), toetsingsinkomen: 18_000, vermogen: 9_000 },
        huur: [{ kaleHuur: 640 }],
      },
      {
        definitiefInkomen: { aanvrager: 18_400 },
        vorigJaarInkomen: 46_000,
        verwachteUitval: ['SCHATTING_WIJKT_AF'],
      },
    ),
    // OPVANGUREN_VERSCHIL: the provider reports more day-care hours than the parent estimated.
    bouw(
      i++,
      'paar-met-kinderen',
      {
        berekeningsjaar: jaar,
        aanvrager: { geboortedatum: geb(jaar, 33, '08-08'), toetsingsinkomen: 41_000, vermogen: 8_000 },
        toeslagpartner: { geboortedatum: geb(jaar, 32, '02-02'), toetsingsinkomen: 30_000, vermogen: 8_000 },
        kinderen: [{ geboortedatum: geb(jaar, 1, '06-15') }],
        kinderopvang: [{ kind: 0, soort: 'dagopvang', urenPerMaand: 80, uurprijs: 11.1 }],
      },
      {
        aanbieder: { 0: [80, 80, 80, 104, 104, 104, 104, 104, 104, 104, 104, 104] },
        verwachteUitval: ['OPVANGUREN_VERSCHIL'],
      },
    ),
    // PARTNER_CONFLICT: no partner in the estimate, but the tax authority has a toeslagpartner.
    bouw(
      i++,
      'alleenstaande',
      {
        berekeningsjaar: jaar,
        aanvrager: { geboortedatum: geb(jaar, 41, '11-11'), toetsingsinkomen: 24_000, vermogen: 3_500 },
        huur: [{ kaleHuur: 695 }],
      },
      {
        definitiefInkomen: { toeslagpartner: 36_000 },
        definitievePartner: { geboortedatum: geb(jaar, 43, '01-27') },
        // The partner's income also makes the advance far too high.
        verwachteUitval: ['PARTNER_CONFLICT', 'HOGE_TERUGVORDERING'],
      },
    ),
    // ONTBREKENDE_GEGEVENS: the parent reports BSO hours, the provider reported nothing.
    bouw(
      i++,
      'eenoudergezin',
      {
        berekeningsjaar: jaar,
        aanvrager: { geboortedatum: geb(jaar, 39, '04-04'), toetsingsinkomen: 33_000, vermogen: 4_000 },
        kinderen: [{ geboortedatum: geb(jaar, 6, '09-09') }],
        huur: [{ kaleHuur: 655 }],
        kinderopvang: [{ kind: 0, soort: 'buitenschoolse-opvang', urenPerMaand: 45, uurprijs: 9.9 }],
      },
      { aanbieder: { 0: new Array<number>(12).fill(0) }, verwachteUitval: ['ONTBREKENDE_GEGEVENS'] },
    ),
    // VERMOGEN_RAND: a single renter with savings 2% below the huurtoeslag asset limit.
    bouw(
      i++,
      'alleenstaande',
      {
        berekeningsjaar: jaar,
        aanvrager: {
          geboortedatum: geb(jaar, 68, '07-19'),
          toetsingsinkomen: 23_500,
          vermogen: Math.floor(htGrens * 0.98),
          arbeidseis: false,
        },
        huur: [{ kaleHuur: 598.75 }],
      },
      { verwachteUitval: ['VERMOGEN_RAND'] },
    ),
    // VERMOGEN_RAND for partners: joint assets 1% below the zorgtoeslag limit for partners.
    bouw(
      i++,
      'paar',
      {
        berekeningsjaar: jaar,
        aanvrager: {
          geboortedatum: geb(jaar, 71, '02-05'),
          toetsingsinkomen: 24_000,
          vermogen: Math.floor(ztGrensPartners * 0.99 * 0.5),
          arbeidseis: false,
        },
        toeslagpartner: {
          geboortedatum: geb(jaar, 69, '10-15'),
          toetsingsinkomen: 14_000,
          vermogen: Math.floor(ztGrensPartners * 0.99 * 0.5),
          arbeidseis: false,
        },
      },
      { verwachteUitval: ['VERMOGEN_RAND'] },
    ),
    // Several at once: estimate far below last year and a much higher final income.
    bouw(
      i++,
      'paar-met-kinderen',
      {
        berekeningsjaar: jaar,
        aanvrager: { geboortedatum: geb(jaar, 37, '12-03'), toetsingsinkomen: 20_000, vermogen: 2_000 },
        toeslagpartner: {
          geboortedatum: geb(jaar, 35, '05-05'),
          toetsingsinkomen: 0,
          vermogen: 0,
          arbeidseis: false,
        },
        kinderen: [{ geboortedatum: geb(jaar, 10, '03-03') }, { geboortedatum: geb(jaar, 8, '04-04') }],
        huur: [{ kaleHuur: 735 }],
      },
      {
        definitiefInkomen: { aanvrager: 48_000, toeslagpartner: 12_000 },
        vorigJaarInkomen: 52_000,
        verwachteUitval: ['HOGE_TERUGVORDERING', 'SCHATTING_WIJKT_AF'],
      },
    ),
    // An ordinary household: nothing should be flagged.
    bouw(
      i++,
      'alleenstaande',
      {
        berekeningsjaar: jaar,
        aanvrager: { geboortedatum: geb(jaar, 29, '06-21'), toetsingsinkomen: 26_000, vermogen: 7_000 },
        huur: [{ kaleHuur: 672.5 }],
      },
      { definitiefInkomen: { aanvrager: 26_400 }, vorigJaarInkomen: 25_300, verwachteUitval: [] },
    ),
  ];
}

/** A small fixed set of households (berekeningsjaar 2026 unless given). */
export function vasteSet(naam: VasteSetNaam, jaar: Jaar = 2026): SynthetischHuishouden[] {
  switch (naam) {
    case 'demo':
      return demo(jaar, EERSTE_INDEX.demo);
    case 'uitzonderingen':
      return uitzonderingen(jaar, EERSTE_INDEX.uitzonderingen);
    default:
      throw new RangeError(`vasteSet: onbekende set ${String(naam)}`);
  }
}
