/**
 * @module
 * Proeftoeslag — a made-up regeling for tests, not law and not shipped. It is what a fifth
 * regeling looks like: this folder (formula, steps, spec, parameters.yaml) plus one line in a list.
 * A test adds it with `laadWetgeving({}, [...REGELINGEN, PROEFTOESLAG])`.
 *
 * Art. 1: for an applicant of age. Art. 2: basisbedrag − afbouwpercentage × (joint income above
 * the drempelinkomen), not below nil; a yearly amount per month's situation.
 */
import { step, type Trace, type ValuesOf } from '@regelmaat/engine';
import { ageOnFirstOfMonth, MICRO_PER_CENT } from '@regelmaat/kernel';
import type { ALGEMEEN_SPEC } from '../../algemeen/spec';
import type { Regeling } from '../../regeling';
import { inMaand, leeftijdsgrensBereikt, overgangen } from '../../situatie/maanden';
import type { Situatie } from '../../situatie/situatie';
import { parameterSetVan, type Wetgeving } from '../../wetgeving';
import { PROEFTOESLAG_SPEC } from './spec';
import { PT } from './stappen';

export interface ProeftoeslagFeiten {
  leeftijd: number;
  heeftPartner: boolean;
  /** Joint toetsingsinkomen, eurocents. */
  inkomen: number;
}

export type ProeftoeslagParameters = ValuesOf<typeof PROEFTOESLAG_SPEC> & ValuesOf<typeof ALGEMEEN_SPEC>;

/** The formula: a yearly amount in microcents for one month's situation. */
export function proeftoeslag(f: ProeftoeslagFeiten, p: ProeftoeslagParameters, t: Trace | null): number {
  const leeftijd = step(t, PT.leeftijd, f.leeftijd);
  const meerderjarig = step(t, PT.meerderjarig, leeftijd >= p.meerderjarig);
  if (!meerderjarig) return step(t, PT.bedrag, 0);
  step(t, PT.partner, f.heeftPartner);
  const inkomen = step(t, PT.inkomen, f.inkomen);
  const boven = inkomen > p.drempelinkomen ? inkomen - p.drempelinkomen : 0;
  const afbouw = step(t, PT.afbouw, p.afbouwpercentage * boven);
  const basis = p.basisbedrag * MICRO_PER_CENT;
  return step(t, PT.bedrag, basis > afbouw ? basis - afbouw : 0);
}

export const PROEFTOESLAG: Regeling<
  ProeftoeslagFeiten,
  ProeftoeslagParameters,
  'proeftoeslag',
  typeof PROEFTOESLAG_SPEC
> = {
  id: 'proeftoeslag',
  naam: 'Proeftoeslag',
  naamInZin: 'proeftoeslag',
  kort: 'PT',
  map: new URL('./', import.meta.url),
  spec: PROEFTOESLAG_SPEC,
  afronding: 'jaar-twaalfde-omlaag',
  uitkomst: PT.bedrag.id,
  stappen: Object.values(PT),
  vanToepassing: () => true,
  nietVanToepassing: '',
  nieuweFeiten: () => ({ leeftijd: 0, heeftPartner: false, inkomen: 0 }),
  wijzigingen: (s, p) =>
    overgangen(s.partnerMaanden) | leeftijdsgrensBereikt(s.aanvrager.geboorte, s.jaar, p.meerderjarig),
  feiten(s: Situatie, maand: number, out: ProeftoeslagFeiten): void {
    const partner = s.partner !== null && inMaand(s.partnerMaanden, maand) ? s.partner : null;
    out.leeftijd = ageOnFirstOfMonth(s.aanvrager.geboorte, s.jaar, maand + 1);
    out.heeftPartner = partner !== null;
    out.inkomen = s.aanvrager.inkomen + (partner ? partner.inkomen : 0);
  },
  gelijk: (a, b, p) =>
    a.leeftijd >= p.meerderjarig === b.leeftijd >= p.meerderjarig &&
    a.heeftPartner === b.heeftPartner &&
    a.inkomen === b.inkomen,
  kopieer: (from, to) => {
    to.leeftijd = from.leeftijd;
    to.heeftPartner = from.heeftPartner;
    to.inkomen = from.inkomen;
  },
  parameters: (w: Wetgeving, datum: string) => ({
    ...w.algemeen.at(datum),
    ...parameterSetVan(w, PROEFTOESLAG).at(datum),
  }),
  bereken: proeftoeslag,
};
