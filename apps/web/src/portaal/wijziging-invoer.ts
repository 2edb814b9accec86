/**
 * @module
 * Reading a reported change (C10) from the portal's form: per kind of change its fields as people
 * type them (Dutch dates and amounts), validated by the same schema as `POST /v1/wijzigingen`
 * (`WijzigingVerzoek`) into the service's `Wijziging`, or a B1 error per field worded from the
 * problem's code. The same raw values travel in hidden fields from the
 * preview to the confirmation, and are read again there — nothing is trusted from the preview.
 * The service's own field errors (`Ongeldig.velden`, e.g. `wijziging.vanaf`) map back to fields.
 */
import { WIJZIGING_SOORTEN as SOORTEN, type Wijziging, WijzigingVerzoek } from '@regelmaat/diensten';
import type { VeldFout } from '../components/Foutensamenvatting';
import { leesMetSchema, type SchemaFormulier } from '../formulieren/schema-formulier';
import { datumUit, euroUit, tekstOfNiets, urenUit } from '../formulieren/waarden';
import { type TekstKey, t } from '../teksten';
import { foutmelding } from '../teksten/foutmeldingen';

export type WijzigingSoort = Wijziging['soort'];

export const WIJZIGING_SOORTEN: readonly WijzigingSoort[] = SOORTEN;

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

const BEDRAGEN = new Set(['bedrag', 'kaleHuur', 'servicekosten', 'uurprijs', 'inkomen']);
const DATUMS = new Set(['vanaf', 'geboortedatum']);

/** The request as the schema expects it, from the form's text (Dutch amounts and dates). */
function kandidaat(soort: WijzigingSoort, v: Invoer): Record<string, unknown> {
  switch (soort) {
    case 'inkomen':
      return { soort, persoon: tekstOfNiets(v.persoon), bedrag: euroUit(v.bedrag) };
    case 'huur':
      return {
        soort,
        vanaf: datumUit(v.vanaf),
        kaleHuur: euroUit(v.kaleHuur),
        // Left empty on the form: no service costs.
        servicekosten: euroUit(v.servicekosten) ?? 0,
      };
    case 'verhuizing':
      return {
        soort,
        vanaf: datumUit(v.vanaf),
        woonplaats: tekstOfNiets(v.woonplaats),
        kaleHuur: euroUit(v.kaleHuur),
        servicekosten: euroUit(v.servicekosten),
      };
    case 'kinderopvang': {
      // The form counts children from 1, the request from 0.
      const k = v.kind ?? '';
      return {
        soort,
        kind: k === '' ? undefined : /^\d{1,2}$/.test(k) ? Number(k) - 1 : k,
        vanaf: datumUit(v.vanaf),
        urenPerMaand: urenUit(v.uren),
        uurprijs: euroUit(v.uurprijs),
      };
    }
    case 'partner':
      return {
        soort,
        vanaf: datumUit(v.vanaf),
        bsn: tekstOfNiets(v.bsn?.replace(/[\s.]/g, '')),
        geboortedatum: datumUit(v.geboortedatum),
        inkomen: euroUit(v.inkomen),
      };
  }
}

/** The change form of one kind: its fields, and each problem's code worded for its field (B1). */
export function wijzigingFormulier(soort: WijzigingSoort, v: Invoer = {}): SchemaFormulier {
  const wat = (veld: string) => watVanWijzigingsveld(soort, veld, v);
  return {
    velden: VELDEN[soort],
    veldVan: (pad) => veldVanDienst(soort, pad),
    melding(veld, code, reden) {
      if (veld === 'persoon') return foutmelding.keuze(t('wijziging.persoon'));
      if (veld === 'kind')
        return code === 'verplicht' ? foutmelding.keuze(t('wijziging.kind')) : t('wijziging.fout.kind');
      if (code === 'verplicht') return foutmelding.verplicht(wat(veld));
      if (veld === 'bsn') return t('wijziging.fout.partnerBsn');
      if (veld === 'uren') return foutmelding.uren(wat(veld));
      if (DATUMS.has(veld)) return foutmelding.datum(wat(veld));
      if (code === 'huur-bij-servicekosten') return t('wijziging.fout.huurBijServicekosten');
      if (BEDRAGEN.has(veld)) {
        if (code === 'te-klein') return foutmelding.bedragNegatief(wat(veld));
        if (code === 'te-groot') return foutmelding.bedragTeHoog(wat(veld));
        return foutmelding.bedrag(wat(veld));
      }
      if (code === 'te-lang') return foutmelding.teLang(wat(veld));
      return foutmelding.algemeen(wat(veld), reden);
    },
  };
}

/**
 * Reads the change form with the API's own schema (`WijzigingVerzoek` of @regelmaat/diensten):
 * the request, or one B1 message per wrong field.
 */
export function leesWijziging(soort: WijzigingSoort, v: Invoer): Lezing {
  const r = leesMetSchema(WijzigingVerzoek, kandidaat(soort, v), wijzigingFormulier(soort, v));
  return r.ok ? { ok: true, wijziging: r.waarde as Wijziging } : r;
}

/** The form field a service error is about (`wijziging.vanaf` → `vanaf`), if it is one of this form. */
export function veldVanDienst(soort: WijzigingSoort, naam: string): string | undefined {
  const kort = naam.replace(/^wijziging\.?/, '');
  const veld = kort === 'urenPerMaand' ? 'uren' : kort;
  return VELDEN[soort].includes(veld) ? veld : undefined;
}
