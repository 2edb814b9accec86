/**
 * @module
 * Reading a reported change (C10) from the portal's form: per kind of change its fields as people
 * type them (Dutch dates and amounts), into the service's `Wijziging` (amounts in euros, dates
 * YYYY-MM-DD), or a B1 error per field. The same raw values travel in hidden fields from the
 * preview to the confirmation, and are read again there — nothing is trusted from the preview.
 * The service's own field errors (`Ongeldig.velden`, e.g. `wijziging.vanaf`) map back to fields.
 */
import type { Wijziging } from '@regelmaat/diensten';
import { isValidBsn } from '@regelmaat/kernel';
import type { VeldFout } from '../components/Foutensamenvatting';
import { leesBedrag, leesDatum, leesUren } from '../proefberekening/getallen';
import { type TekstKey, t } from '../teksten';
import { foutmelding } from '../teksten/foutmeldingen';

export type WijzigingSoort = Wijziging['soort'];

export const WIJZIGING_SOORTEN: readonly WijzigingSoort[] = [
  'inkomen',
  'huur',
  'verhuizing',
  'kinderopvang',
  'partner',
];

export const isWijzigingSoort = (s: string): s is WijzigingSoort =>
  (WIJZIGING_SOORTEN as readonly string[]).includes(s);

/** The form fields of each kind of change, in the order of the form. */
export const VELDEN: Readonly<Record<WijzigingSoort, readonly string[]>> = {
  inkomen: ['persoon', 'bedrag'],
  huur: ['vanaf', 'kaleHuur', 'servicekosten'],
  verhuizing: ['vanaf', 'woonplaats', 'kaleHuur', 'servicekosten'],
  kinderopvang: ['kind', 'vanaf', 'uren', 'uurprijs'],
  partner: ['vanaf', 'bsn', 'geboortedatum', 'inkomen'],
};

export type Invoer = Readonly<Record<string, string>>;

const VELDNAAM: Readonly<Record<string, TekstKey>> = {
  bedrag: 'wijziging.veld.bedrag',
  vanaf: 'wijziging.veld.vanaf',
  woonplaats: 'wijziging.veld.woonplaats',
  kaleHuur: 'wijziging.veld.kaleHuur',
  servicekosten: 'wijziging.veld.servicekosten',
  uren: 'wijziging.veld.uren',
  uurprijs: 'wijziging.veld.uurprijs',
  bsn: 'wijziging.veld.bsn',
  geboortedatum: 'wijziging.veld.geboortedatum',
  inkomen: 'wijziging.veld.inkomen',
};

/** How an error message names a field of this change form ("de datum van de verhuizing"). */
export function watVanWijzigingsveld(soort: WijzigingSoort, veld: string, v: Invoer = {}): string {
  if (veld === 'vanaf' && soort === 'verhuizing') return t('wijziging.veld.verhuisdatum');
  if (veld === 'vanaf' && soort === 'partner') return t('wijziging.veld.samenVanaf');
  if (veld === 'bedrag' && v.persoon === 'toeslagpartner') return t('wijziging.veld.bedragPartner');
  const key = VELDNAAM[veld];
  return key ? t(key) : veld;
}

/** Only the fields of this kind, trimmed and cut to a sane length. */
export function velden(soort: WijzigingSoort, body: unknown): Record<string, string> {
  const b = (body ?? {}) as Record<string, unknown>;
  const uit: Record<string, string> = {};
  for (const v of VELDEN[soort]) {
    const x = b[v];
    uit[v] = typeof x === 'string' ? x.trim().slice(0, 100) : '';
  }
  return uit;
}

export type Lezing = { ok: true; wijziging: Wijziging } | { ok: false; fouten: VeldFout[] };

export function leesWijziging(soort: WijzigingSoort, v: Invoer): Lezing {
  const fouten: VeldFout[] = [];
  const fout = (veld: string, melding: string) => fouten.push({ veld, melding });
  const wat = (veld: string) => watVanWijzigingsveld(soort, veld, v);
  const verplicht = (veld: string): string | null => {
    const x = v[veld] ?? '';
    if (x === '') fout(veld, foutmelding.verplicht(wat(veld)));
    return x === '' ? null : x;
  };
  const bedrag = (veld: string, moet: boolean): number | undefined => {
    const x = moet ? verplicht(veld) : v[veld] || null;
    if (x === null) return undefined;
    const n = leesBedrag(x);
    if (n === null) fout(veld, foutmelding.bedrag(wat(veld)));
    else if (n < 0) fout(veld, foutmelding.bedragNegatief(wat(veld)));
    else return n;
    return undefined;
  };
  const datum = (veld: string): string | undefined => {
    const x = verplicht(veld);
    if (x === null) return undefined;
    const d = leesDatum(x);
    if (d === null) fout(veld, foutmelding.datum(wat(veld)));
    return d ?? undefined;
  };
  switch (soort) {
    case 'inkomen': {
      const persoon = v.persoon;
      if (persoon !== 'aanvrager' && persoon !== 'toeslagpartner')
        fout('persoon', foutmelding.keuze(t('wijziging.persoon')));
      const b = bedrag('bedrag', true);
      if (fouten.length > 0) return { ok: false, fouten };
      return { ok: true, wijziging: { soort, persoon: persoon as 'aanvrager', bedrag: b! } };
    }
    case 'huur': {
      const vanaf = datum('vanaf');
      const kaleHuur = bedrag('kaleHuur', true);
      const servicekosten = bedrag('servicekosten', false) ?? 0;
      if (fouten.length > 0) return { ok: false, fouten };
      return { ok: true, wijziging: { soort, vanaf: vanaf!, kaleHuur: kaleHuur!, servicekosten } };
    }
    case 'verhuizing': {
      const vanaf = datum('vanaf');
      const woonplaats = verplicht('woonplaats');
      const kaleHuur = bedrag('kaleHuur', false);
      const servicekosten = bedrag('servicekosten', false);
      if (servicekosten !== undefined && kaleHuur === undefined && fouten.length === 0)
        fout('kaleHuur', t('wijziging.fout.huurBijServicekosten'));
      if (fouten.length > 0) return { ok: false, fouten };
      return {
        ok: true,
        wijziging: {
          soort,
          vanaf: vanaf!,
          woonplaats: woonplaats!,
          ...(kaleHuur !== undefined ? { kaleHuur, servicekosten: servicekosten ?? 0 } : {}),
        },
      };
    }
    case 'kinderopvang': {
      const k = v.kind ?? '';
      let kind: number | undefined;
      if (k === '') fout('kind', foutmelding.keuze(t('wijziging.kind')));
      else {
        if (/^\d{1,2}$/.test(k) && Number(k) >= 1) kind = Number(k) - 1;
        else fout('kind', t('wijziging.fout.kind'));
      }
      const vanaf = datum('vanaf');
      const u = verplicht('uren');
      let uren: number | undefined;
      if (u !== null) {
        const n = leesUren(u);
        if (n === null || n > 300) fout('uren', foutmelding.uren(wat('uren')));
        else uren = n;
      }
      const uurprijs = bedrag('uurprijs', false);
      if (fouten.length > 0) return { ok: false, fouten };
      return {
        ok: true,
        wijziging: {
          soort,
          kind: kind!,
          vanaf: vanaf!,
          urenPerMaand: uren!,
          ...(uurprijs !== undefined ? { uurprijs } : {}),
        },
      };
    }
    case 'partner': {
      const vanaf = datum('vanaf');
      const b = verplicht('bsn');
      const bsn = b?.replace(/[\s.]/g, '');
      if (bsn !== undefined && !isValidBsn(bsn)) fout('bsn', t('wijziging.fout.partnerBsn'));
      const geboortedatum = datum('geboortedatum');
      const inkomen = bedrag('inkomen', true);
      if (fouten.length > 0) return { ok: false, fouten };
      return {
        ok: true,
        wijziging: { soort, vanaf: vanaf!, bsn: bsn!, geboortedatum: geboortedatum!, inkomen: inkomen! },
      };
    }
  }
}

/** The form field a service error is about (`wijziging.vanaf` → `vanaf`), if it is one of this form. */
export function veldVanDienst(soort: WijzigingSoort, naam: string): string | undefined {
  const kort = naam.replace(/^wijziging\.?/, '');
  const veld = kort === 'urenPerMaand' ? 'uren' : kort;
  return VELDEN[soort].includes(veld) ? veld : undefined;
}
