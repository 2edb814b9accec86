/**
 * @module
 * Example letters of every kind, filled from real computations of the law package for a synthetic
 * household (no real person): for tests, golden files and the benchmark.
 */
import { eurocent } from '@regelmaat/kernel';
import type { RegelingId, ToeslagResultaat } from '@regelmaat/law';
import { berekenHuishouden, normaliseer, parseHuishouden } from '@regelmaat/law';
import { type BerekeningOpties, toeslagBesluitUitResultaat } from '../model/berekening';
import type {
  Afzender,
  Betaling,
  Brief,
  BriefGegevens,
  GebruiktGegeven,
  ToeslagBesluit,
} from '../model/brief';

export const AFZENDER: Afzender = {
  naam: 'Dienst Toeslagen (simulatie)',
  bezwaaradres: { regels: ['Postbus 12345', '9999 ZZ Voorbeeldstad'] },
  bezwaarUrl: 'https://regelmaat.example/mijn-toeslagen/bezwaar',
  portaalUrl: 'https://regelmaat.example/mijn-toeslagen',
  telefoon: '0800 1234',
  bereikbaar: 'maandag tot en met vrijdag van 8.00 tot 17.00 uur',
};

const GEADRESSEERDE = {
  naam: 'S. de Vries',
  bsn: '123456782',
  adres: { regels: ['Lindelaan 14', '3512 AB Utrecht'] },
};

/** A single parent with one child, renting: zorgtoeslag, huurtoeslag and kindgebonden budget. */
export function berekening(jaar: number, inkomen: number): ToeslagResultaat[] {
  const p = parseHuishouden({
    berekeningsjaar: jaar,
    aanvrager: { geboortedatum: '1990-06-12', toetsingsinkomen: inkomen },
    kinderen: [{ geboortedatum: '2018-03-04' }],
    huur: [{ kaleHuur: 720 }],
  });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return berekenHuishouden(normaliseer(p.huishouden)).toeslagen.filter((t) => t.status === 'berekend');
}

const heelJaar = (jaar: number) => ({ van: `${jaar}-01-01`, totEnMet: `${jaar}-12-31` });

function gegevens(jaar: number, inkomen: number, bron: string): GebruiktGegeven[] {
  return [
    {
      omschrijving: `Uw inkomen in ${jaar} (toetsingsinkomen)`,
      waarde: `€ ${inkomen.toLocaleString('nl-NL')}`,
      bron,
    },
    { omschrijving: 'Toeslagpartner', waarde: 'geen', bron: 'Basisregistratie Personen' },
    {
      omschrijving: 'Kinderen in uw huis',
      waarde: '1 kind, geboren op 4 maart 2018',
      bron: 'Basisregistratie Personen',
    },
    { omschrijving: 'Kale huur per maand', waarde: '€ 720', bron: 'Door u doorgegeven' },
    { omschrijving: 'Vermogen op 1 januari', waarde: '€ 0', bron: 'Belastingdienst' },
  ];
}

/** Payments on the 20th of each month from `vanMaand` (1-12). */
function betalingen(jaar: number, toeslagen: readonly ToeslagBesluit[], vanMaand = 1): Betaling[] {
  const uit: Betaling[] = [];
  for (let m = vanMaand; m <= 12; m++)
    for (const t of toeslagen) {
      const bedrag = t.maandbedragen[m - 1]!;
      if (bedrag > 0)
        uit.push({ datum: `${jaar}-${String(m).padStart(2, '0')}-20`, regeling: t.regeling, bedrag });
    }
  return uit;
}

function brief(gegevens: BriefGegevens, briefdatum: string, id: string): Brief {
  return {
    sjabloon: { id: 'toeslagbrief', versie: 1 },
    beschikking: { id, versie: 1 },
    briefdatum,
    gegevens,
  };
}

export function voorschotBrief(opties: BerekeningOpties = {}, inkomen = 26_000): Brief {
  const toeslagen = berekening(2026, inkomen).map((t) =>
    toeslagBesluitUitResultaat(t, { periode: heelJaar(2026) }, opties),
  );
  return brief(
    {
      soort: 'voorschot',
      beschikkingsnummer: '2026.0001.0042',
      berekeningsjaar: 2026,
      geadresseerde: GEADRESSEERDE,
      afzender: AFZENDER,
      toeslagen,
      gegevens: gegevens(2026, inkomen, 'Door u geschat op 2 december 2025'),
      betalingen: betalingen(2026, toeslagen),
    },
    '2025-12-15',
    'besluit-voorschot-2026',
  );
}

export function wijzigingBrief(opties: BerekeningOpties = {}): Brief {
  const oud = new Map<RegelingId, ToeslagResultaat>(berekening(2026, 26_000).map((t) => [t.regeling, t]));
  // The new income counts for the whole year; the months already paid keep their old amount in a
  // real change, here the example changes from April on.
  const nieuw = berekening(2026, 31_000);
  const toeslagen = nieuw.map((t) => {
    const o = oud.get(t.regeling)!;
    const maandbedragen = t.maandbedragen.map((b, i) => (i < 3 ? o.maandbedragen[i]! : b));
    const jaarbedrag = eurocent(maandbedragen.reduce((a, b) => a + b, 0));
    return toeslagBesluitUitResultaat(
      { ...t, maandbedragen, jaarbedrag },
      {
        periode: heelJaar(2026),
        vorig: {
          jaarbedrag: o.jaarbedrag,
          maandbedragen: o.maandbedragen,
          reden: 'U heeft een nieuw inkomen doorgegeven: € 31.000 in plaats van € 26.000.',
        },
      },
      opties,
    );
  });
  return brief(
    {
      soort: 'wijziging',
      beschikkingsnummer: '2026.0001.0043',
      berekeningsjaar: 2026,
      geadresseerde: GEADRESSEERDE,
      afzender: AFZENDER,
      toeslagen,
      gegevens: gegevens(2026, 31_000, 'Door u doorgegeven op 2 maart 2026'),
      betalingen: betalingen(2026, toeslagen, 4),
    },
    '2026-03-09',
    'besluit-wijziging-2026',
  );
}

export function maatwerkBrief(opties: BerekeningOpties = {}, inkomen = 22_000): Brief {
  const toeslagen = berekening(2026, inkomen)
    .filter((t) => t.regeling === 'huurtoeslag')
    .map((t) => toeslagBesluitUitResultaat(t, { periode: heelJaar(2026) }, opties));
  return brief(
    {
      soort: 'maatwerk',
      beschikkingsnummer: '2026.0001.0044',
      berekeningsjaar: 2026,
      geadresseerde: GEADRESSEERDE,
      afzender: AFZENDER,
      toeslagen,
      gegevens: gegevens(2026, inkomen, 'Vastgesteld door een medewerker op 12 mei 2026'),
      betalingen: betalingen(2026, toeslagen, 6),
      maatwerk: {
        besluit: `Wij gaan voor 2026 uit van een inkomen van € ${inkomen.toLocaleString('nl-NL')}. Dat is lager dan wij eerst dachten.`,
        motivering:
          'U liet ons zien dat uw werk op 1 maart 2026 is gestopt. Daarom verwacht u minder inkomen in 2026. Wij vinden dat aannemelijk.',
        grond: [
          {
            citaat: 'Algemene wet inkomensafhankelijke regelingen, artikel 13b',
            url: 'https://wetten.overheid.nl/BWBR0018472/2026-05-15/#Artikel13b',
          },
        ],
      },
    },
    '2026-05-15',
    'besluit-maatwerk-2026',
  );
}

/** The definitive 2025 calculation: advance on `voorschotInkomen`, final on `inkomen`. */
export function definitieveBrief(
  voorschotInkomen: number,
  inkomen: number,
  opties: BerekeningOpties = {},
): Brief {
  const voorschot = new Map(berekening(2025, voorschotInkomen).map((t) => [t.regeling, t.jaarbedrag]));
  const toeslagen = berekening(2025, inkomen).map((t) => {
    const alBetaald = voorschot.get(t.regeling) ?? eurocent(0);
    return toeslagBesluitUitResultaat(
      t,
      {
        periode: heelJaar(2025),
        afrekening: { alBetaald, ...(t.jaarbedrag > alBetaald ? { betaaldatum: '2026-07-10' } : {}) },
      },
      opties,
    );
  });
  const nabetalingen: Betaling[] = toeslagen
    .filter((t) => t.jaarbedrag > t.afrekening!.alBetaald)
    .map((t) => ({
      datum: '2026-07-10',
      regeling: t.regeling,
      bedrag: eurocent(t.jaarbedrag - t.afrekening!.alBetaald),
    }));
  return brief(
    {
      soort: 'definitieve-berekening',
      beschikkingsnummer: `2025.0001.${voorschotInkomen < inkomen ? '0091' : '0092'}`,
      berekeningsjaar: 2025,
      geadresseerde: GEADRESSEERDE,
      afzender: AFZENDER,
      toeslagen,
      gegevens: gegevens(2025, inkomen, 'Belastingdienst: uw aanslag inkomstenbelasting 2025'),
      betalingen: nabetalingen,
    },
    '2026-06-19',
    `besluit-definitief-2025-${voorschotInkomen < inkomen ? 'terug' : 'na'}`,
  );
}

/** The same letter written with template version `versie` (data unchanged). */
export const inVersie = (b: Brief, versie: number): Brief => ({
  ...b,
  sjabloon: { id: b.sjabloon.id, versie },
});

/**
 * A definitive letter as version 2 data: each toeslag's settlement as the decision made it, with the
 * doelmatigheidsgrens (Awir art. 26a: € 121 for a settlement made in 2026) and no payment dates (the
 * template states the last day from the letter date). `verlaag` lowers a recovery (art. 26 lid 2).
 */
export function definitieveBriefV2(
  voorschotInkomen: number,
  inkomen: number,
  verlaag: (regeling: RegelingId, teVeel: number) => number = (_, teVeel) => teVeel,
): Brief {
  const b = definitieveBrief(voorschotInkomen, inkomen, { maxNiveau: 0 });
  const grens = 12_100;
  const toeslagen = b.gegevens.toeslagen.map((t) => {
    const teVeel = t.afrekening!.alBetaald - t.jaarbedrag;
    const terug = teVeel <= 0 ? 0 : teVeel <= grens ? 0 : verlaag(t.regeling, teVeel);
    return {
      ...t,
      afrekening: {
        alBetaald: t.afrekening!.alBetaald,
        ...(teVeel > 0 ? { terugTeVorderen: eurocent(terug) } : {}),
        doelmatigheidsgrens: eurocent(grens),
      },
    };
  });
  return inVersie({ ...b, gegevens: { ...b.gegevens, toeslagen, betalingen: [] } }, 2);
}

/** A change in December: every month is paid, the new year amount is lower than what was paid. */
export function decemberWijzigingBrief(): Brief {
  const b = wijzigingBrief({ maxNiveau: 0 });
  const nieuw = new Map(berekening(2026, 31_000).map((t) => [t.regeling, t.jaarbedrag]));
  // The months keep what was paid; the new year amount comes from the new income.
  const toeslagen = b.gegevens.toeslagen.map((t) => ({
    ...t,
    jaarbedrag: nieuw.get(t.regeling)!,
    maandbedragen: [...t.vorig!.maandbedragen],
  }));
  return inVersie(
    { ...b, briefdatum: '2026-12-21', gegevens: { ...b.gegevens, toeslagen, betalingen: [] } },
    2,
  );
}

/** Every kind, by a name used for golden files and the PNG pages. */
export function alleVoorbeelden(): Record<string, Brief> {
  return {
    voorschot: voorschotBrief(),
    wijziging: wijzigingBrief(),
    maatwerk: maatwerkBrief(),
    'definitief-nabetaling': definitieveBrief(36_000, 26_000),
    'definitief-terugvordering': definitieveBrief(24_000, 36_000),
  };
}
