/**
 * @module
 * The calculation appendix ("Berekening") from a decision's own explanation: the law package's
 * explanation tree per run of months and for the year, flattened to rows with the value, the B1
 * sentence and the article. The letter repeats what the engine explained; it computes nothing.
 */
import { MONTH_NAMES } from '@regelmaat/kernel';
import type { Periode, ToeslagResultaat } from '@regelmaat/law';
import type { BerekeningDeel, BerekeningRegel, ToeslagBesluit, Wetsverwijzing } from './brief';

/** A node of the explanation tree (the engine's ExplanationNode, reached through the law's types). */
export type UitlegKnoop = Periode['uitleg'];

export interface BerekeningOpties {
  /** How deep into the tree the appendix goes (0 = only the outcome). Default 2. */
  readonly maxNiveau?: number;
  /** Leave out parameters (fixed amounts and percentages of the year). Default false. */
  readonly zonderParameters?: boolean;
}

function verwijzing(k: UitlegKnoop): Wetsverwijzing {
  return k.law.url ? { citaat: k.law.citation, url: k.law.url } : { citaat: k.law.citation };
}

/** Depth-first rows below `wortel`, each step once (the first time it is met), up to `maxNiveau`. */
export function regelsUitUitleg(wortel: UitlegKnoop, opties: BerekeningOpties = {}): BerekeningRegel[] {
  const max = opties.maxNiveau ?? 2;
  const gezien = new Set<string>();
  const uit: BerekeningRegel[] = [];
  const loop = (k: UitlegKnoop, niveau: number) => {
    if (gezien.has(k.id)) return;
    if (k.kind === 'parameter' && opties.zonderParameters) return;
    gezien.add(k.id);
    uit.push({ niveau, onderdeel: k.label, waarde: k.display, uitleg: k.uitleg, wet: verwijzing(k) });
    if (niveau < max) for (const i of k.inputs) loop(i, niveau + 1);
  };
  loop(wortel, 0);
  return uit;
}

function maanden(van: number, tot: number): string {
  return van === tot
    ? `${MONTH_NAMES[van - 1]}`
    : `${MONTH_NAMES[van - 1]} tot en met ${MONTH_NAMES[tot - 1]}`;
}

/** The appendix parts of one toeslag: each run of months, then from the months to the year. */
export function berekeningUitResultaat(t: ToeslagResultaat, opties: BerekeningOpties = {}): BerekeningDeel[] {
  const delen: BerekeningDeel[] = t.perioden.map((p) => ({
    titel: `${t.naam} in ${maanden(p.vanMaand, p.totEnMetMaand)}`,
    regels: regelsUitUitleg(p.uitleg, opties),
  }));
  if (t.jaarUitleg)
    delen.push({
      titel: `${t.naam}: van maanden naar het jaar`,
      regels: regelsUitUitleg(t.jaarUitleg, opties),
    });
  return delen;
}

/** The distinct articles of the appendix, in the order they first appear: the decision's legal basis. */
export function grondslagUitBerekening(delen: readonly BerekeningDeel[]): Wetsverwijzing[] {
  const gezien = new Map<string, Wetsverwijzing>();
  for (const d of delen)
    for (const r of d.regels) {
      // Parameters cite the article plus a publication ("…; Stcrt. …"); the article is the basis.
      const citaat = r.wet.citaat;
      if (!gezien.has(citaat)) gezien.set(citaat, r.wet);
    }
  return [...gezien.values()];
}

/** A toeslag decision from the law's result, with the period and what the caller adds. */
export function toeslagBesluitUitResultaat(
  t: ToeslagResultaat,
  extra: Pick<ToeslagBesluit, 'periode'> & Partial<Pick<ToeslagBesluit, 'vorig' | 'afrekening'>>,
  opties: BerekeningOpties = {},
): ToeslagBesluit {
  const berekening = berekeningUitResultaat(t, opties);
  return {
    regeling: t.regeling,
    naam: t.naam,
    periode: extra.periode,
    jaarbedrag: t.jaarbedrag,
    maandbedragen: [...t.maandbedragen],
    ...(extra.vorig ? { vorig: extra.vorig } : {}),
    ...(extra.afrekening ? { afrekening: extra.afrekening } : {}),
    grondslag: grondslagUitBerekening(berekening),
    berekening,
  };
}
