/**
 * @module
 * Kindgebonden budget — Wet op het kindgebonden budget (BWBR0022751).
 *
 * Wkgb art. 2: for each child under 18 for whom kinderbijslag is received, a basisbedrag; extra
 * for children aged 12–15 and 16–17; the alleenstaande-ouderkop without a toeslagpartner; reduced
 * by the afbouwpercentage of the toetsingsinkomen above the drempelinkomen (higher with a partner).
 * Wkgb art. 3: no entitlement above the vermogensgrens (the vermogen of minor children counts).
 * Ages count on the first day of the month (Awir art. 5 lid 1).
 */
import { step, type Trace, type ValuesOf } from '@regelmaat/engine';
import { ageOnFirstOfMonth, MICRO_PER_CENT } from '@regelmaat/kernel';
import type { ALGEMEEN_SPEC } from '../algemeen/spec';
import type { Regeling } from '../regeling';
import { inMaand, leeftijdsgrensBereikt, overgangen } from '../situatie/maanden';
import type { Situatie } from '../situatie/situatie';
import type { Wetgeving } from '../wetgeving';
import { KINDGEBONDEN_BUDGET_SPEC } from './spec';
import { KGB } from './stappen';

export interface KindgebondenBudgetFeiten {
  /** Children with kinderbijslag by age on the first of the month: all, 12–15, 16–17 (under the age limit). */
  leeftijden: number[];
  aantal: number;
  heeftPartner: boolean;
  rechtmatigVerblijf: boolean;
  inkomen: number;
  /** Vermogen of applicant and partner on 1 January. */
  vermogen: number;
  /** Of each child counted (same order as `leeftijden`): its vermogen and its age on 1 January. */
  kindVermogen: number[];
  kindLeeftijdJanuari: number[];
}

export type KindgebondenBudgetParameters = ValuesOf<typeof KINDGEBONDEN_BUDGET_SPEC> &
  ValuesOf<typeof ALGEMEEN_SPEC>;

/** Age group of a child: 0 under 12, 1 from 12 to 15, 2 for 16 and 17, 3 at or above the age limit (Wkgb art. 2). */
export function leeftijdsgroep(leeftijd: number, p: KindgebondenBudgetParameters): number {
  if (leeftijd >= p.leeftijdsgrens_kind) return 3;
  return leeftijd >= p.leeftijd_verhoging_16 ? 2 : leeftijd >= p.leeftijd_verhoging_12 ? 1 : 0;
}

/** Vermogen on 1 January of applicant and partner (Wkgb art. 1 lid 4) and of the minor children counted. */
export function vermogenVan(f: KindgebondenBudgetFeiten, p: KindgebondenBudgetParameters): number {
  let vermogen = f.vermogen;
  for (let i = 0; i < f.aantal; i++)
    if (f.kindLeeftijdJanuari[i]! < p.leeftijd_minderjarig_kind) vermogen += f.kindVermogen[i]!;
  return vermogen;
}

/** The formula: a yearly amount in microcents for one month's situation. */
export function kindgebondenBudget(
  f: KindgebondenBudgetFeiten,
  p: KindgebondenBudgetParameters,
  t: Trace | null,
): number {
  let kinderen = 0;
  let k12 = 0;
  let k16 = 0;
  for (let i = 0; i < f.aantal; i++) {
    const groep = leeftijdsgroep(f.leeftijden[i]!, p);
    if (groep === 3) continue;
    kinderen++;
    if (groep === 2) k16++;
    else if (groep === 1) k12++;
  }
  step(t, KGB.kinderen, kinderen);
  const heeftKind = step(t, KGB.heeftKind, kinderen > 0);
  const verblijf = step(t, KGB.verblijf, f.rechtmatigVerblijf);
  const partner = step(t, KGB.partner, f.heeftPartner);
  const vermogen = step(t, KGB.vermogen, vermogenVan(f, p));
  const grens = step(
    t,
    KGB.vermogensgrens,
    partner ? p.vermogensgrens_partners : p.vermogensgrens_alleenstaande,
  );
  const vermogenOk = step(t, KGB.vermogenOk, vermogen <= grens);
  if (!step(t, KGB.recht, heeftKind && verblijf && vermogenOk)) return step(t, KGB.bedrag, 0);

  step(t, KGB.kinderen12, k12);
  step(t, KGB.kinderen16, k16);
  const maximum = step(
    t,
    KGB.maximum,
    kinderen * p.basisbedrag_per_kind +
      k12 * p.verhoging_12_15 +
      k16 * p.verhoging_16_17 +
      (partner ? 0 : p.alleenstaande_ouderkop),
  );
  const inkomen = step(t, KGB.inkomen, f.inkomen);
  const drempel = step(t, KGB.drempel, partner ? p.drempelinkomen_partners : p.drempelinkomen_alleenstaande);
  const vermindering = step(
    t,
    KGB.vermindering,
    inkomen > drempel ? (inkomen - drempel) * p.afbouwpercentage : 0,
  );
  const bruto = maximum * MICRO_PER_CENT;
  return step(t, KGB.bedrag, bruto > vermindering ? bruto - vermindering : 0);
}

export const KINDGEBONDEN_BUDGET: Regeling<
  KindgebondenBudgetFeiten,
  KindgebondenBudgetParameters,
  'kindgebonden_budget',
  typeof KINDGEBONDEN_BUDGET_SPEC
> = {
  id: 'kindgebonden_budget',
  naam: 'Kindgebonden budget',
  naamInZin: 'kindgebonden budget',
  kort: 'KGB',
  map: new URL('./', import.meta.url),
  spec: KINDGEBONDEN_BUDGET_SPEC,
  afronding: 'jaar-twaalfde-omlaag',
  uitkomst: KGB.bedrag.id,
  stappen: Object.values(KGB),
  vanToepassing(s) {
    for (const k of s.kinderen) if (k.kinderbijslag) return true;
    return false;
  },
  nietVanToepassing:
    'Er is geen kind opgegeven waarvoor u kinderbijslag krijgt. Kindgebonden budget is voor ouders met kinderen.',
  nieuweFeiten: () => ({
    leeftijden: [],
    aantal: 0,
    heeftPartner: false,
    rechtmatigVerblijf: false,
    inkomen: 0,
    vermogen: 0,
    kindVermogen: [],
    kindLeeftijdJanuari: [],
  }),
  wijzigingen(s, p) {
    let mask = overgangen(s.partnerMaanden);
    for (const k of s.kinderen)
      mask |=
        overgangen(k.maanden) |
        leeftijdsgrensBereikt(
          k.geboorte,
          s.jaar,
          p.leeftijd_verhoging_12,
          p.leeftijd_verhoging_16,
          p.leeftijdsgrens_kind,
        );
    return mask;
  },
  feiten(s: Situatie, maand: number, out: KindgebondenBudgetFeiten): void {
    const a = s.aanvrager;
    const partner = s.partner !== null && inMaand(s.partnerMaanden, maand) ? s.partner : null;
    let n = 0;
    for (const k of s.kinderen) {
      if (!k.kinderbijslag || !inMaand(k.maanden, maand)) continue;
      out.leeftijden[n] = ageOnFirstOfMonth(k.geboorte, s.jaar, maand + 1);
      // Whether a child's vermogen counts depends on its age on 1 January (see vermogenVan).
      out.kindVermogen[n] = k.vermogen;
      out.kindLeeftijdJanuari[n++] = ageOnFirstOfMonth(k.geboorte, s.jaar, 1);
    }
    out.aantal = n;
    out.heeftPartner = partner !== null;
    out.rechtmatigVerblijf = a.rechtmatigVerblijf && (partner === null || partner.rechtmatigVerblijf);
    out.inkomen = a.inkomen + (partner ? partner.inkomen : 0);
    out.vermogen = a.vermogen + (partner ? partner.vermogen : 0);
  },
  gelijk(a, b, p) {
    if (a.aantal !== b.aantal) return false;
    for (let i = 0; i < a.aantal; i++)
      if (leeftijdsgroep(a.leeftijden[i]!, p) !== leeftijdsgroep(b.leeftijden[i]!, p)) return false;
    return (
      a.heeftPartner === b.heeftPartner &&
      a.rechtmatigVerblijf === b.rechtmatigVerblijf &&
      a.inkomen === b.inkomen &&
      vermogenVan(a, p) === vermogenVan(b, p)
    );
  },
  kopieer(from, to) {
    for (let i = 0; i < from.aantal; i++) {
      to.leeftijden[i] = from.leeftijden[i]!;
      to.kindVermogen[i] = from.kindVermogen[i]!;
      to.kindLeeftijdJanuari[i] = from.kindLeeftijdJanuari[i]!;
    }
    to.aantal = from.aantal;
    to.heeftPartner = from.heeftPartner;
    to.rechtmatigVerblijf = from.rechtmatigVerblijf;
    to.inkomen = from.inkomen;
    to.vermogen = from.vermogen;
  },
  parameters: (w: Wetgeving, datum: string) => ({
    ...w.algemeen.at(datum),
    ...w.kindgebonden_budget.at(datum),
  }),
  bereken: kindgebondenBudget,
};
