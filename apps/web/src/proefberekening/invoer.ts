/**
 * @module
 * The proefberekening form: reading a posted form, and checking it with the household request
 * schema the API uses (`BerekeningVerzoek` of @regelmaat/diensten, the law's input schema) into a
 * household, or B1 errors per field. The form's text is read as people type it (`kandidaat.ts`),
 * the schema decides, and each problem's code is worded for its field (`proef-formulier.ts`).
 *
 * The form asks what the calculation reads: residence (rechtmatig verblijf) and insurance, the
 * vermogen on 1 January, whether a rented home is self-contained, per child the kinderbijslag and,
 * for childcare, its registration and whether both parents work or study (the arbeidseis) — each
 * condition with the article the law package cites for it (the `stappen.ts` of each regeling in `@regelmaat/law`).
 * Questions that only matter for childcare or rent are required only then. What it does not ask
 * is returned as assumptions (`aannames.ts`), shown with the result.
 */
import { BerekeningVerzoek } from '@regelmaat/diensten';
import type { Huishouden } from '@regelmaat/law';
import type { VeldFout } from '../components/Foutensamenvatting';
import { leesMetSchema } from '../formulieren/schema-formulier';
import { type Aanname, aannamesVoor } from './aannames';
import type { Formulier, KindWaarden } from './formulier';
import { kindVeld, LEEG_FORMULIER, MAX_KINDEREN } from './formulier';
import { kandidaat } from './kandidaat';
import { proefFormulier } from './proef-formulier';

export * from './formulier';
export { veldVoorPad } from './proef-formulier';

export type Actie = 'berekenen' | 'kind-toevoegen' | 'kind-weghalen';

function tekst(body: Record<string, unknown>, naam: string): string {
  const v = body[naam];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim().slice(0, 200) : '';
}

/** Reads the posted form (urlencoded body) into typed values and the button that was pressed. */
export function leesFormulier(body: Record<string, unknown>): { formulier: Formulier; actie: Actie } {
  const aantal = Math.min(MAX_KINDEREN, Math.max(0, Number.parseInt(tekst(body, 'aantalKinderen'), 10) || 0));
  const kinderen: KindWaarden[] = [];
  for (let i = 0; i < aantal; i++) {
    kinderen.push({
      geboortedatum: tekst(body, kindVeld(i, 'Geboortedatum')),
      kinderbijslag: tekst(body, kindVeld(i, 'Kinderbijslag')),
      opvang: tekst(body, kindVeld(i, 'Opvang')) || 'geen',
      uren: tekst(body, kindVeld(i, 'Uren')),
      uurprijs: tekst(body, kindVeld(i, 'Uurprijs')),
      geregistreerd: tekst(body, kindVeld(i, 'Geregistreerd')),
    });
  }
  const a = tekst(body, 'actie');
  const actie: Actie = a === 'kind-toevoegen' || a === 'kind-weghalen' ? a : 'berekenen';
  const formulier = { ...LEEG_FORMULIER } as Record<string, unknown>;
  for (const naam of Object.keys(LEEG_FORMULIER))
    if (naam !== 'kinderen') formulier[naam] = tekst(body, naam);
  formulier.kinderen = kinderen;
  return { actie, formulier: formulier as unknown as Formulier };
}

export function metKinderen(f: Formulier, aantal: number): Formulier {
  const n = Math.min(MAX_KINDEREN, Math.max(0, aantal));
  const kinderen = f.kinderen.slice(0, n);
  while (kinderen.length < n)
    kinderen.push({
      geboortedatum: '',
      kinderbijslag: '',
      opvang: 'geen',
      uren: '',
      uurprijs: '',
      geregistreerd: '',
    });
  return { ...f, kinderen };
}

export type Uitkomst =
  | { readonly ok: true; readonly huishouden: Huishouden; readonly aannames: readonly Aanname[] }
  | { readonly ok: false; readonly fouten: readonly VeldFout[] }
  /** The person lives abroad: this trial calculation does not compute that (no country asked). */
  | { readonly ok: 'buitenland' };

/**
 * Checks the form with the household request schema the API uses (`BerekeningVerzoek`) and builds
 * the household; errors come one per field, in the order of the form, in B1.
 */
export function naarHuishouden(f: Formulier): Uitkomst {
  const { verzoek, opvangKind } = kandidaat(f);
  const r = leesMetSchema(BerekeningVerzoek, verzoek, proefFormulier(f, opvangKind));
  if (!r.ok) return r;
  if (f.woonland === 'nee') return { ok: 'buitenland' };
  return { ok: true, huishouden: r.waarde, aannames: aannamesVoor(f, r.waarde) };
}
