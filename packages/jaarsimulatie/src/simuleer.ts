/**
 * @module
 * A year simulation (issue 20): the same synthetic population and the same lives (one seed) through
 * each variant on a fresh database of its own, then the measurements side by side and the goal line.
 */
import type { Db } from '@regelmaat/db';
import type { Wetgeving } from '@regelmaat/law';
import { AANNAMES, type Aannames } from './aannames';
import { type SimHuishouden, simHuishouden } from './gebeurtenissen';
import { meet } from './meten';
import {
  doelregels,
  type JaarResultaat,
  VARIANTEN,
  type VariantNaam,
  type VariantResultaat,
} from './resultaat';
import { draaiVariant } from './variant';

export interface JaarOpdracht {
  huishoudens: number;
  seed: number;
  varianten?: readonly VariantNaam[];
  aannames?: Aannames;
  wetgeving: Wetgeving;
  /** A fresh, migrated database for one variant; closed by the simulation when done. */
  openDb: () => Promise<Db>;
  database: JaarResultaat['database'];
  pseudoniemSleutel: string;
  /** Extra households (constructed cases in tests), appended after the generated ones. */
  extra?: readonly SimHuishouden[];
  voortgang?: (variant: VariantNaam, maand: number, totaal: number) => void;
  /** Called with a variant's database before it is closed (tests inspect what was written). */
  naVariant?: (variant: VariantNaam, db: Db, eindeOp: string) => Promise<void>;
  /** Called after each simulated month and step after the year, with the simulated clock then. */
  naStap?: (variant: VariantNaam, db: Db, nu: string) => Promise<void>;
}

/** The year simulated: 2026 (the year the law and the population generator cover). */
export const SIMULATIEJAAR = 2026;

/** The population of a run: the generated households of `seed` and any extra ones. */
export function populatie(
  o: Pick<JaarOpdracht, 'huishoudens' | 'seed' | 'aannames' | 'extra'>,
): SimHuishouden[] {
  const a = o.aannames ?? AANNAMES;
  return [
    ...Array.from({ length: o.huishoudens }, (_, i) => simHuishouden(o.seed, i, SIMULATIEJAAR, a)),
    ...(o.extra ?? []),
  ];
}

export async function simuleerJaar(o: JaarOpdracht): Promise<JaarResultaat> {
  const aannames = o.aannames ?? AANNAMES;
  const huishoudens = populatie(o);
  const varianten: VariantResultaat[] = [];
  for (const variant of o.varianten ?? VARIANTEN) {
    const db = await o.openDb();
    try {
      const verloop = await draaiVariant({
        db,
        wetgeving: o.wetgeving,
        jaar: SIMULATIEJAAR,
        variant,
        huishoudens,
        aannames,
        seed: o.seed,
        pseudoniemSleutel: o.pseudoniemSleutel,
        ...(o.naStap ? { naStap: (d: Db, nu: string) => o.naStap!(variant, d, nu) } : {}),
        ...(o.voortgang ? { voortgang: (m: number, t: number) => o.voortgang!(variant, m, t) } : {}),
      });
      varianten.push(await meet(verloop, variant, huishoudens, SIMULATIEJAAR));
      await o.naVariant?.(variant, db, verloop.eindeOp);
    } finally {
      await db.close();
    }
  }
  return {
    jaar: SIMULATIEJAAR,
    seed: o.seed,
    huishoudens: huishoudens.length,
    database: o.database,
    varianten,
    doel: doelregels(varianten),
  };
}
