/**
 * @module
 * A form validated by the service's own request schema (`@regelmaat/diensten`, `verzoeken/`): the
 * form's text is first read as people type it (Dutch amounts and dates; see `waarden.ts`), then the
 * same zod schema the API uses decides what is valid. Its problems come back with a field path and
 * a code (`InvoerCode`); the form maps the path to its field and words the code for that field, so
 * every message names its field. One message per field, in the order of the form.
 */
import { type InvoerCode, type OngeldigVeld, veldenUitZod } from '@regelmaat/diensten';
import type { z } from 'zod';
import type { VeldFout } from '../components/Foutensamenvatting';

export interface SchemaFormulier {
  /** The form field of a problem's path (`wijziging.urenPerMaand` → `uren`); undefined: no field. */
  veldVan(pad: string): string | undefined;
  /** The Dutch message for a problem with this field. */
  melding(veld: string, code: InvoerCode, reden: string): string;
  /** The form's fields in order (errors are listed in this order). */
  readonly velden: readonly string[];
  /** The message for a problem that is about no field of the form; default: the schema's reason. */
  losseMelding?(reden: string): string;
}

export type Gelezen<T> = { ok: true; waarde: T } | { ok: false; fouten: VeldFout[] };

/** Field errors for problems (from the schema, or `Ongeldig.velden` from the service). */
export function veldFouten(f: SchemaFormulier, problemen: readonly OngeldigVeld[]): VeldFout[] {
  const perVeld = new Map<string, VeldFout>();
  const los: VeldFout[] = [];
  for (const p of problemen) {
    const veld = f.veldVan(p.naam);
    if (veld === undefined) los.push({ melding: f.losseMelding ? f.losseMelding(p.reden) : p.reden });
    else if (!perVeld.has(veld))
      perVeld.set(veld, { veld, melding: f.melding(veld, p.code ?? 'ongeldig', p.reden) });
  }
  const volgorde = (v: string) => {
    const i = f.velden.indexOf(v);
    return i < 0 ? f.velden.length : i;
  };
  return [...[...perVeld.values()].sort((a, b) => volgorde(a.veld!) - volgorde(b.veld!)), ...los];
}

/** Validates what the form read with the shared schema: the request, or errors per field. */
export function leesMetSchema<S extends z.ZodType>(
  schema: S,
  kandidaat: unknown,
  f: SchemaFormulier,
): Gelezen<z.output<S>> {
  const r = schema.safeParse(kandidaat);
  if (r.success) return { ok: true, waarde: r.data };
  return { ok: false, fouten: veldFouten(f, veldenUitZod(r.error, kandidaat)) };
}
