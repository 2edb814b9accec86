/**
 * @module
 * Zorgtoeslag — Wet op de zorgtoeslag (BWBR0018451).
 *
 * Wzt art. 2 lid 1: zorgtoeslag = standaardpremie (twice with a toeslagpartner) − normpremie.
 * Wzt art. 2 lid 2/3: normpremie = % × drempelinkomen + afbouw% × (toetsingsinkomen − drempelinkomen)⁺.
 * Wzt art. 2 lid 4: half when the toeslagpartner is neither verzekerde nor verdragsgerechtigde.
 * Wzt art. 4a: for a verdragsgerechtigde the standaardpremie × woonlandfactor (lid 1), and so for
 * the partner of a verdragsgerechtigde unless that partner is a verzekerde (lid 4).
 * Conditions: 18+ (art. 1), verzekerd or verdragsgerechtigd, vermogen (art. 3), residence (Awir art. 9).
 */
import { step, type Trace, type ValuesOf } from '@regelmaat/engine';
import { ageOnFirstOfMonth, PPM_WHOLE } from '@regelmaat/kernel';
import type { ALGEMEEN_SPEC } from '../algemeen/spec';
import { NietBerekenbaar, type Regeling } from '../regeling';
import { inMaand, leeftijdsgrensBereikt, overgangen } from '../situatie/maanden';
import { GEEN, type Situatie, VERDRAGSGERECHTIGD, type Verzekering } from '../situatie/situatie';
import type { Wetgeving } from '../wetgeving';
import { ZORGTOESLAG_SPEC } from './spec';
import { ZT } from './stappen';

export interface ZorgtoeslagFeiten {
  leeftijd: number;
  verzekering: Verzekering;
  woonland: string;
  rechtmatigVerblijf: boolean;
  heeftPartner: boolean;
  partnerVerzekering: Verzekering;
  partnerWoonland: string;
  /** Vermogen on 1 January of applicant (and toeslagpartner), eurocents. */
  vermogen: number;
  /** Joint toetsingsinkomen, eurocents. */
  inkomen: number;
}

export type ZorgtoeslagParameters = ValuesOf<typeof ZORGTOESLAG_SPEC> & ValuesOf<typeof ALGEMEEN_SPEC>;

function woonlandfactor(p: ZorgtoeslagParameters, land: string): number {
  const f = p.woonlandfactor[land];
  if (f === undefined) {
    throw new NietBerekenbaar(
      'WOONLANDFACTOR_ONBEKEND',
      `De woonlandfactor voor land ${land} staat niet in de parameters (Regeling zorgverzekering, bijlage 4). Zorgtoeslag voor een verdragsgerechtigde in ${land} kan daarom niet worden berekend.`,
    );
  }
  return f;
}

/** The formula: a yearly amount in microcents for one month's situation. */
export function zorgtoeslag(f: ZorgtoeslagFeiten, p: ZorgtoeslagParameters, t: Trace | null): number {
  const leeftijd = step(t, ZT.leeftijd, f.leeftijd);
  const meerderjarig = step(t, ZT.meerderjarig, leeftijd >= p.meerderjarig);
  const verzekerd = step(t, ZT.verzekerd, f.verzekering !== GEEN);
  const verblijf = step(t, ZT.verblijf, f.rechtmatigVerblijf);
  const partner = step(t, ZT.partner, f.heeftPartner);
  const vermogen = step(t, ZT.vermogen, f.vermogen);
  const grens = step(
    t,
    ZT.vermogensgrens,
    partner ? p.vermogensgrens_partners : p.vermogensgrens_alleenstaande,
  );
  const vermogenOk = step(t, ZT.vermogenOk, vermogen <= grens);
  const recht = step(t, ZT.rechtVoorwaarden, meerderjarig && verzekerd && verblijf && vermogenOk);
  if (!recht) return step(t, ZT.jaarbedrag, 0);

  // Standaardpremie per person in microcents (ppm × cents). Wzt art. 4a lid 1: a verdragsgerechtigde's
  // own premium × the factor of their woonland. Lid 4: the premium of the partner *of* a
  // verdragsgerechtigde is set the same way (× the factor of the partner's woonland), unless that
  // partner is a verzekerde under the Zvw (art. 1 onder f Zvw). Lid 3 with lid 1: a partner who is a
  // verdragsgerechtigde has their own premium × factor, whoever the applicant is.
  const aanvragerVdg = f.verzekering === VERDRAGSGERECHTIGD;
  const wlf = aanvragerVdg ? step(t, ZT.woonlandfactor, woonlandfactor(p, f.woonland)) : PPM_WHOLE;
  let standaard = p.standaardpremie * wlf;
  if (partner) {
    const partnerMetFactor =
      f.partnerVerzekering === VERDRAGSGERECHTIGD || (aanvragerVdg && f.partnerVerzekering === GEEN);
    const pwlf = partnerMetFactor
      ? step(t, ZT.woonlandfactorPartner, woonlandfactor(p, f.partnerWoonland))
      : PPM_WHOLE;
    standaard += p.standaardpremie * pwlf;
  }
  standaard = step(t, ZT.standaardpremie, standaard);

  const inkomen = step(t, ZT.toetsingsinkomen, f.inkomen);
  const pct = step(
    t,
    ZT.percentageDrempel,
    partner ? p.percentage_drempel_partners : p.percentage_drempel_alleenstaande,
  );
  const boven = inkomen > p.drempelinkomen ? inkomen - p.drempelinkomen : 0;
  const normpremie = step(t, ZT.normpremie, pct * p.drempelinkomen + p.afbouwpercentage * boven);
  const verschil = step(t, ZT.verschil, standaard > normpremie ? standaard - normpremie : 0);
  // Only with a toeslagpartner in this month is there a partner to be (not) insured.
  const nietVerzekerd = partner ? step(t, ZT.partnerNietVerzekerd, f.partnerVerzekering === GEEN) : false;
  // × 50% (Wzt art. 2 lid 4): exact, since halving an integer is exact in binary.
  return step(
    t,
    ZT.jaarbedrag,
    nietVerzekerd ? (verschil * p.percentage_partner_niet_verzekerd) / PPM_WHOLE : verschil,
  );
}

export const ZORGTOESLAG: Regeling<
  ZorgtoeslagFeiten,
  ZorgtoeslagParameters,
  'zorgtoeslag',
  typeof ZORGTOESLAG_SPEC
> = {
  id: 'zorgtoeslag',
  naam: 'Zorgtoeslag',
  naamInZin: 'zorgtoeslag',
  kort: 'ZT',
  map: new URL('./', import.meta.url),
  spec: ZORGTOESLAG_SPEC,
  afronding: 'jaar-twaalfde-van-afgerond',
  uitkomst: ZT.jaarbedrag.id,
  stappen: Object.values(ZT),
  vanToepassing: () => true,
  nietVanToepassing: '',
  nieuweFeiten: () => ({
    leeftijd: 0,
    verzekering: GEEN,
    woonland: 'NL',
    rechtmatigVerblijf: false,
    heeftPartner: false,
    partnerVerzekering: GEEN,
    partnerWoonland: 'NL',
    vermogen: 0,
    inkomen: 0,
  }),
  wijzigingen: (s, p) =>
    overgangen(s.partnerMaanden) | leeftijdsgrensBereikt(s.aanvrager.geboorte, s.jaar, p.meerderjarig),
  feiten(s: Situatie, maand: number, out: ZorgtoeslagFeiten): void {
    const a = s.aanvrager;
    const partner = s.partner !== null && inMaand(s.partnerMaanden, maand) ? s.partner : null;
    out.leeftijd = ageOnFirstOfMonth(a.geboorte, s.jaar, maand + 1);
    out.verzekering = a.verzekering;
    out.woonland = a.woonland;
    out.heeftPartner = partner !== null;
    out.rechtmatigVerblijf = a.rechtmatigVerblijf && (partner === null || partner.rechtmatigVerblijf);
    out.partnerVerzekering = partner ? partner.verzekering : GEEN;
    out.partnerWoonland = partner ? partner.woonland : 'NL';
    // Awir art. 7 lid 1 with art. 5: in a month with a toeslagpartner, the partner's income and vermogen count.
    out.vermogen = a.vermogen + (partner ? partner.vermogen : 0);
    out.inkomen = a.inkomen + (partner ? partner.inkomen : 0);
  },
  gelijk: (a, b, p) =>
    a.leeftijd >= p.meerderjarig === b.leeftijd >= p.meerderjarig &&
    a.verzekering === b.verzekering &&
    a.woonland === b.woonland &&
    a.rechtmatigVerblijf === b.rechtmatigVerblijf &&
    a.heeftPartner === b.heeftPartner &&
    a.partnerVerzekering === b.partnerVerzekering &&
    a.partnerWoonland === b.partnerWoonland &&
    a.vermogen === b.vermogen &&
    a.inkomen === b.inkomen,
  kopieer: (from, to) => {
    to.leeftijd = from.leeftijd;
    to.verzekering = from.verzekering;
    to.woonland = from.woonland;
    to.rechtmatigVerblijf = from.rechtmatigVerblijf;
    to.heeftPartner = from.heeftPartner;
    to.partnerVerzekering = from.partnerVerzekering;
    to.partnerWoonland = from.partnerWoonland;
    to.vermogen = from.vermogen;
    to.inkomen = from.inkomen;
  },
  parameters: (w: Wetgeving, datum: string) => ({ ...w.algemeen.at(datum), ...w.zorgtoeslag.at(datum) }),
  bereken: zorgtoeslag,
};
