/**
 * @module
 * A template (sjabloon) in one version: how letter data becomes a document, and the page style of
 * its PDF. A version never changes once letters are written with it: a change is a new version, and
 * an old letter keeps rendering with its own (the register keeps every version).
 */
import type { Document } from '../document/document';
import type { Brief } from '../model/brief';

export interface Sjabloon {
  readonly id: string;
  readonly versie: number;
  /** What changed in this version, for the register. */
  readonly omschrijving: string;
  /** The letter as a document. */
  bouw(brief: Brief): Document;
  /** Typst set and show rules for the page (after `#set document`, before the content). */
  readonly typstStijl: string;
}

export type SjabloonRegister = ReadonlyMap<string, Sjabloon>;

export const sleutel = (id: string, versie: number) => `${id}@${versie}`;

export function maakRegister(sjablonen: readonly Sjabloon[]): SjabloonRegister {
  const m = new Map<string, Sjabloon>();
  for (const s of sjablonen) {
    const k = sleutel(s.id, s.versie);
    if (m.has(k)) throw new Error(`sjabloon ${k} staat twee keer in het register`);
    m.set(k, s);
  }
  return m;
}

/** The newest version of template `id` in the register. */
export function nieuwsteVersie(register: SjabloonRegister, id: string): Sjabloon | undefined {
  let beste: Sjabloon | undefined;
  for (const s of register.values()) if (s.id === id && (!beste || s.versie > beste.versie)) beste = s;
  return beste;
}
