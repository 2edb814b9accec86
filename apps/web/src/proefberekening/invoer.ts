/**
 * @module
 * The proefberekening form: its fields, reading a posted form into a household for
 * @regelmaat/law, and the errors per field. Checks happen in two passes: first what people type
 * (dates, amounts, required fields) with B1 messages, then the law's own input check
 * (`parseHuishouden`), whose problems are mapped back to the field they came from.
 */
import { type Huishouden, parseHuishouden } from '@regelmaat/law';
import type { VeldFout } from '../components/Foutensamenvatting';
import { t } from '../teksten';
import { leesBedrag, leesDatum, leesUren } from './getallen';

export const MAX_KINDEREN = 10;
export const JAREN = ['2025', '2026'] as const;
export const OPVANG = ['geen', 'dagopvang', 'buitenschoolse-opvang', 'gastouderopvang'] as const;
export type OpvangSoort = (typeof OPVANG)[number];

export interface KindWaarden {
  readonly geboortedatum: string;
  readonly opvang: string;
  readonly uren: string;
  readonly uurprijs: string;
}

/** The form's values as typed, to show them again. */
export interface Formulier {
  readonly jaar: string;
  readonly geboortedatum: string;
  readonly inkomen: string;
  readonly partner: string;
  readonly partnerGeboortedatum: string;
  readonly partnerInkomen: string;
  readonly kaleHuur: string;
  readonly servicekosten: string;
  readonly kinderen: readonly KindWaarden[];
}

export const LEEG_FORMULIER: Formulier = {
  jaar: '2026',
  geboortedatum: '',
  inkomen: '',
  partner: 'nee',
  partnerGeboortedatum: '',
  partnerInkomen: '',
  kaleHuur: '',
  servicekosten: '',
  kinderen: [],
};

export const kindVeld = (i: number, veld: 'Geboortedatum' | 'Opvang' | 'Uren' | 'Uurprijs') =>
  `kind${i}${veld}`;

export type Actie = 'berekenen' | 'kind-toevoegen' | 'kind-weghalen';

function tekst(body: Record<string, unknown>, naam: string): string {
  const v = body[naam];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.slice(0, 200) : '';
}

/** Reads the posted form (urlencoded body) into typed values and the button that was pressed. */
export function leesFormulier(body: Record<string, unknown>): { formulier: Formulier; actie: Actie } {
  const aantal = Math.min(MAX_KINDEREN, Math.max(0, Number.parseInt(tekst(body, 'aantalKinderen'), 10) || 0));
  const kinderen: KindWaarden[] = [];
  for (let i = 0; i < aantal; i++) {
    kinderen.push({
      geboortedatum: tekst(body, kindVeld(i, 'Geboortedatum')),
      opvang: tekst(body, kindVeld(i, 'Opvang')) || 'geen',
      uren: tekst(body, kindVeld(i, 'Uren')),
      uurprijs: tekst(body, kindVeld(i, 'Uurprijs')),
    });
  }
  const a = tekst(body, 'actie');
  const actie: Actie = a === 'kind-toevoegen' || a === 'kind-weghalen' ? a : 'berekenen';
  return {
    actie,
    formulier: {
      jaar: tekst(body, 'jaar'),
      geboortedatum: tekst(body, 'geboortedatum'),
      inkomen: tekst(body, 'inkomen'),
      partner: tekst(body, 'partner'),
      partnerGeboortedatum: tekst(body, 'partnerGeboortedatum'),
      partnerInkomen: tekst(body, 'partnerInkomen'),
      kaleHuur: tekst(body, 'kaleHuur'),
      servicekosten: tekst(body, 'servicekosten'),
      kinderen,
    },
  };
}

export function metKinderen(f: Formulier, aantal: number): Formulier {
  const n = Math.min(MAX_KINDEREN, Math.max(0, aantal));
  const kinderen = f.kinderen.slice(0, n);
  while (kinderen.length < n) kinderen.push({ geboortedatum: '', opvang: 'geen', uren: '', uurprijs: '' });
  return { ...f, kinderen };
}

export type Uitkomst =
  | { readonly ok: true; readonly huishouden: Huishouden }
  | { readonly ok: false; readonly fouten: readonly VeldFout[] };

/** Checks the form and builds the household; errors come in the order of the form. */
export function naarHuishouden(f: Formulier): Uitkomst {
  const fouten: VeldFout[] = [];
  const fout = (veld: string, melding: string) => fouten.push({ veld, melding });

  const jaar = (JAREN as readonly string[]).includes(f.jaar) ? Number(f.jaar) : null;
  if (jaar === null) fout('jaar', t('fout.keuze'));

  const datum = (veld: string, waarde: string, verplicht: boolean, nietNaJaar: boolean) => {
    if (waarde.trim() === '') {
      if (verplicht) fout(veld, t('fout.verplicht'));
      return undefined;
    }
    const d = leesDatum(waarde);
    if (!d) fout(veld, t('fout.datum'));
    else if (nietNaJaar && jaar !== null && d > `${jaar}-12-31`) fout(veld, t('fout.datumToekomst'));
    return d ?? undefined;
  };
  const bedrag = (veld: string, waarde: string, verplicht: boolean, magNegatief: boolean) => {
    if (waarde.trim() === '') {
      if (verplicht) fout(veld, t('fout.verplicht'));
      return undefined;
    }
    const b = leesBedrag(waarde);
    if (b === null) fout(veld, t('fout.bedrag'));
    else if (b < 0 && !magNegatief) fout(veld, t('fout.bedragNegatief'));
    return b ?? undefined;
  };

  const geboortedatum = datum('geboortedatum', f.geboortedatum, true, true);
  const inkomen = bedrag('inkomen', f.inkomen, true, true);
  const partner = f.partner === 'ja' ? true : f.partner === 'nee' ? false : null;
  if (partner === null) fout('partner', t('fout.keuze'));
  const pGeboortedatum = partner
    ? datum('partnerGeboortedatum', f.partnerGeboortedatum, true, true)
    : undefined;
  const pInkomen = partner ? bedrag('partnerInkomen', f.partnerInkomen, true, true) : undefined;
  const kaleHuur = bedrag('kaleHuur', f.kaleHuur, false, false);
  const servicekosten = bedrag('servicekosten', f.servicekosten, false, false);
  if (servicekosten !== undefined && kaleHuur === undefined && f.kaleHuur.trim() === '')
    fout('kaleHuur', t('fout.verplicht'));

  const kinderen: { geboortedatum: string }[] = [];
  const opvang: { kind: number; soort: string; urenPerMaand: number; uurprijs: number }[] = [];
  /** kinderopvang index → child index, to map the law's problems back to the form. */
  const opvangKind: number[] = [];
  f.kinderen.forEach((k, i) => {
    const d = datum(kindVeld(i, 'Geboortedatum'), k.geboortedatum, true, false);
    if (d) kinderen.push({ geboortedatum: d });
    if (!(OPVANG as readonly string[]).includes(k.opvang)) {
      fout(kindVeld(i, 'Opvang'), t('fout.keuze'));
      return;
    }
    if (k.opvang === 'geen') return;
    if (k.uren.trim() === '' || k.uurprijs.trim() === '') {
      fout(kindVeld(i, k.uren.trim() === '' ? 'Uren' : 'Uurprijs'), t('fout.opvangZonderUren'));
      return;
    }
    const uren = leesUren(k.uren);
    if (uren === null) fout(kindVeld(i, 'Uren'), t('fout.uren'));
    const prijs = bedrag(kindVeld(i, 'Uurprijs'), k.uurprijs, true, false);
    if (uren !== null && prijs !== undefined && d) {
      opvangKind.push(i);
      opvang.push({ kind: kinderen.length - 1, soort: k.opvang, urenPerMaand: uren, uurprijs: prijs });
    }
  });
  if (fouten.length > 0) return { ok: false, fouten };

  const invoer = {
    berekeningsjaar: jaar,
    aanvrager: { geboortedatum, toetsingsinkomen: inkomen },
    ...(partner ? { toeslagpartner: { geboortedatum: pGeboortedatum, toetsingsinkomen: pInkomen } } : {}),
    kinderen,
    huur: kaleHuur !== undefined ? [{ kaleHuur, servicekosten: servicekosten ?? 0 }] : [],
    kinderopvang: opvang,
  };
  const r = parseHuishouden(invoer);
  if (r.ok) return { ok: true, huishouden: r.huishouden };
  return {
    ok: false,
    fouten: r.problems.map((p) => ({
      ...(veldVoorPad(p.path, opvangKind) ? { veld: veldVoorPad(p.path, opvangKind)! } : {}),
      melding: t('fout.algemeen', { melding: p.message }),
    })),
  };
}

const VASTE_PADEN: Readonly<Record<string, string>> = {
  berekeningsjaar: 'jaar',
  'aanvrager.geboortedatum': 'geboortedatum',
  'aanvrager.toetsingsinkomen': 'inkomen',
  'toeslagpartner.geboortedatum': 'partnerGeboortedatum',
  'toeslagpartner.toetsingsinkomen': 'partnerInkomen',
  'huur[0].kaleHuur': 'kaleHuur',
  'huur[0].servicekosten': 'servicekosten',
};

/** The form field for a path in the law's input (`kinderen[1].geboortedatum` → `kind1Geboortedatum`). */
export function veldVoorPad(pad: string, opvangKind: readonly number[]): string | undefined {
  if (VASTE_PADEN[pad]) return VASTE_PADEN[pad];
  const kind = /^kinderen\[(\d+)\]\.geboortedatum$/.exec(pad);
  if (kind) return kindVeld(Number(kind[1]), 'Geboortedatum');
  const opvang = /^kinderopvang\[(\d+)\]\.(urenPerMaand|uurprijs)/.exec(pad);
  if (opvang) {
    const i = opvangKind[Number(opvang[1])];
    if (i !== undefined) return kindVeld(i, opvang[2] === 'uurprijs' ? 'Uurprijs' : 'Uren');
  }
  return undefined;
}
