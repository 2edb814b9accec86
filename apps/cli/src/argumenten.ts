/**
 * @module
 * A small, strict argument parser: `--naam waarde` options and `--vlag` flags that each command
 * declares; anything else is an error with a clear Dutch message.
 */
import { formatNumber } from '@regelmaat/kernel';

export class GebruiksFout extends Error {
  override readonly name = 'GebruiksFout';
}

export interface Spec {
  /** Options that take a value. */
  waarden?: readonly string[];
  /** Options without a value. */
  vlaggen?: readonly string[];
}

export interface Argumenten {
  positioneel: string[];
  waarden: Map<string, string>;
  vlaggen: Set<string>;
}

export function ontleed(args: readonly string[], spec: Spec): Argumenten {
  const uit: Argumenten = { positioneel: [], waarden: new Map(), vlaggen: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--') || a === '-') {
      uit.positioneel.push(a);
      continue;
    }
    const [naam, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (spec.vlaggen?.includes(naam)) {
      uit.vlaggen.add(naam);
    } else if (spec.waarden?.includes(naam)) {
      const waarde = inline ?? args[++i];
      if (waarde === undefined || waarde.startsWith('--'))
        throw new GebruiksFout(`--${naam} heeft een waarde nodig`);
      uit.waarden.set(naam, waarde);
    } else {
      throw new GebruiksFout(`Onbekende optie: --${naam}`);
    }
  }
  return uit;
}

/** A whole number option within bounds, or the default. */
export function geheelGetal(
  a: Argumenten,
  naam: string,
  standaard: number | undefined,
  min: number,
  max: number,
): number {
  const v = a.waarden.get(naam);
  if (v === undefined) {
    if (standaard === undefined) throw new GebruiksFout(`--${naam} is verplicht`);
    return standaard;
  }
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new GebruiksFout(
      `--${naam} moet een geheel getal van ${formatNumber(min)} tot en met ${formatNumber(max)} zijn, niet "${v}"`,
    );
  }
  return n;
}
