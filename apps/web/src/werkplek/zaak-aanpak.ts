/**
 * @module
 * What a case worker needs to act on a case, read from the case's own data (issue 17): the
 * call-back number and preferred time of a contactverzoek, the exception rules' explanations with
 * their amounts, a provider conflict's reports, and the recommended next step per case type. The
 * case's `toelichting` is JSON its opener wrote; anything of an unexpected shape is left out here
 * and stays visible as it is in the history, never guessed at.
 */
import type { Zaak, ZaakSoort } from '@regelmaat/zaken';
import type { TekstKey } from '../teksten';

export interface Terugbellen {
  telefoon: string;
  voorkeur?: string;
}

export interface Uitlegregel {
  code: string;
  toelichting: string;
  /** Eurocents, when the rule names one amount. */
  bedrag?: number;
}

export interface Aanbiedersconflict {
  houder: string;
  melder: string;
}

export interface Aanpak {
  stap: TekstKey;
  terugbellen?: Terugbellen;
  uitleg: Uitlegregel[];
  conflict?: Aanbiedersconflict;
}

/** The recommended next step per case type; a case type without one gets the general step. */
const STAP: Partial<Record<ZaakSoort, TekstKey>> = {
  'uitval-controle': 'werk.aanpak.stap.uitval-controle',
  'maatwerk-verzoek': 'werk.aanpak.stap.maatwerk-verzoek',
  'hoorzitting-terugvordering': 'werk.aanpak.stap.hoorzitting-terugvordering',
  contactverzoek: 'werk.aanpak.stap.contactverzoek',
  'partner-verificatie': 'werk.aanpak.stap.partner-verificatie',
  'partner-conflict': 'werk.aanpak.stap.partner-conflict',
  'kot-tabel-onzeker': 'werk.aanpak.stap.kot-tabel-onzeker',
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const tekst = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const centen = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;

function uitlegVan(toelichting: unknown): Uitlegregel[] {
  if (!Array.isArray(toelichting)) return [];
  const regels: Uitlegregel[] = [];
  for (const r of toelichting) {
    if (!isObject(r)) continue;
    const code = tekst(r.code);
    const uitleg = tekst(r.toelichting);
    if (!code || !uitleg) continue;
    const bedrag = centen(r.bedrag);
    regels.push({ code, toelichting: uitleg, ...(bedrag !== undefined ? { bedrag } : {}) });
  }
  return regels;
}

export function aanpakVan(z: Zaak): Aanpak {
  const stap = STAP[z.soort] ?? 'werk.aanpak.stap.standaard';
  const t = z.toelichting;
  const aanpak: Aanpak = { stap, uitleg: uitlegVan(t) };
  if (z.soort === 'contactverzoek' && isObject(t)) {
    const telefoon = tekst(t.telefoon);
    const voorkeur = tekst(t.voorkeur);
    if (telefoon) aanpak.terugbellen = { telefoon, ...(voorkeur ? { voorkeur } : {}) };
  }
  if (z.soort === 'partner-conflict' && isObject(t)) {
    const houder = tekst(t.houder);
    const melder = tekst(t.melder);
    if (houder && melder) aanpak.conflict = { houder, melder };
  }
  return aanpak;
}
