/**
 * @module
 * Filling a decision's letter (`Brief` of @regelmaat/brieven) from the decision's own stored snapshot:
 * its row, the version it replaced, the dossier as known at its `bekend_op`, the law's explanation of
 * that dossier (the "Berekening" appendix), what was advanced (definitive) and the maatwerk decision
 * it follows. Nothing here reads the clock or today's dossier, so filling the same decision again
 * gives the same letter.
 */
import type { BeschikkingVersie } from '@regelmaat/beschikking';
import {
  type Betaling,
  type Brief,
  type BriefSoort,
  datum,
  euro,
  type GebruiktGegeven,
  toeslagBesluitUitResultaat,
  type VorigBesluit,
} from '@regelmaat/brieven';
import type { DossierHuishouden, Feit } from '@regelmaat/dossier';
import { citeLaw, eurocent, eurosToCents } from '@regelmaat/kernel';
import type { ToeslagResultaat } from '@regelmaat/law';
import type { Maatwerkbesluit } from '@regelmaat/zaken';
import { grondslagMetId } from '@regelmaat/zaken';
import { AFZENDER, SJABLOON } from './afzender';

/**
 * Free text typed by a person (the maatwerk motivation, a place of residence) as the letter's fonts can show it: Fira Sans
 * has Latin, Greek and Cyrillic, and PDF/UA refuses a character no embedded font has. Anything else
 * (emoji, other scripts, control characters) becomes "?", so every stored letter can be rendered.
 */
export function lettertypeVeilig(tekst: string): string {
  return tekst.replace(
    /[^\n\u0020-\u007e\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u2010-\u2027\u2030-\u205e\u20ac]/gu,
    '?',
  );
}

/** The kind of letter a decision version gets. */
export function briefSoortVan(
  b: Pick<BeschikkingVersie, 'soort' | 'aanleiding'> & { vorigeId?: number | string | null },
): BriefSoort {
  if (b.aanleiding === 'maatwerk') return 'maatwerk';
  if (b.soort === 'definitief') return 'definitieve-berekening';
  // A change that gives a toeslag for the first time (no earlier decision) is a first advance, not
  // a change of one: its letter cannot name a previous decision.
  const gewijzigd = b.aanleiding === 'wijziging' || b.aanleiding === 'bezwaar';
  return gewijzigd && b.vorigeId !== undefined && b.vorigeId !== null ? 'wijziging' : 'voorschot';
}

/** The letter date (dagtekening): the day the decision was made. */
export const briefdatumVan = (b: Pick<BeschikkingVersie, 'aangemaaktOp'>): string =>
  b.aangemaaktOp.slice(0, 10);

/** The number printed on the letter: year, household and decision id. */
export function beschikkingsnummer(b: Pick<BeschikkingVersie, 'jaar' | 'huishoudenId' | 'id'>): string {
  return `${b.jaar}.${String(b.huishoudenId).padStart(6, '0')}.${String(b.id).padStart(7, '0')}`;
}

const BRON: Record<Feit['bron'], string> = {
  burger: 'Door u doorgegeven',
  brp: 'Basisregistratie Personen',
  belastingdienst: 'Belastingdienst',
  aanbieder: 'Uw kinderopvang',
  verhuurder: 'Uw verhuurder',
  zorgverzekeraar: 'Uw zorgverzekeraar',
  behandelaar: 'Vastgesteld door een medewerker',
};

/** The newest fact of a kind known at `moment` (the decision's snapshot), for its source. */
function bronVan(feiten: readonly Feit[], soort: Feit['soort'], moment: string, bsn?: string): string {
  let best: Feit | undefined;
  for (const f of feiten)
    if (
      f.soort === soort &&
      (bsn === undefined || f.persoonBsn === bsn) &&
      f.geregistreerdOp <= moment &&
      (!f.vervallenOp || f.vervallenOp > moment) &&
      (!best || f.geregistreerdOp >= best.geregistreerdOp)
    )
      best = f;
  return best ? BRON[best.bron] : 'Niet bekend: wij zijn uitgegaan van de standaardwaarde';
}

const euroUit = (euros: number) => euro(eurosToCents(euros));

/** The data the decision used, for the person to check. */
export function gebruikteGegevens(
  d: DossierHuishouden,
  feiten: readonly Feit[],
  b: Pick<BeschikkingVersie, 'jaar' | 'soort' | 'bekendOp'>,
): GebruiktGegeven[] {
  const h = d.invoer;
  const inkomenSoort = b.soort === 'definitief' ? 'inkomen_definitief' : 'inkomen_schatting';
  const uit: GebruiktGegeven[] = [
    {
      omschrijving: `Uw inkomen in ${b.jaar} (toetsingsinkomen)`,
      waarde: euroUit(h.aanvrager.toetsingsinkomen),
      bron: bronVan(feiten, inkomenSoort, b.bekendOp, d.bsn.aanvrager),
    },
  ];
  const p = h.toeslagpartner;
  uit.push(
    p
      ? {
          omschrijving: `Inkomen van uw toeslagpartner in ${b.jaar}`,
          waarde: euroUit(p.toetsingsinkomen),
          bron: bronVan(feiten, inkomenSoort, b.bekendOp, d.bsn.toeslagpartner),
        }
      : { omschrijving: 'Toeslagpartner', waarde: 'geen', bron: 'Basisregistratie Personen' },
  );
  const kinderen = h.kinderen ?? [];
  uit.push({
    omschrijving: 'Kinderen in uw huis',
    waarde:
      kinderen.length === 0 ? 'geen' : kinderen.map((k) => `geboren op ${datum(k.geboortedatum)}`).join('; '),
    bron: 'Basisregistratie Personen',
  });
  const huur = h.huur?.at(-1);
  if (huur)
    uit.push({
      omschrijving: 'Kale huur per maand',
      waarde: euroUit(huur.kaleHuur),
      bron: bronVan(feiten, 'huur', b.bekendOp),
    });
  uit.push({
    omschrijving: 'Uw vermogen op 1 januari',
    waarde: euroUit(h.aanvrager.vermogen ?? 0),
    bron: bronVan(feiten, 'vermogen', b.bekendOp, d.bsn.aanvrager),
  });
  return uit;
}

/** The payment date of a month's advance: around the 20th of the month before. */
export function betaaldatum(jaar: number, maand: number): string {
  return maand === 1 ? `${jaar - 1}-12-20` : `${jaar}-${String(maand - 1).padStart(2, '0')}-20`;
}

/** The advances still to pay after the letter date, one per month with an amount. */
export function betalingenNa(b: BeschikkingVersie, briefdatum: string): Betaling[] {
  if (b.soort !== 'voorschot') return [];
  const uit: Betaling[] = [];
  b.maandbedragen.forEach((bedrag, i) => {
    const d = betaaldatum(b.jaar, i + 1);
    if (bedrag > 0 && d > briefdatum) uit.push({ datum: d, regeling: b.regeling, bedrag });
  });
  return uit;
}

const REDEN_WIJZIGING: Record<string, string> = {
  inkomen: 'U heeft een nieuw inkomen doorgegeven.',
  huur: 'U heeft een nieuwe huur doorgegeven.',
  verhuizing: 'U heeft een verhuizing doorgegeven.',
  kinderopvang: 'U heeft een wijziging in de kinderopvang doorgegeven.',
  partner: 'U heeft een nieuwe toeslagpartner doorgegeven.',
};

/** Why a version changed, in B1, from what the version recorded. */
export function redenVan(b: BeschikkingVersie): string {
  if (b.aanleiding === 'maatwerk')
    return 'Een medewerker heeft uw situatie bekeken en een besluit op maat genomen.';
  if (b.aanleiding === 'zienswijze')
    return b.toelichting === 'zienswijze: geen reactie binnen de termijn'
      ? 'Wij vroegen u eerst om uw mening over het bedrag dat wij terugvragen. Wij kregen geen reactie. Daarom beslissen wij nu.'
      : 'Wij vroegen u eerst om uw mening over het bedrag dat wij terugvragen. Wij hebben uw reactie gelezen en meegewogen.';
  if (b.aanleiding === 'bezwaar')
    return 'U heeft bezwaar gemaakt. Wij hebben uw bezwaar bekeken en geven u (voor een deel) gelijk.';
  const soort = b.toelichting?.match(/^wijziging doorgegeven: (\w+)/)?.[1];
  return (soort && REDEN_WIJZIGING[soort]) ?? 'U heeft een wijziging doorgegeven.';
}

export interface BriefBron {
  beschikking: BeschikkingVersie;
  /** 1 + the number of versions before this one. */
  versieNummer: number;
  vorige?: BeschikkingVersie;
  /** The law's outcome from the dossier as known then, with its explanation. */
  berekening: ToeslagResultaat;
  dossier: DossierHuishouden;
  feiten: readonly Feit[];
  /** For a definitive decision: the advances it was settled against (eurocents). */
  alBetaald?: number;
  /**
   * For a definitive decision: what its settlement recovers (0 at or below the doelmatigheidsgrens,
   * Awir art. 26a) and that grens, as the decision's own law has it (template version 2).
   */
  terugvordering?: { terugTeVorderen: number; doelmatigheidsgrens?: number };
  maatwerk?: Maatwerkbesluit;
  /** A definitive decision that went out after a zienswijze (aanleiding 'zienswijze'): how it was decided. */
  zienswijze?: {
    gereageerd: boolean;
    reagerenUiterlijk: string;
    uitkomst: 'ongewijzigd' | 'verlaagd';
    motivering: string;
  };
}

/** The letter of a decision version, as data. */
export function vulBrief(x: BriefBron): Brief {
  const b = x.beschikking;
  const soort = briefSoortVan(b);
  const briefdatum = briefdatumVan(b);
  const vorig: VorigBesluit | undefined = x.vorige
    ? { jaarbedrag: x.vorige.jaarbedrag, maandbedragen: x.vorige.maandbedragen, reden: redenVan(b) }
    : undefined;
  const toeslag = toeslagBesluitUitResultaat(
    // The decision's own amounts: a change keeps months already paid, maatwerk its decided amount.
    { ...x.berekening, jaarbedrag: b.jaarbedrag, maandbedragen: [...b.maandbedragen] },
    {
      periode: { van: `${b.jaar}-01-01`, totEnMet: `${b.jaar}-12-31` },
      ...(vorig && b.soort === 'voorschot' ? { vorig } : {}),
      ...(b.soort === 'definitief'
        ? {
            afrekening: {
              alBetaald: eurocent(x.alBetaald ?? 0),
              ...(x.terugvordering && (x.alBetaald ?? 0) > b.jaarbedrag
                ? { terugTeVorderen: eurocent(x.terugvordering.terugTeVorderen) }
                : {}),
              ...(x.terugvordering?.doelmatigheidsgrens === undefined
                ? {}
                : { doelmatigheidsgrens: eurocent(x.terugvordering.doelmatigheidsgrens) }),
            },
          }
        : {}),
    },
  );
  const m = x.maatwerk;
  const grond = m ? grondslagMetId(m.grondslag) : undefined;
  return {
    sjabloon: SJABLOON,
    beschikking: { id: String(b.id), versie: x.versieNummer },
    briefdatum,
    gegevens: {
      soort,
      beschikkingsnummer: beschikkingsnummer(b),
      berekeningsjaar: b.jaar,
      geadresseerde: {
        // The dossier holds no names or street addresses (data minimisation): the letter greets
        // neutrally and prints the place of residence.
        naam: 'heer of mevrouw',
        bsn: x.dossier.bsn.aanvrager,
        adres: { regels: [woonplaatsVan(x.feiten, b.bekendOp)] },
      },
      afzender: AFZENDER,
      toeslagen: [toeslag],
      gegevens: gebruikteGegevens(x.dossier, x.feiten, b),
      betalingen: betalingenNa(b, briefdatum),
      ...(x.zienswijze && b.soort === 'definitief'
        ? { zienswijze: { ...x.zienswijze, motivering: lettertypeVeilig(x.zienswijze.motivering) } }
        : {}),
      ...(m
        ? {
            maatwerk: {
              besluit: `Wij stellen uw ${toeslag.naam.toLowerCase()} voor ${b.jaar} vast op ${euro(eurocent(m.afwijking.bedrag))}. Volgens de standaardregels was dat ${euro(eurocent(m.standaardUitkomst.bedrag))}.`,
              motivering: lettertypeVeilig(m.afweging),
              grond: grond ? [{ citaat: citeLaw(grond.ref), url: grond.url }] : [],
            },
          }
        : {}),
    },
  };
}

export function woonplaatsVan(feiten: readonly Feit[], moment: string): string {
  let best: Feit<'adres'> | undefined;
  for (const f of feiten)
    if (f.soort === 'adres' && f.geregistreerdOp <= moment && (!f.vervallenOp || f.vervallenOp > moment))
      if (!best || (f.geldigVanaf ?? '') >= (best.geldigVanaf ?? '')) best = f as Feit<'adres'>;
  return lettertypeVeilig(best?.waarde.woonplaats ?? 'Nederland');
}
