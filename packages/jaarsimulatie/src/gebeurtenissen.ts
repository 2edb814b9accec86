/**
 * @module
 * What happens to a household during the simulated year, and what its members do about it: drawn
 * from the assumptions (`aannames.ts`) with a seeded generator of its own, so every variant of a run
 * sees exactly the same lives. Pure: the month loop (`variant.ts`) writes what becomes known.
 *
 * - The population generator's household is the truth (final incomes, the provider's hours).
 * - An income change: the final income of the applicant differs noticeably from the estimate; it
 *   happens in a month of the year, and the citizen reports the new yearly income late or never.
 * - Day care that stops at 4 (WPO art. 39 lid 1: school from 4): for some parents the application
 *   leaves the end out (the estimate pays day care all year); the contract really ends the month
 *   after the birthday (the generator's own end), and the parent reports it late or never.
 */
import { genereerHuishouden, Rng, type SynthetischHuishouden } from '@regelmaat/populatie';
import type { Aannames } from './aannames';

export interface InkomenGebeurtenis {
  soort: 'inkomen';
  /** Month 1–12 the change happens. */
  maand: number;
  /** The new yearly income of the applicant (euros): the final income. */
  bedrag: number;
  /** The month the citizen reports it (undefined: never, or after the year). */
  meldmaand?: number;
}

export interface OpvangEindeGebeurtenis {
  soort: 'opvang-einde';
  /** Index of the child in the household and of the contract in the estimate. */
  kind: number;
  contract: number;
  /** The first day without day care (YYYY-MM-DD). */
  datum: string;
  meldmaand?: number;
}

export type Gebeurtenis = InkomenGebeurtenis | OpvangEindeGebeurtenis;

export interface SimHuishouden {
  /** The household as the application states it (what the advance is based on) with the truth. */
  sh: SynthetischHuishouden;
  gebeurtenissen: Gebeurtenis[];
}

/** The simulation's own stream, apart from the generator's (which uses stream = index). */
const STROOM = 0x4a415352;

const maandVan = (datum: string) => Number(datum.slice(5, 7));

function meldmaand(r: Rng, a: Aannames, maand: number): number | undefined {
  if (!r.kans(a.meldkans.waarde)) return undefined;
  const m = maand + r.kies(a.meldvertraging.waarde);
  return m <= 12 ? m : undefined;
}

/** Household `index` of seed `seed` in `jaar`, with its year. */
export function simHuishouden(seed: number, index: number, jaar: 2025 | 2026, a: Aannames): SimHuishouden {
  const waar = genereerHuishouden(seed, index, jaar);
  const r = new Rng(seed, index, STROOM);
  const gebeurtenissen: Gebeurtenis[] = [];
  const schatting = structuredClone(waar.schatting);

  const verschil = waar.definitiefInkomen.aanvrager - waar.schatting.aanvrager.toetsingsinkomen;
  const maand = r.geheel(1, 12);
  if (Math.abs(verschil) >= a.merkbareInkomenswijziging.waarde) {
    const m = meldmaand(r, a, maand);
    gebeurtenissen.push({
      soort: 'inkomen',
      maand,
      bedrag: waar.definitiefInkomen.aanvrager,
      ...(m ? { meldmaand: m } : {}),
    });
  }

  const opvang = schatting.kinderopvang ?? [];
  opvang.forEach((o, i) => {
    // Day care that ends within the year, the only contract of that child (no after-school care
    // following it: a report of "no care from then" would then be untrue).
    if (o.soort !== 'dagopvang' || !o.tot || opvang.filter((x) => x.kind === o.kind).length !== 1) return;
    const weggelaten = r.kans(a.opvangEindeNietInAanvraag.waarde);
    const m = meldmaand(r, a, maandVan(o.tot));
    if (!weggelaten) return;
    gebeurtenissen.push({
      soort: 'opvang-einde',
      kind: o.kind,
      contract: i,
      datum: o.tot,
      ...(m ? { meldmaand: m } : {}),
    });
    delete o.tot;
  });
  return { sh: { ...waar, schatting }, gebeurtenissen };
}
