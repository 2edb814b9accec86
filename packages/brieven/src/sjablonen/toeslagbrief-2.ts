/**
 * @module
 * Template "toeslagbrief", version 2: the decision letter for the toeslagen in B1 Dutch (Direct
 * Duidelijk: the outcome first, short sentences, "u", questions as headings). One template for the
 * four kinds: voorschot (Awir art. 16 lid 1), wijziging (art. 16 lid 5), maatwerk outcome, and the
 * definitieve berekening with nabetaling (art. 24) or terugvordering (art. 26).
 *
 * What changed since version 1 (whose letters keep rendering with it):
 * - the definitive calculation settles as the decision did: a recovery at or below the
 *   doelmatigheidsgrens is not collected and the letter says so with the amount (Awir art. 26a), a
 *   lowered recovery (art. 26 lid 2) states both amounts; a back-payment is paid within four weeks
 *   (art. 24 lid 1) and a recovery is paid within six weeks (art. 28 lid 1), each with its last day;
 * - "Wanneer betalen wij?" no longer says only "Met dit besluit betalen wij niets aan u" when every
 *   month is already paid: it says what was paid and that a difference with the year amount is
 *   settled in the definitive calculation after the year (Awir art. 24 lid 2).
 * It states the legal basis (Awb 3:46/3:47) and the rights clause (Awb 3:45): objection within six
 * weeks from the day after the letter date (Awir art. 35), how and where. The calculation appendix
 * repeats the decision's own explanation.
 * Do not change this file's output once letters exist: make version 3 instead.
 */
import { MONTH_NAMES } from '@regelmaat/kernel';
import type { Blok, Document, Tekstdeel } from '../document/document';
import { datum, euro, inZin, opsomming } from '../document/opmaak';
import type { Brief, BriefGegevens, BriefSoort, ToeslagBesluit, Wetsverwijzing } from '../model/brief';
import { uiterlijkeNabetaling, uiterlijkeTerugbetaling } from '../termijn/betaaltermijnen';
import { bezwaartermijn } from '../termijn/bezwaartermijn';
import type { Sjabloon } from './sjabloon';
import { BEZWAAR_GRONDSLAG, BEZWAAR_OOK_TERUGVORDERING, soortGrondslag, verwijs } from './wetten';

const AWIR = { wet: 'Algemene wet inkomensafhankelijke regelingen', bwb: 'BWBR0018472' } as const;

const TITELS: Record<BriefSoort, (jaar: number) => string> = {
  voorschot: (j) => `Voorschot toeslagen ${j}`,
  wijziging: (j) => `Wijziging van uw toeslagen ${j}`,
  maatwerk: (j) => `Besluit over uw toeslagen ${j} na extra beoordeling`,
  'definitieve-berekening': (j) => `Definitieve berekening toeslagen ${j}`,
};

const kop = (niveau: 1 | 2 | 3, tekst: string): Blok => ({ soort: 'kop', niveau, tekst });
const alinea = (...delen: Tekstdeel[]): Blok => ({ soort: 'alinea', delen });

/** The one amount paid in every month with a payment, or undefined when the months differ. */
function vastMaandbedrag(t: ToeslagBesluit): number | undefined {
  const betaald = t.maandbedragen.filter((b) => b !== 0);
  if (betaald.length === 0) return 0;
  return betaald.every((b) => b === betaald[0]) ? betaald[0] : undefined;
}

function perMaand(t: ToeslagBesluit): string {
  const vast = vastMaandbedrag(t);
  return vast === undefined ? 'verschilt per maand' : euro(vast);
}

/**
 * How the year settles: `bedrag` is what is paid or recovered, `teVeel` what was advanced too much.
 * A recovery the decision set at nil (Awir art. 26a) is `niet-ingevorderd`; one set lower than what
 * was paid too much (art. 26 lid 2) is a `terugvordering` with `bedrag` < `teVeel`.
 */
type Afloop = {
  soort: 'nabetaling' | 'terugvordering' | 'niet-ingevorderd' | 'geen-verschil';
  bedrag: number;
  teVeel: number;
};

function afloop(t: ToeslagBesluit): Afloop {
  const verschil = t.jaarbedrag - (t.afrekening?.alBetaald ?? 0);
  if (verschil > 0) return { soort: 'nabetaling', bedrag: verschil, teVeel: 0 };
  if (verschil === 0) return { soort: 'geen-verschil', bedrag: 0, teVeel: 0 };
  const teVeel = -verschil;
  const terug = t.afrekening?.terugTeVorderen ?? teVeel;
  return terug === 0
    ? { soort: 'niet-ingevorderd', bedrag: 0, teVeel }
    : { soort: 'terugvordering', bedrag: terug, teVeel };
}

/** The definitive decision's settlements of one kind (an empty list for other kinds of letter). */
function afloopVan(g: BriefGegevens, soort: Afloop['soort']): Afloop[] {
  return g.soort === 'definitieve-berekening' ? g.toeslagen.map(afloop).filter((a) => a.soort === soort) : [];
}

function besluitVoorschot(g: BriefGegevens, intro: string): Blok[] {
  const namen = g.toeslagen.filter((t) => t.jaarbedrag > 0).map((t) => inZin(t.naam));
  return [
    alinea(intro),
    namen.length
      ? alinea(
          `U krijgt een voorschot voor ${opsomming(namen)}. `,
          'Een voorschot is geld dat wij u elke maand alvast betalen. ',
          `Na afloop van ${g.berekeningsjaar} berekenen wij hoeveel u echt krijgt.`,
        )
      : alinea(`U krijgt geen voorschot voor ${g.berekeningsjaar}.`),
    {
      soort: 'tabel',
      kolommen: ['Toeslag', 'Per maand', `Voor heel ${g.berekeningsjaar}`],
      rijen: g.toeslagen.map((t) => [t.naam, perMaand(t), euro(t.jaarbedrag)]),
      rechts: [false, true, true],
      breedtes: [3, 2, 2],
    },
    ...g.toeslagen
      .filter((t) => t.jaarbedrag === 0)
      .map((t) => alinea(`U krijgt geen ${inZin(t.naam)}. In de bijlage 'Berekening' leest u waarom.`)),
  ];
}

function vanafZin(t: ToeslagBesluit): string | undefined {
  const oud = t.vorig?.maandbedragen;
  if (!oud) return undefined;
  const eerste = t.maandbedragen.findIndex((b, i) => b !== oud[i]);
  if (eerste < 0) return `Uw bedrag per maand voor de ${inZin(t.naam)} blijft hetzelfde.`;
  const rest = t.maandbedragen.slice(eerste);
  if (rest.every((b) => b === 0)) return `Vanaf ${MONTH_NAMES[eerste]} krijgt u geen ${inZin(t.naam)} meer.`;
  if (rest.every((b) => b === rest[0]))
    return `Vanaf ${MONTH_NAMES[eerste]} krijgt u ${euro(rest[0]!)} per maand ${inZin(t.naam)}.`;
  return `Vanaf ${MONTH_NAMES[eerste]} verandert uw bedrag per maand voor de ${inZin(t.naam)}. Bij 'Wanneer betalen wij?' ziet u de bedragen.`;
}

function besluitWijziging(g: BriefGegevens): Blok[] {
  const blokken: Blok[] = [
    alinea(
      `Wij hebben uw ${opsomming(g.toeslagen.map((t) => inZin(t.naam)))} voor ${g.berekeningsjaar} opnieuw berekend. `,
      'In deze tabel ziet u het bedrag voor het hele jaar: eerst en nu.',
    ),
    {
      soort: 'tabel',
      kolommen: ['Toeslag', 'Eerst', 'Nu', 'Verschil'],
      rijen: g.toeslagen.map((t) => {
        const oud = t.vorig?.jaarbedrag ?? 0;
        const v = t.jaarbedrag - oud;
        return [
          t.naam,
          euro(oud),
          euro(t.jaarbedrag),
          v === 0 ? 'geen' : `${v > 0 ? 'meer' : 'minder'}: ${euro(Math.abs(v))}`,
        ];
      }),
      rechts: [false, true, true, true],
      breedtes: [3, 2, 2, 3],
    },
  ];
  for (const t of g.toeslagen) {
    const z = vanafZin(t);
    if (z) blokken.push(alinea(z));
  }
  blokken.push(kop(2, 'Wat is er veranderd?'));
  const redenen = [...new Set(g.toeslagen.map((t) => t.vorig?.reden).filter((r) => r !== undefined))];
  if (redenen.length === 1) blokken.push(alinea(redenen[0]!));
  else
    for (const t of g.toeslagen) if (t.vorig) blokken.push(alinea({ sterk: `${t.naam}: ` }, t.vorig.reden));
  return blokken;
}

function besluitDefinitief(g: BriefGegevens): Blok[] {
  const blokken: Blok[] = [
    alinea(
      `Wij hebben uw ${opsomming(g.toeslagen.map((t) => inZin(t.naam)))} over ${g.berekeningsjaar} definitief berekend. `,
      `Nu weten wij hoeveel u over ${g.berekeningsjaar} krijgt. `,
      'Wij vergelijken dat met het voorschot dat u al kreeg.',
    ),
    {
      soort: 'tabel',
      kolommen: ['Toeslag', 'U krijgt over het jaar', 'U kreeg al', 'Verschil'],
      rijen: g.toeslagen.map((t) => {
        const a = afloop(t);
        const tekst =
          a.soort === 'nabetaling'
            ? `u krijgt nog ${euro(a.bedrag)}`
            : a.soort === 'terugvordering'
              ? `u betaalt ${euro(a.bedrag)} terug`
              : a.soort === 'niet-ingevorderd'
                ? `${euro(a.teVeel)} te veel, u betaalt niets terug`
                : 'geen';
        return [t.naam, euro(t.jaarbedrag), euro(t.afrekening?.alBetaald ?? 0), tekst];
      }),
      rechts: [false, true, true, true],
      breedtes: [3, 2, 2, 3],
    },
  ];
  for (const t of g.toeslagen) {
    const a = afloop(t);
    const naam = inZin(t.naam);
    if (a.soort === 'nabetaling') {
      blokken.push(alinea(`U krijgt nog ${euro(a.bedrag)} ${naam}.`));
    } else if (a.soort === 'terugvordering') {
      blokken.push(
        alinea(
          `U heeft ${euro(a.teVeel)} te veel ${naam} gekregen. `,
          a.bedrag === a.teVeel
            ? 'Dit bedrag moet u terugbetalen.'
            : `Wij vinden het niet redelijk om alles terug te vragen. U betaalt ${euro(a.bedrag)} terug.`,
        ),
      );
    } else if (a.soort === 'niet-ingevorderd') {
      const grens = t.afrekening?.doelmatigheidsgrens;
      blokken.push(
        alinea(
          `U heeft ${euro(a.teVeel)} te veel ${naam} gekregen. `,
          grens === undefined
            ? 'Dit bedrag is zo klein dat u het niet hoeft terug te betalen.'
            : `Dat is niet meer dan ${euro(grens)}. Daarom hoeft u dit niet terug te betalen.`,
        ),
      );
    } else {
      blokken.push(alinea(`U kreeg precies genoeg ${naam}. U hoeft daarvoor niets te doen.`));
    }
  }
  const terug = afloopVan(g, 'terugvordering');
  if (terug.length > 1)
    blokken.push(alinea(`In totaal betaalt u ${euro(terug.reduce((s, a) => s + a.bedrag, 0))} terug.`));
  return blokken;
}

/** What was done with the person's view before the recovery (Awir art. 26b). */
function zienswijzeBlokken(g: BriefGegevens): Blok[] {
  const z = g.zienswijze;
  if (!z || g.soort !== 'definitieve-berekening') return [];
  const gevraagd = 'Voordat wij besloten, vroegen wij u wat u vond van het bedrag dat wij terugvragen. ';
  if (z.uitkomst === 'verlaagd')
    return [
      kop(2, 'Wat deden wij met uw reactie?'),
      alinea(
        gevraagd,
        'Wij hebben uw reactie meegewogen. Daardoor vragen wij voor een andere toeslag minder terug. Daarover krijgt u een apart besluit. ',
        'Voor de toeslag in deze brief verandert het bedrag niet.',
      ),
    ];
  return [
    kop(2, 'Wat deden wij met uw reactie?'),
    z.gereageerd
      ? alinea(
          gevraagd,
          'U heeft gereageerd. Wij hebben uw reactie gelezen en meegewogen. ',
          'Uw reactie verandert het bedrag niet. Dit is de reden:',
        )
      : alinea(
          gevraagd,
          `U kon reageren tot en met ${datum(z.reagerenUiterlijk)}. Wij kregen geen reactie. `,
          'Daarom blijft het bedrag hetzelfde. Wij schreven daarbij op:',
        ),
    alinea(z.motivering),
  ];
}

function besluitMaatwerk(g: BriefGegevens): Blok[] {
  const m = g.maatwerk!;
  return [
    alinea('Wij hebben uw situatie extra bekeken. ', m.besluit),
    ...besluitVoorschot(g, 'Dit zijn nu uw bedragen.').slice(1),
    kop(2, 'Waarom hebben wij dit besloten?'),
    alinea(m.motivering),
  ];
}

function gegevensBlokken(g: BriefGegevens): Blok[] {
  return [
    kop(2, 'Welke gegevens hebben wij gebruikt?'),
    alinea('Wij hebben deze gegevens gebruikt. Kijk of ze kloppen.'),
    {
      soort: 'tabel',
      kolommen: ['Gegeven', 'Waarde', 'Waar het vandaan komt'],
      rijen: g.gegevens.map((x) => [x.omschrijving, x.waarde, x.bron]),
      breedtes: [3, 2, 3],
    },
    kop(3, 'Klopt er iets niet?'),
    alinea(
      'Geef de juiste gegevens dan zo snel mogelijk aan ons door. Dat kan op ',
      { link: g.afzender.portaalUrl, tekst: g.afzender.portaalUrl },
      '. Wij berekenen uw toeslag dan opnieuw. Zo krijgt u niet te veel of te weinig.',
    ),
  ];
}

/** "Wanneer betalen wij?" of an advance, change or maatwerk letter with nothing left to pay. */
function nietsMeerTeBetalen(g: BriefGegevens): Blok[] {
  const blokken: Blok[] = [kop(2, 'Wanneer betalen wij?')];
  const jaar = g.berekeningsjaar;
  for (const t of g.toeslagen) {
    const naam = inZin(t.naam);
    const betaald = t.maandbedragen.reduce((s, b) => s + b, 0);
    const verschil = t.jaarbedrag - betaald;
    if (betaald === 0 && t.jaarbedrag === 0) {
      blokken.push(alinea(`U krijgt geen ${naam} over ${jaar}. Wij betalen u daarom niets.`));
      continue;
    }
    const al =
      betaald === 0
        ? `Wij hebben u over ${jaar} nog geen ${naam} betaald. `
        : `Wij hebben u over ${jaar} al ${euro(betaald)} ${naam} betaald. `;
    blokken.push(
      alinea(
        al,
        verschil === 0
          ? `Dat is het bedrag voor heel ${jaar}. Met dit besluit betalen wij u niets meer.`
          : verschil < 0
            ? `Dat is ${euro(-verschil)} meer dan het bedrag voor heel ${jaar}.`
            : `Voor heel ${jaar} krijgt u ${euro(verschil)} meer dan wij al betaalden.`,
      ),
    );
    if (verschil !== 0)
      blokken.push(
        alinea(
          `Wij betalen dit jaar geen voorschot meer. Na afloop van ${jaar} berekenen wij uw toeslag definitief. `,
          verschil < 0
            ? 'Dan hoort u of u het verschil moet terugbetalen.'
            : 'Dan hoort u hoeveel wij u nog betalen.',
        ),
      );
  }
  return blokken;
}

/** When we pay a back-payment, and when the person pays a recovery (definitive calculation). */
function vereffenBlokken(brief: Brief): Blok[] {
  const g = brief.gegevens;
  const blokken: Blok[] = [kop(2, 'Wanneer betalen wij?')];
  const na = g.toeslagen.filter((t) => afloop(t).soort === 'nabetaling');
  if (na.length === 0) {
    const alBetaald = g.toeslagen.reduce((s, t) => s + (t.afrekening?.alBetaald ?? 0), 0);
    blokken.push(
      alinea(
        alBetaald > 0
          ? `Met dit besluit betalen wij u niets meer over ${g.berekeningsjaar}.`
          : 'Met dit besluit betalen wij niets aan u.',
      ),
    );
  } else {
    for (const t of na) {
      const wanneer = t.afrekening?.betaaldatum ?? uiterlijkeNabetaling(brief.briefdatum);
      blokken.push(
        alinea(
          `Wij betalen u ${euro(afloop(t).bedrag)} ${inZin(t.naam)} uiterlijk op ${datum(wanneer)}. `,
          'Wij zetten het geld op uw rekening.',
        ),
      );
    }
  }
  const terug = afloopVan(g, 'terugvordering');
  if (terug.length > 0) {
    const totaal = terug.reduce((s, a) => s + a.bedrag, 0);
    blokken.push(
      kop(2, 'Wanneer moet u terugbetalen?'),
      alinea(
        `Betaal ${euro(totaal)} uiterlijk op ${datum(uiterlijkeTerugbetaling(brief.briefdatum))}. `,
        'Dat is 6 weken na de datum van deze brief.',
      ),
      alinea(
        'Kunt u niet alles in één keer betalen? Dan kunt u in delen betalen. ',
        `Bel ons daarvoor op ${g.afzender.telefoon}.`,
      ),
    );
  }
  return blokken;
}

function betaalBlokken(brief: Brief): Blok[] {
  const g = brief.gegevens;
  if (g.soort === 'definitieve-berekening') return vereffenBlokken(brief);
  if (g.betalingen.length === 0) return nietsMeerTeBetalen(g);
  // One row per payment date, one column per toeslag in the letter.
  const kolommen = g.toeslagen.filter((t) => g.betalingen.some((b) => b.regeling === t.regeling));
  const perDatum = new Map<string, Map<string, number>>();
  for (const b of g.betalingen) {
    const rij = perDatum.get(b.datum) ?? new Map<string, number>();
    rij.set(b.regeling, (rij.get(b.regeling) ?? 0) + b.bedrag);
    perDatum.set(b.datum, rij);
  }
  const datums = [...perDatum.keys()].sort();
  return [
    kop(2, 'Wanneer betalen wij?'),
    alinea('Wij betalen op deze dagen op uw rekening:'),
    {
      soort: 'tabel',
      kolommen: ['Datum', ...kolommen.map((t) => t.naam)],
      rijen: datums.map((d) => [
        datum(d),
        ...kolommen.map((t) => {
          const bedrag = perDatum.get(d)!.get(t.regeling);
          return bedrag === undefined ? '–' : euro(bedrag);
        }),
      ]),
      rechts: [false, ...kolommen.map(() => true)],
      breedtes: [3, ...kolommen.map(() => 2)],
    },
  ];
}

function bezwaarBlokken(brief: Brief): Blok[] {
  const g = brief.gegevens;
  const t = bezwaartermijn(brief.briefdatum);
  const laatste = datum(t.laatsteDag);
  const verlengd = t.verlengdOmdat
    ? [
        alinea(
          `Zes weken na de datum van deze brief is ${datum(t.zesWekenNaBriefdatum)}. `,
          `Dat is een ${t.verlengdOmdat.split(', ')[0]}. Daarom heeft u tot en met ${laatste}.`,
        ),
      ]
    : [];
  const terug = afloopVan(g, 'terugvordering').length > 0;
  return [
    kop(2, 'Bent u het niet eens met dit besluit?'),
    alinea(
      'Dan kunt u bezwaar maken. U heeft daarvoor 6 weken de tijd. ',
      'Die tijd begint op de dag na de datum van deze brief. ',
      { sterk: `Uw bezwaar moet uiterlijk op ${laatste} bij ons zijn.` },
    ),
    ...verlengd,
    alinea('Zo maakt u bezwaar:'),
    {
      soort: 'lijst',
      items: [
        ['Online: ga naar ', { link: g.afzender.bezwaarUrl, tekst: g.afzender.bezwaarUrl }, '.'],
        [`Per post: stuur een brief naar ${g.afzender.naam}, ${g.afzender.bezwaaradres.regels.join(', ')}.`],
      ],
    },
    alinea(
      'Schrijf in uw bezwaar uw naam en adres, de datum en het beschikkingsnummer ',
      `${g.beschikkingsnummer}. Schrijf ook waarom u het niet eens bent met het besluit. `,
      'Stuurt u een brief? Zet er dan uw handtekening onder.',
    ),
    alinea(
      `Stuurt u uw bezwaar per post? Dan is het ook op tijd als u het uiterlijk op ${laatste} op de post doet. `,
      'Wij moeten het dan wel binnen een week daarna krijgen.',
    ),
    ...(terug
      ? [
          alinea(
            'Maakt u bezwaar tegen de berekening? Dan geldt dat ook voor het bedrag dat u moet terugbetalen.',
          ),
        ]
      : []),
  ];
}

/** "Wet op de zorgtoeslag, artikel 2, lid 1" → law and article; other citations stay whole. */
function wetEnArtikel(w: Wetsverwijzing, metLid: boolean): { wet: string; artikel?: string } {
  const m = /^(.+?), artikel ([^,]+)(?:, lid (\w+))?/.exec(w.citaat);
  if (!m) return { wet: w.citaat };
  return { wet: m[1]!, artikel: metLid && m[3] ? `${m[2]} lid ${m[3]}` : m[2]! };
}

/** One list item per law: "Wet op de zorgtoeslag: artikel 1, 2 en 3", each article a link. */
function perWet(verwijzingen: readonly Wetsverwijzing[], metLid = false): Tekstdeel[][] {
  const wetten = new Map<string, Map<string, Wetsverwijzing>>();
  for (const w of verwijzingen) {
    const { wet, artikel } = wetEnArtikel(w, metLid);
    const artikelen = wetten.get(wet) ?? new Map<string, Wetsverwijzing>();
    const sleutel = artikel ?? '';
    if (!artikelen.has(sleutel)) artikelen.set(sleutel, w);
    wetten.set(wet, artikelen);
  }
  return [...wetten].map(([wet, artikelen]) => {
    const delen = [...artikelen]
      .filter(([a]) => a !== '')
      .sort(([a], [b]) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b));
    const items: Tekstdeel[] = delen.map(([a, w]) => (w.url ? { link: w.url, tekst: a } : a));
    const lijst = items.flatMap((d, i) => (i === 0 ? [d] : [i === items.length - 1 ? ' en ' : ', ', d]));
    if (delen.length === 0) return [wet];
    return [`${wet}: ${delen.length === 1 ? 'artikel' : 'artikelen'} `, ...lijst];
  });
}

const SOORT_ZIN: Record<BriefSoort, string> = {
  voorschot: 'Dit besluit gaat over een voorschot',
  wijziging: 'Dit besluit verandert uw voorschot',
  maatwerk: 'Dit besluit verandert uw voorschot na extra beoordeling',
  'definitieve-berekening': 'Dit besluit is de definitieve berekening',
};

function grondslagBlokken(brief: Brief): Blok[] {
  const g = brief.gegevens;
  const d = brief.briefdatum;
  const afl = g.toeslagen.map(afloop);
  const soort = soortGrondslag(
    g.soort,
    afl.some((a) => a.soort === 'nabetaling'),
    // A recovery set at nil (Awir art. 26a) is still a recovery decision (art. 26).
    afl.some((a) => a.soort === 'terugvordering' || a.soort === 'niet-ingevorderd'),
  ).map((r) => verwijs(r, d));
  const terug = g.soort === 'definitieve-berekening' && afl.some((a) => a.soort === 'terugvordering');
  // Version 2: the payment term of a recovery, and the doelmatigheidsgrens where it applied.
  if (terug) soort.push(verwijs({ ...AWIR, artikel: '28', lid: '1' }, d));
  if (g.soort === 'definitieve-berekening' && afl.some((a) => a.soort === 'niet-ingevorderd'))
    soort.push(verwijs({ ...AWIR, artikel: '26a', lid: '1' }, d));
  if (g.soort === 'definitieve-berekening' && g.zienswijze)
    soort.push(verwijs({ ...AWIR, artikel: '26b' }, d));
  const bezwaar = [...BEZWAAR_GRONDSLAG, ...(terug ? [BEZWAAR_OOK_TERUGVORDERING] : [])].map((r) =>
    verwijs(r, d),
  );
  return [
    kop(2, 'Op welke regels is dit besluit gebaseerd?'),
    alinea(`${SOORT_ZIN[g.soort]}. Daarvoor geldt:`),
    { soort: 'lijst', items: perWet(soort, true) },
    ...(g.maatwerk
      ? [
          alinea('Voor de extra beoordeling gebruikten wij:'),
          { soort: 'lijst', items: perWet(g.maatwerk.grond, true) } as Blok,
        ]
      : []),
    alinea('Voor de bedragen gebruikten wij deze wetsartikelen:'),
    { soort: 'lijst', items: perWet(g.toeslagen.flatMap((t) => t.grondslag)) },
    alinea("In de bijlage 'Berekening' staat bij elke stap welk artikel wij gebruikten."),
    alinea('Voor bezwaar en de termijn gelden:'),
    { soort: 'lijst', items: perWet(bezwaar) },
  ];
}

function bijlage(g: BriefGegevens): Blok[] {
  const blokken: Blok[] = [
    { soort: 'nieuwe-pagina' },
    kop(2, 'Bijlage: Berekening'),
    alinea('Hier ziet u hoe wij uw toeslagen hebben berekend. Bij elke stap staat het wetsartikel.'),
  ];
  for (const t of g.toeslagen)
    for (const deel of t.berekening) {
      blokken.push(kop(3, deel.titel), {
        soort: 'tabel',
        kolommen: ['Onderdeel', 'Uitkomst', 'Uitleg en wetsartikel'],
        rijen: deel.regels.map((r) => [
          `${'– '.repeat(r.niveau)}${r.onderdeel}`,
          r.waarde,
          `${r.uitleg} (${r.wet.citaat})`,
        ]),
        rechts: [false, true, false],
        breedtes: [3, 1.6, 5],
      });
    }
  return blokken;
}

/** The period the decision covers: one sentence, or one per toeslag when they differ. */
function periodeZin(g: BriefGegevens): Blok {
  const tekst = (t: ToeslagBesluit) => `${datum(t.periode.van)} tot en met ${datum(t.periode.totEnMet)}`;
  const periodes = [...new Set(g.toeslagen.map(tekst))];
  if (periodes.length === 1) return alinea(`Dit besluit gaat over de periode van ${periodes[0]}.`);
  return alinea(
    `Dit besluit gaat over deze periodes: ${g.toeslagen.map((t) => `${inZin(t.naam)} van ${tekst(t)}`).join('; ')}.`,
  );
}

/** The decision's blocks with the period sentence at the end of its first section. */
function metPeriode(besluit: readonly Blok[], zin: Blok): Blok[] {
  const i = besluit.findIndex((b) => b.soort === 'kop');
  return i < 0 ? [...besluit, zin] : [...besluit.slice(0, i), zin, ...besluit.slice(i)];
}

function bouw(brief: Brief): Document {
  const g = brief.gegevens;
  const titel = TITELS[g.soort](g.berekeningsjaar);
  const besluit =
    g.soort === 'voorschot'
      ? besluitVoorschot(g, `Wij hebben uw voorschot voor ${g.berekeningsjaar} berekend.`)
      : g.soort === 'wijziging'
        ? besluitWijziging(g)
        : g.soort === 'maatwerk'
          ? besluitMaatwerk(g)
          : besluitDefinitief(g);
  const blokken: Blok[] = [
    {
      soort: 'regels',
      regels: [
        [`Datum: ${datum(brief.briefdatum)}`],
        [`Beschikkingsnummer: ${g.beschikkingsnummer}`],
        [`Burgerservicenummer: ${g.geadresseerde.bsn}`],
      ],
    },
    kop(1, titel),
    alinea(`Beste ${g.geadresseerde.naam},`),
    kop(2, 'Wat hebben wij besloten?'),
    ...metPeriode(besluit, periodeZin(g)),
    ...zienswijzeBlokken(g),
    ...(g.gegevens.length ? gegevensBlokken(g) : []),
    ...betaalBlokken(brief),
    ...bezwaarBlokken(brief),
    ...grondslagBlokken(brief),
    kop(2, 'Heeft u vragen?'),
    alinea(
      'Kijk op ',
      { link: g.afzender.portaalUrl, tekst: g.afzender.portaalUrl },
      `. Of bel ons op ${g.afzender.telefoon}, ${g.afzender.bereikbaar}. `,
      'Houd dan het beschikkingsnummer bij de hand.',
    ),
    { soort: 'regels', regels: [['Met vriendelijke groet,'], [g.afzender.naam]] },
    ...bijlage(g),
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
    // The same for every letter of this kind and year: a footer that differs per letter makes every
    // page's layout unique (Typst then reuses nothing; a one-page letter cost ~4 ms more CPU).
    voettekst: titel,
  };
}

const STIJL = `#set text(lang: "nl", region: "NL", font: "Fira Sans", size: 10.5pt, fallback: false, hyphenate: false)
#set page(paper: "a4", margin: (top: 2cm, bottom: 2.4cm, left: 2.4cm, right: 2cm), footer: context [
  #set text(size: 8pt, fill: luma(80))
  #voettekst #h(1fr) #"Pagina " #counter(page).display() #" van " #counter(page).final().first()
])
#set par(leading: 0.62em, spacing: 1.05em)
#show heading: set text(weight: "semibold")
#show heading.where(level: 1): set text(size: 17pt)
#show heading.where(level: 1): set block(above: 1.6em, below: 1.1em)
#show heading.where(level: 2): set text(size: 12.5pt)
#show heading.where(level: 2): set block(above: 1.5em, below: 0.75em)
#show heading.where(level: 3): set text(size: 11pt)
#show heading.where(level: 3): set block(above: 1.3em, below: 0.65em)
#show link: set text(fill: rgb("#154273"))
#show link: underline
#set table(stroke: 0.5pt + luma(170), inset: (x: 5pt, y: 4pt))
#show table.cell.where(y: 0): set text(weight: "semibold")
#set table(fill: (_, y) => if y == 0 { luma(238) })
#set list(indent: 0.4em, spacing: 0.8em)`;

export const TOESLAGBRIEF_2: Sjabloon = {
  id: 'toeslagbrief',
  versie: 2,
  omschrijving:
    'Definitieve berekening volgens de vereffening (doelmatigheidsgrens, betaaltermijnen); betaalalinea legt de verrekening van betaalde maanden uit.',
  bouw,
  typstStijl: STIJL,
};
