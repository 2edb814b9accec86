/**
 * @module
 * Huurtoeslag — Wet op de huurtoeslag (BWBR0008659) and Besluit huurtoeslag (BWBR0008763),
 * computed per month (Berekening huurtoeslag 2026). What differs per method is in 2025.ts and
 * 2026.ts (chosen by the dated parameter `methode`, see methode.ts).
 *
 * 2025 (methode 1): normhuur = a·Y² + b·Y (at least the minimum normhuur; the minimum below the
 * minimum-inkomensijkpunt), basishuur = normhuur − verlaging eigen bijdrage; no huurtoeslag above
 * the maximale huurgrens; a household all under 23 without a child gets none above the
 * kwaliteitskortingsgrens. Servicekosten count up to € 48.
 * 2026 (methode 2): fixed basishuur, rekenhuur = kale huur capped at the maximale huurgrens (the
 * kwaliteitskortingsgrens for a household all under 21 without a child), and a linear
 * inkomenscorrectie above the inkomensijkpunt.
 * Both: A = 100% up to the kwaliteitskortingsgrens, B = 65% up to the aftoppingsgrens, C = 40% above.
 * Y = joint toetsingsinkomen of applicant, partner and medebewoners; children under 23 only above
 * the vrijstelling (Awir art. 7).
 */
import { step, type Trace } from '@regelmaat/engine';
import { ageOnFirstOfMonth, MICRO_PER_CENT } from '@regelmaat/kernel';
import type { Regeling } from '../regeling';
import { inMaand, leeftijdsgrensBereikt, overgangen } from '../situatie/maanden';
import type { Situatie } from '../situatie/situatie';
import type { Wetgeving } from '../wetgeving';
import { HT_2025, METHODE_2025 } from './2025';
import { HT_2026, METHODE_2026 } from './2026';
import type { HuurtoeslagMethode, HuurtoeslagParameters } from './methode';
import { HUURTOESLAG_SPEC } from './spec';
import { HT } from './stappen';

export type { HuurtoeslagParameters } from './methode';

export interface HuurtoeslagFeiten {
  leeftijd: number;
  zelfstandig: boolean;
  rechtmatigVerblijf: boolean;
  heeftPartner: boolean;
  kaleHuur: number;
  servicekosten: number;
  personen: number;
  oudste: number;
  heeftKind: boolean;
  /** Income of applicant, partner and adult medebewoners (eurocents). */
  inkomenVolwassenen: number;
  /** Income of each child living at home (eurocents) and the child's age on 1 January. */
  kindInkomen: number[];
  kindLeeftijd: number[];
  aantalKindInkomens: number;
  vermogen: number;
  vermogenMedebewoner: number;
}

const min = Math.min;
const max = Math.max;

/** The formula: the monthly amount in microcents for one month's situation. */
export function huurtoeslag(f: HuurtoeslagFeiten, p: HuurtoeslagParameters, t: Trace | null): number {
  const methode: HuurtoeslagMethode = p.methode === 2 ? METHODE_2026 : METHODE_2025;
  const leeftijd = step(t, HT.leeftijd, f.leeftijd);
  const meerderjarig = step(t, HT.meerderjarig, leeftijd >= p.meerderjarig);
  const zelfstandig = step(t, HT.zelfstandig, f.zelfstandig);
  const verblijf = step(t, HT.verblijf, f.rechtmatigVerblijf);
  step(t, HT.partner, f.heeftPartner);
  const vermogen = step(t, HT.vermogen, f.vermogen);
  const grens = step(
    t,
    HT.vermogensgrens,
    f.heeftPartner ? p.vermogensgrens_partners : p.vermogensgrens_per_persoon,
  );
  const vermogenMb = step(t, HT.vermogenMedebewoner, f.vermogenMedebewoner);
  const vermogenOk = step(t, HT.vermogenOk, vermogen <= grens && vermogenMb <= p.vermogensgrens_per_persoon);

  const personen = step(t, HT.personen, f.personen);
  const eenpersoons = personen === 1;
  step(t, HT.oudste, f.oudste);
  const jongeren = step(t, HT.jongeren, f.oudste < p.jongerengrens && !f.heeftKind);
  step(t, HT.kaleHuur, f.kaleHuur);
  step(t, HT.servicekosten, f.servicekosten);
  const rekenhuur = step(t, HT.rekenhuur, f.kaleHuur + min(f.servicekosten, p.max_servicekosten));
  const huurgrens = jongeren ? p.kwaliteitskortingsgrens : p.maximale_huurgrens;
  // 2025: a rent above the limit excludes (Wht art. 13); from 2026 it only caps the rekenhuur.
  const huurgrensOk = methode.huurgrensOk(rekenhuur, huurgrens, t);
  const recht = step(t, HT.recht, meerderjarig && zelfstandig && verblijf && vermogenOk && huurgrensOk);
  if (!recht) return step(t, HT.bedrag, 0);

  const huur = step(t, HT.gemaximeerd, min(rekenhuur, huurgrens));
  let inkomen = f.inkomenVolwassenen;
  for (let i = 0; i < f.aantalKindInkomens; i++) {
    const k = f.kindInkomen[i]!;
    inkomen +=
      f.kindLeeftijd[i]! < p.leeftijd_vrijstelling_kind ? max(0, k - p.vrijstelling_inkomen_kind) : k;
  }
  inkomen = step(t, HT.inkomen, inkomen);

  const basishuur = methode.basishuur(inkomen, eenpersoons, p, t);

  const kkg = p.kwaliteitskortingsgrens;
  const aft = step(t, HT.aftoppingsgrens, personen <= 2 ? p.aftoppingsgrens_laag : p.aftoppingsgrens_hoog);
  const deelA = step(t, HT.deelA, max(0, min(huur, kkg) - basishuur) * MICRO_PER_CENT);
  const deelB = step(t, HT.deelB, max(0, min(huur, aft) - max(basishuur, kkg)) * p.percentage_b);
  const deelC = step(t, HT.deelC, max(0, huur - max(basishuur, aft)) * p.percentage_c);
  const correctie = methode.inkomenscorrectie(inkomen, eenpersoons, p, t);
  return step(t, HT.bedrag, max(0, deelA + deelB + deelC - correctie));
}

export const HUURTOESLAG: Regeling<
  HuurtoeslagFeiten,
  HuurtoeslagParameters,
  'huurtoeslag',
  typeof HUURTOESLAG_SPEC
> = {
  id: 'huurtoeslag',
  naam: 'Huurtoeslag',
  naamInZin: 'huurtoeslag',
  kort: 'HT',
  map: new URL('./', import.meta.url),
  spec: HUURTOESLAG_SPEC,
  afronding: 'maand-omlaag',
  uitkomst: HT.bedrag.id,
  stappen: [...Object.values(HT), ...Object.values(HT_2025), ...Object.values(HT_2026)],
  vanToepassing: (s) => s.huur.length > 0,
  nietVanToepassing:
    'Er is geen huurwoning opgegeven. Huurtoeslag is alleen voor mensen die een woning huren.',
  nieuweFeiten: () => ({
    leeftijd: 0,
    zelfstandig: false,
    rechtmatigVerblijf: false,
    heeftPartner: false,
    kaleHuur: 0,
    servicekosten: 0,
    personen: 1,
    oudste: 0,
    heeftKind: false,
    inkomenVolwassenen: 0,
    kindInkomen: [],
    kindLeeftijd: [],
    aantalKindInkomens: 0,
    vermogen: 0,
    vermogenMedebewoner: 0,
  }),
  wijzigingen(s, p) {
    const a = p.meerderjarig;
    const j = p.jongerengrens;
    let mask = overgangen(s.partnerMaanden) | leeftijdsgrensBereikt(s.aanvrager.geboorte, s.jaar, a, j);
    if (s.partner !== null) mask |= leeftijdsgrensBereikt(s.partner.geboorte, s.jaar, a, j);
    for (const m of s.medebewoners)
      mask |= overgangen(m.maanden) | leeftijdsgrensBereikt(m.geboorte, s.jaar, a, j);
    for (const k of s.kinderen) mask |= overgangen(k.maanden);
    for (const h of s.huur) mask |= overgangen(h.maanden);
    return mask;
  },
  feiten(s: Situatie, maand: number, out: HuurtoeslagFeiten): void {
    const a = s.aanvrager;
    const m1 = maand + 1;
    const partner = s.partner !== null && inMaand(s.partnerMaanden, maand) ? s.partner : null;
    out.leeftijd = ageOnFirstOfMonth(a.geboorte, s.jaar, m1);
    let huur = null;
    for (const h of s.huur) if (inMaand(h.maanden, maand)) huur = h;
    out.kaleHuur = huur ? huur.kaleHuur : 0;
    out.servicekosten = huur ? huur.servicekosten : 0;
    // No rent this month: nothing to pay towards, treated as no zelfstandige woonruimte rented.
    out.zelfstandig = huur?.zelfstandig === true;
    out.heeftPartner = partner !== null;
    out.rechtmatigVerblijf = a.rechtmatigVerblijf && (partner === null || partner.rechtmatigVerblijf);
    let personen = 1;
    let oudste = out.leeftijd;
    let inkomen: number = a.inkomen;
    out.vermogen = a.vermogen;
    if (partner) {
      personen++;
      oudste = Math.max(oudste, ageOnFirstOfMonth(partner.geboorte, s.jaar, m1));
      inkomen += partner.inkomen;
      out.vermogen += partner.vermogen;
    }
    let vermogenMb = 0;
    for (const mb of s.medebewoners) {
      if (!inMaand(mb.maanden, maand)) continue;
      personen++;
      oudste = Math.max(oudste, ageOnFirstOfMonth(mb.geboorte, s.jaar, m1));
      inkomen += mb.inkomen;
      if (mb.vermogen > vermogenMb) vermogenMb = mb.vermogen;
    }
    let kinderen = 0;
    for (const k of s.kinderen) {
      if (!k.thuiswonend || !inMaand(k.maanden, maand)) continue;
      out.kindInkomen[kinderen] = k.inkomen;
      // Awir art. 7 lid 6: the exemption holds for a child under 23 at the start of the year.
      out.kindLeeftijd[kinderen] = ageOnFirstOfMonth(k.geboorte, s.jaar, 1);
      kinderen++;
    }
    out.aantalKindInkomens = kinderen;
    out.heeftKind = kinderen > 0;
    out.personen = personen + kinderen;
    out.oudste = oudste;
    out.inkomenVolwassenen = inkomen;
    out.vermogenMedebewoner = vermogenMb;
  },
  gelijk(a, b, p) {
    if (a.aantalKindInkomens !== b.aantalKindInkomens) return false;
    for (let i = 0; i < a.aantalKindInkomens; i++) {
      if (a.kindInkomen[i] !== b.kindInkomen[i] || a.kindLeeftijd[i] !== b.kindLeeftijd[i]) return false;
    }
    return (
      a.leeftijd >= p.meerderjarig === b.leeftijd >= p.meerderjarig &&
      a.zelfstandig === b.zelfstandig &&
      a.rechtmatigVerblijf === b.rechtmatigVerblijf &&
      a.heeftPartner === b.heeftPartner &&
      a.kaleHuur === b.kaleHuur &&
      a.servicekosten === b.servicekosten &&
      a.personen === b.personen &&
      a.oudste < p.jongerengrens === b.oudste < p.jongerengrens &&
      a.heeftKind === b.heeftKind &&
      a.inkomenVolwassenen === b.inkomenVolwassenen &&
      a.vermogen === b.vermogen &&
      a.vermogenMedebewoner === b.vermogenMedebewoner
    );
  },
  kopieer(from, to) {
    to.leeftijd = from.leeftijd;
    to.zelfstandig = from.zelfstandig;
    to.rechtmatigVerblijf = from.rechtmatigVerblijf;
    to.heeftPartner = from.heeftPartner;
    to.kaleHuur = from.kaleHuur;
    to.servicekosten = from.servicekosten;
    to.personen = from.personen;
    to.oudste = from.oudste;
    to.heeftKind = from.heeftKind;
    to.inkomenVolwassenen = from.inkomenVolwassenen;
    to.aantalKindInkomens = from.aantalKindInkomens;
    to.vermogen = from.vermogen;
    to.vermogenMedebewoner = from.vermogenMedebewoner;
    for (let i = 0; i < from.aantalKindInkomens; i++) {
      to.kindInkomen[i] = from.kindInkomen[i]!;
      to.kindLeeftijd[i] = from.kindLeeftijd[i]!;
    }
  },
  parameters: (w: Wetgeving, datum: string) => ({ ...w.algemeen.at(datum), ...w.huurtoeslag.at(datum) }),
  bereken: huurtoeslag,
};
