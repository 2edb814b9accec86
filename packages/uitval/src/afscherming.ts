/**
 * @module
 * Shielding the input from the rules. `momentopname` copies the fields of UitvalInvoer out of
 * whatever object the caller passes — anything else on it (a name, a nationality, a dossier)
 * never reaches a rule — and deep-freezes the nested records and arrays of the copy.
 * `aanzichtVoor` then gives one rule a read-only Proxy of that copy in which only its declared
 * fields exist: reading another field throws UndeclaredFieldError, writing a field throws
 * ReadOnlyInputError, and writing inside a record or array fails on the frozen copy with a
 * TypeError (rules are ES modules, so always strict mode). The caller's object is never touched.
 *
 * The Proxy handler is made once per rule and shared by all households, and nested values are
 * plain frozen objects (not proxies), so a rule reads its data at near-native speed in mass runs.
 */
import { ReadOnlyInputError, UndeclaredFieldError } from './fouten';
import { UITVAL_VELDEN, type UitvalInvoer, type UitvalVeld } from './invoer';
import type { Regel } from './regel';

/** A private copy of the fields of UitvalInvoer (nothing else), nested values frozen. */
export type Momentopname = UitvalInvoer;

function bevrorenKopie(waarde: unknown): unknown {
  if (Array.isArray(waarde)) return Object.freeze(waarde.map(bevrorenKopie));
  if (waarde !== null && typeof waarde === 'object') {
    const kopie: Record<string, unknown> = {};
    for (const key of Object.keys(waarde))
      kopie[key] = bevrorenKopie((waarde as Record<string, unknown>)[key]);
    return Object.freeze(kopie);
  }
  return waarde;
}

/** Copies the fields of UitvalInvoer (and only those) from `invoer`. */
export function momentopname(invoer: UitvalInvoer): Momentopname {
  const kopie: Record<string, unknown> = {};
  for (const veld of UITVAL_VELDEN) {
    const waarde = invoer[veld];
    if (waarde !== undefined) kopie[veld] = bevrorenKopie(waarde);
  }
  return kopie as unknown as Momentopname;
}

const handlersPerRegel = new WeakMap<object, ProxyHandler<Momentopname>>();

function maakHandler(regel: Pick<Regel, 'code' | 'velden'>): ProxyHandler<Momentopname> {
  const code = regel.code;
  const toegestaan = new Set<string | symbol>(regel.velden);
  const controleer = (key: string | symbol): void => {
    if (typeof key === 'string' && !toegestaan.has(key)) throw new UndeclaredFieldError(code, key);
  };
  const weiger = (key: string | symbol): never => {
    throw new ReadOnlyInputError(code, String(key));
  };
  return {
    get(t, key, ontvanger) {
      controleer(key);
      return Reflect.get(t, key, ontvanger);
    },
    has(t, key) {
      controleer(key);
      return Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      controleer(key);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys: (t) => Reflect.ownKeys(t).filter((key) => toegestaan.has(key)),
    set: (_t, key) => weiger(key),
    defineProperty: (_t, key) => weiger(key),
    deleteProperty: (_t, key) => weiger(key),
    setPrototypeOf: () => weiger('[[Prototype]]'),
    preventExtensions: () => weiger('[[Extensible]]'),
  };
}

/**
 * The view of `kopie` for one rule: only the rule's declared fields can be read; nothing can be
 * changed. `kopie` must come from `momentopname`.
 */
export function aanzichtVoor<V extends UitvalVeld>(
  kopie: Momentopname,
  regel: Pick<Regel<V>, 'code' | 'velden'>,
): Pick<UitvalInvoer, V> {
  let handler = handlersPerRegel.get(regel);
  if (!handler) {
    handler = maakHandler(regel);
    // Only a frozen rule (as defineRegel makes) cannot change its fields after this.
    if (Object.isFrozen(regel) && Object.isFrozen(regel.velden)) handlersPerRegel.set(regel, handler);
  }
  return new Proxy(kopie, handler) as Pick<UitvalInvoer, V>;
}
