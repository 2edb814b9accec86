/**
 * @module
 * The law a decision was computed with, rebuilt from its kept parameter texts: the same loader and
 * checks as the files beside the formulas, but nothing is read from disk — a kept set is complete
 * or it is refused. The texts must give the version they were kept under (content addressing), so
 * a decision is never explained with a set other than its own.
 */
import { ParameterError } from '@regelmaat/engine';
import {
  laadWetgeving,
  PARAMETER_SLEUTELS,
  parameterVersieVan,
  type RegelingSleutel,
  type Wetgeving,
} from './wetgeving';

/** A kept parameter set that cannot be the one asked for, or is not complete. */
export class ParametersetOngeldig extends Error {
  override readonly name = 'ParametersetOngeldig';
}

// Loading a set parses five YAML texts (≈ 30 ms from source; the build's parsed copies make the
// published texts instant): keep the few sets in use by their version.
const GELADEN = new Map<string, Wetgeving>();
const MAX_GELADEN = 8;

/**
 * The law from a complete set of parameter texts (`{ algemeen, zorgtoeslag, … }` as `Wetgeving.teksten`).
 * With `versie`, the texts must hash to it. Throws ParametersetOngeldig for a set that is not
 * complete or not the one asked for, or whose texts this engine's specs do not accept (a set from
 * before a change of the formulas; with the loader's message).
 */
export function wetgevingUitTeksten(teksten: unknown, versie?: string): Wetgeving {
  if (typeof teksten !== 'object' || teksten === null)
    throw new ParametersetOngeldig('een parameterset is een object met de teksten per regeling');
  const t = teksten as Record<string, unknown>;
  for (const key of PARAMETER_SLEUTELS)
    if (typeof t[key] !== 'string')
      throw new ParametersetOngeldig(`de parameterset mist de tekst van ${key}`);
  const onbekend = Object.keys(t).filter((k) => !(PARAMETER_SLEUTELS as readonly string[]).includes(k));
  if (onbekend.length > 0)
    throw new ParametersetOngeldig(`de parameterset heeft onbekende regelingen: ${onbekend.join(', ')}`);
  const compleet = t as Record<RegelingSleutel, string>;
  const berekend = parameterVersieVan(compleet);
  if (versie !== undefined && berekend !== versie)
    throw new ParametersetOngeldig(`de teksten horen bij parameterversie ${berekend}, niet bij ${versie}`);
  const bekend = GELADEN.get(berekend);
  if (bekend) return bekend;
  let w: Wetgeving;
  try {
    w = laadWetgeving(compleet);
  } catch (e) {
    if (e instanceof ParameterError) throw new ParametersetOngeldig(e.message);
    throw e;
  }
  if (GELADEN.size >= MAX_GELADEN) GELADEN.delete(GELADEN.keys().next().value!);
  GELADEN.set(berekend, w);
  return w;
}
