/**
 * @module
 * Variant modules: a replacement formula for one regeling, for what a reform's parameters cannot
 * express (issue 18). A variant is a pure function from the published regeling to another one with
 * the same id, parameters and facts; a reform part names it (`variant: normhuur`) and from that part
 * on the scenario's law evaluates the variant instead of the regeling, on the batch path and the
 * traced path alike (both evaluate `Wetgeving.regelingen`). The registry is the one list of
 * variants; an unknown name is refused with the names there are.
 */
import type { Regeling, RegelingId, Wetgeving } from '@regelmaat/law';
import { NORMHUUR } from './normhuur';

/** A value a variant uses that is not in the law: a proposal, with where it comes from. */
export interface VariantWaarde {
  readonly naam: string;
  /** Eurocents (a monthly amount) unless `eenheid` says otherwise. */
  readonly waarde: number;
  readonly eenheid: 'eurocent-per-maand';
  /** Always a proposal: a variant's values are not published law. */
  readonly voorstel: string;
  readonly bron: string;
}

export interface Variant {
  /** The name a reform file uses: `normhuur`. */
  readonly naam: string;
  /** Dutch, for people: what the variant computes. */
  readonly titel: string;
  readonly beschrijving: string;
  /** The regeling it replaces. */
  readonly regeling: RegelingId;
  readonly waarden: readonly VariantWaarde[];
  /** The replacement: same id, spec, facts and parameters; another formula. */
  vervang(r: Regeling<unknown, unknown, RegelingId>): Regeling<unknown, unknown, RegelingId>;
}

/** Every variant a reform can name, by name. */
export const VARIANTEN: ReadonlyMap<string, Variant> = new Map([[NORMHUUR.naam, NORMHUUR]]);

/** The variant of that name; throws a Dutch message listing the known ones. */
export function variantVan(naam: string): Variant {
  const v = VARIANTEN.get(naam);
  if (!v) throw new RangeError(`onbekende variant '${naam}' (kies uit ${[...VARIANTEN.keys()].join(', ')})`);
  return v;
}

/**
 * The law `w` with the named variants in place of their regelingen (in order; a later variant of
 * the same regeling wins). Its `versie` carries the variants (`…+normhuur`): it is not a published
 * parameter set. Without variants, `w` itself.
 */
export function metVarianten(w: Wetgeving, varianten: readonly string[]): Wetgeving {
  if (varianten.length === 0) return w;
  const vs = varianten.map(variantVan);
  const regelingen = w.regelingen.map((r) => {
    let uit = r;
    for (const v of vs) if (v.regeling === r.id) uit = v.vervang(r);
    return uit;
  });
  return { ...w, regelingen, versie: `${w.versie}+${varianten.join('+')}` };
}
