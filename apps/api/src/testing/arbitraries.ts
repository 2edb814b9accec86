/**
 * fast-check arbitraries derived from a route's zod request schemas, so generated requests pass
 * validation and reach the services: objects, arrays, enums, literals, unions and numbers follow
 * the schema's own shape and bounds; BSNs, ids, staff, teams and dates come from the data the
 * test database holds (`Voorraad`), so a request names a household or case that exists.
 */
import fc from 'fast-check';
import type { z } from 'zod';
import type { RouteDef } from '../route';
import { Bsn, Datum } from '../schemas';
import { zodDef } from './zod-def';

/** Known values in the test database, to aim the generated requests at. */
export interface Voorraad {
  bsns: string[];
  kindBsns: string[];
  zaakIds: number[];
  beschikkingIds: number[];
  besluitIds: number[];
  toepassingIds: number[];
  medewerkers: string[];
  teams: string[];
  gebruikersnamen: string[];
  wachtwoorden: string[];
  clientIds: string[];
  secrets: string[];
  huishouden: unknown;
}

const defVan = (s: z.ZodType) => ({ def: zodDef(s) });

/** Length bounds and regex of a string or array schema, read from its checks. */
function grenzen(s: z.ZodType): { min?: number; max?: number; patroon?: RegExp } {
  const checks = (zodDef(s).checks ?? []) as {
    _zod: { def: { check: string; minimum?: number; maximum?: number; length?: number; pattern?: RegExp } };
  }[];
  const uit: { min?: number; max?: number; patroon?: RegExp } = {};
  for (const c of checks) {
    const d = c._zod.def;
    if (d.check === 'length_equals') uit.min = uit.max = d.length;
    else if (d.check === 'min_length') uit.min = d.minimum;
    else if (d.check === 'max_length') uit.max = d.maximum;
    else if (d.check === 'string_format' && d.pattern) uit.patroon = d.pattern;
  }
  return uit;
}

/** An id: mostly one that exists (by what the field names), sometimes one that does not. */
function idVoor(naam: string, pad: string, v: Voorraad): fc.Arbitrary<number> {
  const lijst =
    naam === 'zaakIds' || naam === 'zaakId' || naam === 'na'
      ? v.zaakIds
      : naam === 'precedenten' || naam === 'besluitId'
        ? v.besluitIds
        : pad.startsWith('/beschikkingen')
          ? v.beschikkingIds
          : pad.startsWith('/maatwerkbesluiten')
            ? v.besluitIds
            : pad.startsWith('/toepassingen')
              ? v.toepassingIds
              : v.zaakIds;
  return lijst.length
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...lijst) },
        { weight: 1, arbitrary: fc.constant(999_999) },
      )
    : fc.constant(999_999);
}

/** Text for a field, by its name where the database has real values for it. */
function tekstVoor(naam: string, min: number, max: number, v: Voorraad): fc.Arbitrary<string> {
  const uit = (xs: string[]) => fc.constantFrom(...xs);
  switch (naam) {
    case 'naar':
    case 'behandelaar':
      return uit(v.medewerkers);
    case 'team':
      return uit(v.teams);
    case 'gebruikersnaam':
      return uit(v.gebruikersnamen);
    case 'wachtwoord':
      return uit(v.wachtwoorden);
    case 'clientId':
      return uit(v.clientIds);
    case 'secret':
      return uit(v.secrets);
  }
  const lengte = Math.max(1, Math.min(max, 40));
  return fc
    .string({ minLength: Math.max(1, min), maxLength: lengte, unit: 'grapheme' })
    .map((s) => s.trim())
    .filter((s) => s.length >= Math.max(1, min) && s.length <= max);
}

function arb(s: z.ZodType, naam: string, pad: string, v: Voorraad, alsTekst: boolean): fc.Arbitrary<unknown> {
  if (s === (Bsn as z.ZodType)) return fc.constantFrom(...(naam === 'kindBsn' ? v.kindBsns : v.bsns));
  if (s === (Datum as z.ZodType))
    return fc
      .integer({ min: 0, max: 700 })
      .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
  const { def } = defVan(s);
  switch (def.type) {
    case 'object': {
      const velden: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, w] of Object.entries(def.shape ?? {})) velden[k] = arb(w, k, pad, v, alsTekst);
      return fc
        .record(velden)
        .map((o) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)));
    }
    case 'optional':
      return fc.option(arb(def.innerType!, naam, pad, v, alsTekst), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(arb(def.innerType!, naam, pad, v, alsTekst), { nil: null, freq: 3 });
    case 'default':
    case 'readonly':
    case 'nonoptional':
      return arb(def.innerType!, naam, pad, v, alsTekst);
    case 'pipe':
      return arb(def.in!, naam, pad, v, alsTekst);
    case 'lazy':
      return arb(def.getter!(), naam, pad, v, alsTekst);
    case 'array': {
      const g = grenzen(s);
      const min = g.min ?? 0;
      const max = Math.min(g.max ?? 3, Math.max(min, 3));
      return fc.array(arb(def.element!, naam, pad, v, alsTekst), { minLength: min, maxLength: max });
    }
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => arb(o, naam, pad, v, alsTekst)));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'boolean':
      return alsTekst ? fc.constantFrom('true', 'false') : fc.boolean();
    case 'unknown':
    case 'any':
      return fc.constant(v.huishouden);
    case 'number': {
      const n = s as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      let getal: fc.Arbitrary<number>;
      if (n.isInt && n.maxValue !== null && n.maxValue > 2 ** 40 && (n.minValue ?? 0) >= 0)
        getal = idVoor(naam, pad, v);
      else {
        const min = Math.max(n.minValue ?? -1_000, -1_000_000);
        const max = Math.min(n.maxValue ?? 1_000_000, Math.max(min, 1_000_000));
        // Small values (versions, counts) most of the time: they are the ones that match the data.
        const klein = Math.min(max, min + 5);
        getal = n.isInt
          ? fc.oneof({ weight: 3, arbitrary: fc.integer({ min, max: klein }) }, fc.integer({ min, max }))
          : fc
              .double({ min, max, noNaN: true, noDefaultInfinity: true })
              .map((x) => Math.round(x * 100) / 100);
        getal = getal.filter((x) => x >= min && x <= max);
      }
      return alsTekst || def.coerce ? getal.map((x) => (alsTekst ? String(x) : x)) : getal;
    }
    case 'string': {
      // A moment (zod's ISO datetime): in the first two months of 2026, before the test's clock.
      if ((s as { format?: string | null }).format === 'datetime')
        return fc
          .integer({ min: 0, max: 59 * 24 * 60 })
          .map((m) => new Date(Date.UTC(2026, 0, 1) + m * 60_000).toISOString());
      const g = grenzen(s);
      if (g.patroon) return fc.stringMatching(g.patroon).filter((x) => s.safeParse(x).success);
      return tekstVoor(naam, g.min ?? 1, g.max ?? 100, v);
    }
    default:
      return fc.constant(undefined);
  }
}

/** A request that should pass the route's schemas: path id, query (strings) and JSON body. */
export function geldigVerzoek(
  r: RouteDef,
  v: Voorraad,
): fc.Arbitrary<{ id: string; query: Record<string, string>; body: unknown }> {
  const params = r.params as z.ZodType | undefined;
  const query = r.query as z.ZodType | undefined;
  const body = r.body as z.ZodType | undefined;
  const id = params
    ? arb(params, 'params', r.pad, v, true).map((p) => String((p as { id: unknown }).id))
    : fc.constant('1');
  const q = query
    ? arb(query, 'query', r.pad, v, true).map((x) => x as Record<string, string>)
    : fc.constant({});
  const b = body ? arb(body, 'body', r.pad, v, false) : fc.constant({});
  return fc.record({ id, query: q, body: b });
}

/** Whether a request as Fastify hands it over passes the route's schemas. */
export function isGeldig(r: RouteDef, id: string, query: Record<string, string>, body: unknown): boolean {
  const ok = (s: unknown, x: unknown) =>
    !s || (s as { safeParse(x: unknown): { success: boolean } }).safeParse(x).success;
  let json: unknown;
  try {
    json = JSON.parse(JSON.stringify(body ?? {}));
  } catch {
    return false;
  }
  return (
    ok(r.params, r.params ? { id } : undefined) &&
    ok(r.query, query) &&
    ok(r.body, r.methode === 'POST' ? json : {})
  );
}
