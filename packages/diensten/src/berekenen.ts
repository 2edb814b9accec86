/**
 * @module
 * Computing and explaining toeslagen: for an ad-hoc situation (no personal data: nothing to log),
 * and for a household in the dossier as known now (logged for every person in it).
 */

import { HuishoudenRekenaar } from '@regelmaat/dossier';
import { Ongeldig, Onverwerkbaar } from '@regelmaat/kernel';
import {
  type Berekening,
  berekenHuishouden,
  type Huishouden,
  normaliseer,
  parseHuishouden,
} from '@regelmaat/law';
import type { Context } from './context';
import { dossierVoor } from './huishouden';
import { datumVan, type Omgeving } from './omgeving';
import { log, personen } from './verwerkingslog';

/** Validates a household input; every problem named with its path (Dutch). */
export function valideerHuishouden(invoer: unknown): Huishouden {
  const p = parseHuishouden(invoer);
  if (!p.ok)
    throw new Ongeldig(
      p.problems.map((q) => ({ naam: q.path || '(invoer)', reden: q.message, code: q.code })),
    );
  return p.huishouden;
}

/** Computes and explains an ad-hoc household (a proefberekening). No personal data involved. */
export function berekenAdhoc(o: Omgeving, invoer: unknown): Berekening {
  return berekenHuishouden(normaliseer(valideerHuishouden(invoer)), o.wetgeving);
}

export interface BerekeningVanHuishouden {
  huishoudenId: number;
  jaar: number;
  bekendOp: string;
  /** Facts the dossier lacks (the amounts then use defaults, see docs/invoer.md). */
  ontbrekend: string[];
  berekening: Berekening;
}

/** Computes and explains a household's toeslagen from the dossier as known now. */
export async function berekenVoorBsn(
  o: Omgeving,
  ctx: Context,
  vraag: { bsn?: string; jaar?: number },
): Promise<BerekeningVanHuishouden> {
  const start = o.klok();
  const doel = await dossierVoor(o, ctx, vraag.bsn, {
    burger: 'eigen-huishouden:lezen',
    staf: 'dossier:lezen',
  });
  const jaar = vraag.jaar ?? Number(datumVan(start).slice(0, 4));
  const u = new HuishoudenRekenaar(o.wetgeving).bereken(doel.feiten, {
    jaar,
    variant: 'schatting',
    bekendOp: start,
    uitleg: true,
  });
  if (!u.ok) {
    // Not the caller's mistake: the dossier itself cannot be read by the engine. A person must look.
    throw new Onverwerkbaar(
      'dossier-onleesbaar',
      `Het dossier is niet compleet genoeg om te berekenen: ${u.problemen.map((q) => q.path).join(', ')}.`,
    );
  }
  const { dossier, berekening } = u;
  // A read needs no transaction: the answer goes out only after its log record is written.
  await log(o, ctx, o.db, 'toeslag-berekenen', 'berekening toeslagen', personen(dossier.bsn), start);
  return {
    huishoudenId: doel.huishoudenId,
    jaar,
    bekendOp: start,
    ontbrekend: dossier.ontbrekend,
    berekening,
  };
}
