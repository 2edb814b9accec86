/**
 * @module
 * The proefberekening form's values as typed (strings, to show them again) and its field names.
 * Yes/no questions hold `'ja'`, `'nee'` or `''` (not answered).
 */
export const MAX_KINDEREN = 10;
export const JAREN = ['2025', '2026'] as const;
export const OPVANG = ['geen', 'dagopvang', 'buitenschoolse-opvang', 'gastouderopvang'] as const;
export type OpvangSoort = (typeof OPVANG)[number];

export interface KindWaarden {
  readonly geboortedatum: string;
  readonly kinderbijslag: string;
  readonly opvang: string;
  readonly uren: string;
  readonly uurprijs: string;
  readonly geregistreerd: string;
}

export interface Formulier {
  readonly jaar: string;
  readonly geboortedatum: string;
  readonly inkomen: string;
  readonly vermogen: string;
  readonly woonland: string;
  readonly verblijf: string;
  readonly verzekerd: string;
  readonly partner: string;
  readonly partnerGeboortedatum: string;
  readonly partnerInkomen: string;
  readonly partnerVermogen: string;
  readonly partnerVerblijf: string;
  readonly partnerVerzekerd: string;
  readonly kaleHuur: string;
  readonly servicekosten: string;
  readonly zelfstandig: string;
  readonly werk: string;
  readonly partnerWerk: string;
  readonly kinderen: readonly KindWaarden[];
}

export const LEEG_FORMULIER: Formulier = {
  jaar: '2026',
  geboortedatum: '',
  inkomen: '',
  vermogen: '',
  woonland: '',
  verblijf: '',
  verzekerd: '',
  partner: '',
  partnerGeboortedatum: '',
  partnerInkomen: '',
  partnerVermogen: '',
  partnerVerblijf: '',
  partnerVerzekerd: '',
  kaleHuur: '',
  servicekosten: '',
  zelfstandig: '',
  werk: '',
  partnerWerk: '',
  kinderen: [],
};

export type KindVeld = 'Geboortedatum' | 'Kinderbijslag' | 'Opvang' | 'Uren' | 'Uurprijs' | 'Geregistreerd';

export const kindVeld = (i: number, veld: KindVeld) => `kind${i}${veld}`;
