/**
 * @module
 * Reading the maatwerk form (C6) with the schema the API uses for the same request: amounts typed
 * in euros (Dutch notation) become eurocents, the legal ground must be one of GRONDSLAGEN, the
 * weighing and the three questions must be answered, and the level chosen. Every problem is named
 * with its field; the service checks it all again.
 * The standard outcome is not a field: the server computes it and the form only shows it, so a
 * forged `standaard` field in a POST is never read.
 */
import { MaatwerkVerzoek, type MaatwerkVraag } from '@regelmaat/diensten';
import type { VeldFout } from '../components/Foutensamenvatting';
import { leesMetSchema, type SchemaFormulier } from '../formulieren/schema-formulier';
import { centenUit, geheelUit, tekstOfNiets } from '../formulieren/waarden';
import { type TekstKey, t } from '../teksten';

export const MAATWERK_VELDEN = [
  'regeling',
  'jaar',
  'afwijking',
  'grondslag',
  'afweging',
  'rechtvaardig',
  'samen',
  'aanspreekbaar',
  'niveau',
] as const;

export function maatwerkVelden(body: unknown): Record<string, string> {
  const b = (body ?? {}) as Record<string, unknown>;
  const uit: Record<string, string> = {};
  for (const v of MAATWERK_VELDEN) {
    const x = b[v];
    uit[v] = typeof x === 'string' ? x.trim().slice(0, 4000) : '';
  }
  return uit;
}

const VRAGEN = ['rechtvaardig', 'samen', 'aanspreekbaar'] as const;

/** The form's fields for a problem's path in the request (`vragen.samen` → `samen`). */
function veldVan(pad: string): string | undefined {
  const veld = pad.replace(/^(vragen|afwijking)\./, '').replace(/^bedrag$/, 'afwijking');
  return (MAATWERK_VELDEN as readonly string[]).includes(veld) ? veld : undefined;
}

/** The maatwerk form: each problem's code worded for its field, from the staff catalogue. */
export const maatwerkFormulier: SchemaFormulier = {
  velden: MAATWERK_VELDEN,
  veldVan,
  melding(veld, code) {
    const naam = TEKSTVELD[veld];
    if (code === 'te-lang' && naam) return t('maatwerk.fout.teLang', { veld: t(naam) });
    return t(`maatwerk.fout.${veld as (typeof MAATWERK_VELDEN)[number]}`);
  },
};

/** The free-text fields, as the "too long" message names them. */
const TEKSTVELD: Readonly<Record<string, TekstKey>> = {
  afweging: 'maatwerk.veld.afweging',
  rechtvaardig: 'maatwerk.veld.rechtvaardig',
  samen: 'maatwerk.veld.samen',
  aanspreekbaar: 'maatwerk.veld.aanspreekbaar',
};

/**
 * Reads the maatwerk form with the API's own schema (`MaatwerkVerzoek` of @regelmaat/diensten):
 * amounts in euros (Dutch notation) become eurocents first; the request, or a message per field.
 */
export function leesMaatwerk(
  zaakId: number,
  v: Readonly<Record<string, string>>,
): { ok: true; vraag: MaatwerkVraag } | { ok: false; fouten: VeldFout[] } {
  const kandidaat = {
    regeling: tekstOfNiets(v.regeling),
    jaar: geheelUit(v.jaar),
    afwijking: { bedrag: centenUit(v.afwijking) },
    grondslag: tekstOfNiets(v.grondslag),
    afweging: tekstOfNiets(v.afweging),
    vragen: Object.fromEntries(VRAGEN.map((q) => [q, tekstOfNiets(v[q])])),
    niveau: tekstOfNiets(v.niveau),
  };
  const r = leesMetSchema(MaatwerkVerzoek, kandidaat, maatwerkFormulier);
  return r.ok ? { ok: true, vraag: { ...(r.waarde as Omit<MaatwerkVraag, 'zaakId'>), zaakId } } : r;
}
