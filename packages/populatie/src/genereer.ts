/**
 * @module
 * The population generator: household `index` of a population with `seed` for a berekeningsjaar.
 * Each household is drawn from its own random stream seeded by (seed, index, jaar), so a
 * population can be generated in parts, on several workers, or resumed, and household 123 is the
 * same wherever it is generated. No clock, no I/O, no Math.random.
 *
 * The model (figures in `statistieken.ts` with their sources, choices in `aannames.ts`):
 * 1. household type by the CBS shares [S41]; for households with children the number of children
 *    [S42] and their ages (a quarter adults living at home; children turn 18 during the year by
 *    their birth date; some are born during the year);
 * 2. per adult a gross income (2022 euros) from age and role: AOW and pension above the AOW age,
 *    students, workers (lognormal earnings), benefits; the sum over the household follows the
 *    CBS gross household income percentiles [S45] roughly. The toetsingsinkomen is that income
 *    indexed to the year, times a factor for what the verzamelinkomen leaves out;
 * 3. renting by type and income (42.9% of households [S47]), housing association or other landlord,
 *    kale huur around the published averages [S48][S49][S50]; some move during the year;
 * 4. savings lognormal around the median per type [S46], lower for renters, with a long tail so a
 *    small share exceeds the toeslag asset limits;
 * 5. partners arriving or leaving during the year for a few percent;
 * 6. childcare for children of working parents by age (day care, BSO, childminder), hours around
 *    the published means [S6], prices around the maximum hourly rates [S27][S51][S52];
 * 7. the final income against the estimate (most within ±5%, a tail far off), last year's income
 *    and the hours the childcare provider reports (mostly the parent's).
 */
import type { HuishoudenInvoer } from '@regelmaat/law';
import * as A from './aannames';
import { BSN_CAPACITEIT, syntheticBsn } from './bsn';
import { dagenInMaand, datum, eersteVan, overlapMaanden } from './datum';
import type { SynthetischHuishouden } from './huishouden';
import { Rng } from './rng';
import {
  HUISHOUDTYPEN,
  type HuishoudType,
  KINDEREN_EENOUDER,
  KINDEREN_PAAR,
  MAXIMUM_UURPRIJS,
  OPVANG_UREN,
  SPAARGELD_MEDIAAN,
  TYPE_AANDELEN,
} from './statistieken';

export type Jaar = 2025 | 2026;

/** BSN slots per household: applicant, partner and four others (children or medebewoners). */
export const PERSONEN_PER_HUISHOUDEN = 6;
/** Household indices that have distinct BSNs: 0 … 8,999,999. */
export const MAX_HUISHOUDENS = BSN_CAPACITEIT / PERSONEN_PER_HUISHOUDEN;
/** The last 1,000 household indices are reserved for the fixed sets (`vaste-sets.ts`). */
export const GERESERVEERDE_HUISHOUDENS = 1_000;
/** `genereerHuishouden` accepts indices 0 … MAX_GEGENEREERD − 1. */
export const MAX_GEGENEREERD = MAX_HUISHOUDENS - GERESERVEERDE_HUISHOUDENS;

/** The synthetic BSN of person `slot` (0 applicant, 1 partner, 2–5 others) of household `index`. */
export function huishoudenBsn(index: number, slot: number): string {
  if (slot < 0 || slot >= PERSONEN_PER_HUISHOUDEN) throw new RangeError(`slot ${slot} outside 0…5`);
  return syntheticBsn(index * PERSONEN_PER_HUISHOUDEN + slot);
}

interface Volwassene {
  leeftijd: number;
  geboortedatum: string;
  /** Gross income, 2022 euros. */
  bruto: number;
  /** Toetsingsinkomen in the berekeningsjaar, whole euros. */
  toets: number;
  arbeidseis: boolean;
}

interface Kind {
  /** Age on 1 January; −1 = born during the year. */
  leeftijd: number;
  maand: number;
  geboortedatum: string;
  bruto: number;
  toets: number;
  vermogen: number;
}

type Opvang = NonNullable<HuishoudenInvoer['kinderopvang']>[number];
type Huur = NonNullable<HuishoudenInvoer['huur']>[number];

const TYPE_GEWICHTEN = HUISHOUDTYPEN.map((t) => TYPE_AANDELEN[t]);
const LOG_SIGMA_CORRECTIE = Math.exp((-A.OPVANG_UREN_SIGMA * A.OPVANG_UREN_SIGMA) / 2);

/** The one generator, reseeded for every household (no allocation of generators). */
const r = new Rng();

function geheleEuros(x: number): number {
  const v = Math.round(x);
  return v === 0 ? 0 : Math.max(-10_000_000, Math.min(10_000_000, v)); // no −0
}

function centen(x: number): number {
  return Math.round(x * 100) / 100;
}

function leeftijdUitBanden(banden: readonly (readonly [number, number, number])[]): number {
  let totaal = 0;
  for (const b of banden) totaal += b[2];
  let u = r.volgende() * totaal;
  for (const b of banden) {
    u -= b[2];
    if (u < 0) return r.geheel(b[0], b[1]);
  }
  const laatste = banden[banden.length - 1]!;
  return r.geheel(laatste[0], laatste[1]);
}

/** A birth date such that the person is `leeftijd` on 1 January of `jaar` (−1: born in `jaar`). */
function geboortedatum(jaar: number, leeftijd: number, maand: number): string {
  const y = jaar - 1 - leeftijd;
  // Day 2 at the earliest, so that the age on 1 January is exactly `leeftijd`.
  return datum(y, maand, r.geheel(maand === 1 ? 2 : 1, dagenInMaand(y, maand)));
}

/** A random date in `jaar`, from the first of month `vanMaand` on (never 1 January): a change during the year. */
function datumInJaar(jaar: number, vanMaand = 1): string {
  const maand = r.geheel(vanMaand, 12);
  return datum(jaar, maand, r.geheel(maand === 1 ? 2 : 1, dagenInMaand(jaar, maand)));
}

function loonMediaan(leeftijd: number): number {
  for (const [tot, m] of A.LOON_MEDIAAN) if (leeftijd <= tot) return m;
  return A.LOON_MEDIAAN[A.LOON_MEDIAAN.length - 1]![1];
}

function volwassene(jaar: Jaar, leeftijd: number, rol: A.Rol): Volwassene {
  const index = A.INKOMEN_INDEX[jaar];
  let bruto = 0;
  let factor: number = A.TOETS_FACTOR.werk;
  let arbeidseis = false;
  if (leeftijd >= A.AOW_LEEFTIJD) {
    const paar = rol === 'hoofd' || rol === 'partner';
    bruto = paar ? A.AOW.paar : A.AOW.alleen;
    if (r.kans(A.PENSIOEN.kans)) {
      const mediaan =
        rol === 'hoofd'
          ? A.PENSIOEN.mediaanHoofd
          : rol === 'partner'
            ? A.PENSIOEN.mediaanPartner
            : A.PENSIOEN.mediaanAlleen;
      bruto += r.lognormaal(mediaan, A.PENSIOEN.sigma);
    }
    factor = A.TOETS_FACTOR.pensioen;
  } else if (
    leeftijd < 25 &&
    (rol === 'alleen' || rol === 'kind' || rol === 'medebewoner') &&
    r.kans(A.STUDENT.kans)
  ) {
    bruto = r.lognormaal(A.STUDENT.mediaan, A.STUDENT.sigma);
    arbeidseis = true;
  } else if (r.kans(A.KANS_WERK[rol])) {
    arbeidseis = true;
    bruto = r.lognormaal(loonMediaan(leeftijd) * A.LOON_ROL[rol], A.LOON_SIGMA);
    if (r.kans(A.VERLIES.kans)) bruto = -r.uniform(0, A.VERLIES.max);
  } else {
    factor = A.TOETS_FACTOR.uitkering;
    bruto =
      rol === 'partner' && r.kans(0.5) ? 0 : Math.max(0, r.normaal(A.UITKERING.mediaan, A.UITKERING.sd));
  }
  return {
    leeftijd,
    geboortedatum: geboortedatum(jaar, leeftijd, r.geheel(1, 12)),
    bruto,
    toets: geheleEuros(bruto * index * factor),
    arbeidseis,
  };
}

function kinderen(jaar: Jaar, eenouder: boolean): Kind[] {
  const soort = r.kies(eenouder ? KINDEREN_EENOUDER : KINDEREN_PAAR);
  const aantal = soort < 2 ? soort + 1 : r.kans(A.KANS_DRIE_KINDEREN) ? 3 : 4;
  let leeftijd = r.kies(eenouder ? A.JONGSTE_KIND_EENOUDER : A.JONGSTE_KIND_PAAR) - 1;
  const lijst: Kind[] = [];
  for (let i = 0; i < aantal; i++) {
    if (i > 0) leeftijd += 1 + r.kies(A.KIND_AFSTAND);
    const maand = r.geheel(1, 12);
    let bruto = 0;
    let toets = 0;
    if (leeftijd >= 18) {
      const v = volwassene(jaar, leeftijd, 'kind');
      bruto = v.bruto;
      toets = v.toets;
    } else if (leeftijd >= 15 && r.kans(A.BIJBAAN.kans)) {
      bruto = r.uniform(A.BIJBAAN.van, A.BIJBAAN.tot);
      toets = geheleEuros(bruto * A.INKOMEN_INDEX[jaar]);
    }
    let vermogen = 0;
    if (leeftijd >= 18) vermogen = geheleEuros(r.lognormaal(3_000, 1.2));
    else if (leeftijd >= 0 && r.kans(0.3)) vermogen = geheleEuros(r.lognormaal(1_500, 1));
    lijst.push({
      leeftijd,
      maand,
      geboortedatum: geboortedatum(jaar, leeftijd, maand),
      bruto,
      toets,
      vermogen,
    });
  }
  // Oldest first, as people list their children.
  return lijst.reverse();
}

function opvangUren(gemiddelde: number): number {
  const u = gemiddelde * LOG_SIGMA_CORRECTIE * Math.exp(A.OPVANG_UREN_SIGMA * r.normaal());
  return centen(Math.max(4, Math.min(230, u)));
}

/** Soort 0 dagopvang, 1 BSO, 2 gastouder. */
function opvangContract(
  jaar: Jaar,
  kind: number,
  soort: 0 | 1 | 2,
  gemiddeldeUren: number,
  vanafMaand: number,
  totMaand: number,
): Opvang {
  const [mediaan, sigma] =
    soort === 0 ? A.OPVANG_PRIJS.dagopvang : soort === 1 ? A.OPVANG_PRIJS.bso : A.OPVANG_PRIJS.gastouder;
  const contract: Opvang = {
    kind,
    soort: soort === 0 ? 'dagopvang' : soort === 1 ? 'buitenschoolse-opvang' : 'gastouderopvang',
    urenPerMaand: opvangUren(gemiddeldeUren),
    uurprijs: centen(MAXIMUM_UURPRIJS[jaar][soort] * r.lognormaal(mediaan, sigma)),
  };
  if (vanafMaand > 1) contract.vanaf = eersteVan(jaar, vanafMaand);
  if (totMaand <= 12) contract.tot = eersteVan(jaar, totMaand);
  if (r.kans(A.KANS_NIET_GEREGISTREERD)) contract.geregistreerd = false;
  return contract;
}

function kinderopvang(jaar: Jaar, lijst: readonly Kind[]): Opvang[] {
  const K = A.OPVANG_KANS;
  const uit: Opvang[] = [];
  for (let i = 0; i < lijst.length; i++) {
    const k = lijst[i]!;
    const a = k.leeftijd;
    if (a === -1) {
      const start = k.maand + A.OPVANG_START_NA_GEBOORTE;
      if (start > 12) continue;
      const u = r.volgende();
      if (u < K.dagopvang) uit.push(opvangContract(jaar, i, 0, OPVANG_UREN.dagopvang, start, 13));
      else if (u < K.dagopvang + K.gastouderJong)
        uit.push(opvangContract(jaar, i, 2, OPVANG_UREN.gastouder0tot3, start, 13));
    } else if (a <= 2) {
      const u = r.volgende();
      if (u < K.dagopvang) uit.push(opvangContract(jaar, i, 0, OPVANG_UREN.dagopvang, 1, 13));
      else if (u < K.dagopvang + K.gastouderJong)
        uit.push(opvangContract(jaar, i, 2, OPVANG_UREN.gastouder0tot3, 1, 13));
    } else if (a === 3) {
      // Turns 4 during the year: day care until the month after the birthday, then BSO.
      const u = r.volgende();
      const wissel = k.maand + 1;
      if (u < K.dagopvang) {
        uit.push(opvangContract(jaar, i, 0, OPVANG_UREN.dagopvang, 1, wissel));
        if (wissel <= 12 && r.kans(K.bsoNaDagopvang))
          uit.push(opvangContract(jaar, i, 1, OPVANG_UREN.bso, wissel, 13));
      } else if (u < K.dagopvang + K.gastouderJong)
        uit.push(opvangContract(jaar, i, 2, OPVANG_UREN.gastouder0tot3, 1, 13));
    } else if (a <= 11) {
      const u = r.volgende();
      if (u < K.bso) uit.push(opvangContract(jaar, i, 1, OPVANG_UREN.bso, 1, 13));
      else if (u < K.bso + K.gastouderOud)
        uit.push(opvangContract(jaar, i, 2, OPVANG_UREN.gastouder4tot11, 1, 13));
    } else if (a === 12 && r.kans(K.bsoLaatsteJaar)) {
      // Until the end of primary school in the summer.
      uit.push(opvangContract(jaar, i, 1, OPVANG_UREN.bso, 1, 8));
    }
  }
  return uit;
}

function aanbiederUren(jaar: Jaar, o: Opvang): number[] {
  const maanden = overlapMaanden(jaar, o.vanaf, o.tot);
  const van = maanden.indexOf(true);
  const tot = maanden.lastIndexOf(true) + 1;
  const rij = new Array<number>(12).fill(0);
  const u = r.volgende();
  if (van < 0 || u < A.AANBIEDER.ontbreekt) return rij;
  const alle = u < A.AANBIEDER.ontbreekt + A.AANBIEDER.alleMaanden;
  const enkele = !alle && u < A.AANBIEDER.ontbreekt + A.AANBIEDER.alleMaanden + A.AANBIEDER.enkeleMaanden;
  const factorAlle = alle ? r.uniform(1.05, 1.25) : 1;
  for (let m = van; m < tot; m++) {
    let uren = o.urenPerMaand * factorAlle;
    if (enkele && r.kans(0.25)) uren *= r.uniform(0.7, 1.3);
    rij[m] = centen(Math.min(744, uren));
  }
  if (enkele && van < tot) {
    // At least one month differs.
    const m = r.geheel(van, tot - 1);
    rij[m] = centen(o.urenPerMaand * (r.kans(0.5) ? 0.8 : 1.2));
  }
  return rij;
}

/** Final income from the estimate, by the household's scenario (see SCHATTING_SCENARIO). */
function definitief(schatting: number, scenario: number, groot: boolean): number {
  if (groot) {
    if (r.kans(0.55))
      return geheleEuros(
        schatting > 5_000 ? schatting * r.uniform(1.5, 3) : schatting + r.uniform(10_000, 35_000),
      );
    return geheleEuros(schatting * r.uniform(0.2, 0.6));
  }
  if (schatting === 0) return 0;
  switch (scenario) {
    case 0:
      return geheleEuros(schatting * (1 + r.normaal(0.005, 0.018)));
    case 1:
      return geheleEuros(schatting * (1 + r.normaal(0.02, 0.06)));
    default:
      return geheleEuros(schatting * r.lognormaal(1.05, 0.3));
  }
}

function huur(jaar: Jaar, type: HuishoudType, bruto: number, jong: boolean, student: boolean): Huur[] {
  const p = A.HUUR_BASIS[type]!;
  const ratio = Math.max(bruto, 1_000) / A.HUUR_REFERENTIE[type]!;
  const odds = (p / (1 - p)) * ratio ** -A.HUUR_INKOMEN;
  if (!r.kans(odds / (1 + odds))) return [];
  if (jong && student && r.kans(A.KAMER_JONGEREN)) {
    return [{ kaleHuur: centen(r.uniform(300, 560)), zelfstandig: false }];
  }
  const c = A.CORPORATIE_AANDEEL;
  const cOdds = (c / (1 - c)) * ratio ** -A.CORPORATIE_INKOMEN;
  const corporatie = r.kans(cOdds / (1 + cOdds));
  const kaleHuur = corporatie
    ? centen(
        Math.max(
          300,
          Math.min(
            1_000,
            r.normaal(
              A.HUUR_CORPORATIE_GEM[jaar] * ratio ** A.HUUR_ELASTICITEIT.corporatie,
              A.HUUR_SD.corporatie,
            ),
          ),
        ),
      )
    : centen(
        Math.max(
          350,
          Math.min(
            2_500,
            r.normaal(A.HUUR_OVERIG_GEM[jaar] * ratio ** A.HUUR_ELASTICITEIT.overig, A.HUUR_SD.overig),
          ),
        ),
      );
  const eerste: Huur = { kaleHuur };
  if (corporatie && r.kans(0.5)) eerste.servicekosten = centen(r.uniform(10, 60));
  const u = r.volgende();
  if (u < A.KANS_VERHUIZING) {
    const wissel = datumInJaar(jaar);
    eerste.tot = wissel;
    const tweede: Huur = { kaleHuur: centen(kaleHuur * r.uniform(0.8, 1.3)), vanaf: wissel };
    return [eerste, tweede];
  }
  if (u < A.KANS_VERHUIZING + A.KANS_NIEUWE_HUUR) eerste.vanaf = datumInJaar(jaar);
  return [eerste];
}

function persoonInvoer(v: Volwassene, vermogen: number) {
  return {
    geboortedatum: v.geboortedatum,
    toetsingsinkomen: v.toets,
    vermogen,
    arbeidseis: v.arbeidseis,
  };
}

/**
 * Household `index` (0 ≤ index < MAX_GEGENEREERD) of the population with `seed` in `jaar`. The same
 * arguments always give the same household.
 */
export function genereerHuishouden(seed: number, index: number, jaar: Jaar): SynthetischHuishouden {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_GEGENEREERD)
    throw new RangeError(`genereerHuishouden: index ${index} outside 0…${MAX_GEGENEREERD - 1}`);
  if (jaar !== 2025 && jaar !== 2026)
    throw new RangeError(`genereerHuishouden: jaar ${jaar} is not 2025 or 2026`);
  r.zaai(seed, index, jaar);
  const type = HUISHOUDTYPEN[r.kies(TYPE_GEWICHTEN)]!;

  // 1. People.
  let aanvrager: Volwassene;
  let partner: Volwassene | null = null;
  let kids: Kind[] = [];
  const mede: Volwassene[] = [];
  switch (type) {
    case 'alleenstaande':
      aanvrager = volwassene(jaar, leeftijdUitBanden(A.LEEFTIJD_ALLEENSTAANDE), 'alleen');
      break;
    case 'paar': {
      const leeftijd = leeftijdUitBanden(A.LEEFTIJD_PAAR);
      aanvrager = volwassene(jaar, leeftijd, 'hoofd');
      partner = volwassene(jaar, Math.max(18, Math.round(leeftijd + r.normaal(-1, 3))), 'partner');
      break;
    }
    case 'paar-met-kinderen': {
      kids = kinderen(jaar, false);
      const oudste = kids[0]!.leeftijd;
      const leeftijd = Math.min(95, Math.max(oudste + 18, 19, Math.round(oudste + r.normaal(31, 4.5))));
      aanvrager = volwassene(jaar, leeftijd, 'hoofd');
      partner = volwassene(
        jaar,
        Math.min(97, Math.max(oudste + 17, 18, Math.round(leeftijd + r.normaal(-1.5, 3)))),
        'partner',
      );
      break;
    }
    case 'eenoudergezin': {
      kids = kinderen(jaar, true);
      const oudste = kids[0]!.leeftijd;
      aanvrager = volwassene(
        jaar,
        Math.min(95, Math.max(oudste + 18, 19, Math.round(oudste + r.normaal(30, 5)))),
        'ouder-alleen',
      );
      break;
    }
    default: {
      aanvrager = volwassene(jaar, leeftijdUitBanden(A.LEEFTIJD_OVERIG), 'alleen');
      const n = r.kans(A.KANS_EEN_MEDEBEWONER) ? 1 : 2;
      for (let i = 0; i < n; i++)
        mede.push(volwassene(jaar, leeftijdUitBanden(A.LEEFTIJD_OVERIG), 'medebewoner'));
    }
  }

  // 2. Partner changes during the year; a partner the citizen does not report.
  let partnerVanaf: string | undefined;
  let partnerTot: string | undefined;
  let verzwegen: Volwassene | null = null;
  if (
    partner === null &&
    (type === 'alleenstaande' || type === 'eenoudergezin') &&
    aanvrager.leeftijd >= 18
  ) {
    const u = r.volgende();
    const leeftijd = Math.max(18, Math.round(aanvrager.leeftijd + r.normaal(0, 4)));
    if (u < A.KANS_PARTNER_ERBIJ) {
      partner = volwassene(jaar, leeftijd, 'partner');
      partnerVanaf = datumInJaar(jaar, 2);
    } else if (u < A.KANS_PARTNER_ERBIJ + A.KANS_VERZWEGEN_PARTNER) {
      verzwegen = volwassene(jaar, leeftijd, 'partner');
    }
  } else if (partner !== null && r.kans(A.KANS_PARTNER_WEG)) {
    partnerTot = datumInJaar(jaar, 2);
  }

  // 3. Income of the household (gross, 2022 euros).
  let bruto = aanvrager.bruto + (partner && partnerVanaf === undefined ? partner.bruto : 0);
  for (const k of kids) bruto += k.bruto;
  for (const m of mede) bruto += m.bruto;

  // 4. Housing.
  const huurInvoer = huur(
    jaar,
    type,
    bruto,
    aanvrager.leeftijd < 23,
    aanvrager.leeftijd < 25 && aanvrager.bruto < 15_000,
  );

  // 5. Savings.
  const mediaan =
    aanvrager.leeftijd >= 65
      ? SPAARGELD_MEDIAAN.hoofd65Plus
      : type === 'alleenstaande' || type === 'overig'
        ? SPAARGELD_MEDIAAN.alleenstaande
        : type === 'eenoudergezin'
          ? SPAARGELD_MEDIAAN.eenoudergezin
          : type === 'paar-met-kinderen'
            ? SPAARGELD_MEDIAAN.paarMetKinderen
            : SPAARGELD_MEDIAAN.alle;
  const woonFactor = huurInvoer.length > 0 ? A.VERMOGEN_HUURDER : A.VERMOGEN_EIGENAAR;
  const spaargeld = r.lognormaal(mediaan * woonFactor * A.VERMOGEN_INDEX, A.VERMOGEN_SIGMA);
  const deelAanvrager = partner && partnerVanaf === undefined ? r.uniform(0.3, 0.7) : 1;
  const vermogenAanvrager = geheleEuros(spaargeld * deelAanvrager);
  const vermogenPartner = partner
    ? partnerVanaf === undefined
      ? geheleEuros(spaargeld - vermogenAanvrager)
      : geheleEuros(r.lognormaal(SPAARGELD_MEDIAAN.alleenstaande * woonFactor, A.VERMOGEN_SIGMA))
    : 0;

  // 6. The estimate as the citizen gives it.
  const schatting: HuishoudenInvoer = {
    berekeningsjaar: jaar,
    aanvrager: persoonInvoer(aanvrager, vermogenAanvrager),
    kinderen: kids.map((k) => {
      const kind: NonNullable<HuishoudenInvoer['kinderen']>[number] = {
        geboortedatum: k.geboortedatum,
        toetsingsinkomen: k.toets,
        vermogen: k.vermogen,
      };
      if (k.leeftijd >= 18) kind.kinderbijslag = false;
      if (k.leeftijd < 0) kind.vanaf = k.geboortedatum;
      return kind;
    }),
    medebewoners: mede.map((m) => ({
      geboortedatum: m.geboortedatum,
      toetsingsinkomen: m.toets,
      vermogen: geheleEuros(r.lognormaal(5_000, 1.2)),
    })),
    huur: huurInvoer,
    kinderopvang: [],
  };
  if (partner) {
    const p: NonNullable<HuishoudenInvoer['toeslagpartner']> = persoonInvoer(partner, vermogenPartner);
    if (r.kans(A.KANS_ONVERZEKERD)) p.zorgverzekering = 'geen';
    if (partnerVanaf) p.vanaf = partnerVanaf;
    if (partnerTot) p.tot = partnerTot;
    schatting.toeslagpartner = p;
  }

  // 7. Childcare, when the parents work or study.
  const opvang =
    kids.length > 0 && aanvrager.arbeidseis && (partner === null || partner.arbeidseis)
      ? kinderopvang(jaar, kids)
      : [];
  schatting.kinderopvang = opvang;
  const opvangUrenAanbieder = opvang.map((o) => aanbiederUren(jaar, o));

  // 8. What is known after the year: final incomes and last year's income.
  const scenario = r.kies(A.SCHATTING_SCENARIO);
  const groot = scenario === 3;
  const definitiefInkomen: SynthetischHuishouden['definitiefInkomen'] = {
    aanvrager: definitief(aanvrager.toets, scenario, groot),
    medebewoners: mede.map((m) => definitief(m.toets, groot ? 0 : scenario, false)),
  };
  if (partner) definitiefInkomen.toeslagpartner = definitief(partner.toets, groot ? 0 : scenario, false);
  if (verzwegen) definitiefInkomen.toeslagpartner = definitief(verzwegen.toets, 0, false);

  const h: SynthetischHuishouden = {
    index,
    type,
    bsnAanvrager: huishoudenBsn(index, 0),
    bsnKinderen: kids.map((_, i) => huishoudenBsn(index, 2 + i)),
    bsnMedebewoners: mede.map((_, i) => huishoudenBsn(index, 2 + i)),
    schatting,
    definitiefInkomen,
    opvangUrenAanbieder,
    brutoInkomen2022: Math.round(bruto),
  };
  if (partner || verzwegen) h.bsnPartner = huishoudenBsn(index, 1);
  if (verzwegen) h.definitievePartner = { geboortedatum: verzwegen.geboortedatum };
  if (aanvrager.leeftijd >= 19 && !r.kans(A.VORIG_JAAR.ontbreekt)) {
    const samen =
      definitiefInkomen.aanvrager +
      (partner && partnerVanaf === undefined ? (definitiefInkomen.toeslagpartner ?? 0) : 0);
    const sigma = r.kans(A.VORIG_JAAR.staart) ? A.VORIG_JAAR.staartSigma : A.VORIG_JAAR.sigma;
    h.vorigJaarInkomen = geheleEuros((samen / A.VORIG_JAAR.groei) * r.lognormaal(1, sigma));
  }
  return h;
}

/** Households `van` … `tot − 1` of the population with `seed` (lazily, one at a time). */
export function* genereerPopulatie(
  seed: number,
  jaar: Jaar,
  aantal: number,
  van = 0,
): Generator<SynthetischHuishouden> {
  for (let i = van; i < van + aantal; i++) yield genereerHuishouden(seed, i, jaar);
}
