/**
 * @module
 * A decision with its full explanation, and its reproduction. The explanation is recomputed from
 * the dossier exactly as it was known when the decision was made (`bekend_op`), with the same
 * variant (estimate for an advance, final income for a definitive decision) and with the decision's
 * own parameter set (kept by its version): after a parameter correction it still adds up to the
 * decided amount and names its law version. A decision whose set was not kept is not explained
 * with today's law; it says so. Reproduction checks that this gives the stored input hash,
 * versions and amounts (C15).
 */

import {
  type BeschikkingVersie,
  beschikkingVersie,
  eigenWetgeving,
  type Reproductie,
  reproduceer,
} from '@regelmaat/beschikking';
import { HuishoudenRekenaar } from '@regelmaat/dossier';
import { leesDossierFeiten, zoekHuishouden } from '@regelmaat/dossier-opslag';
import { NietGevonden } from '@regelmaat/kernel';
import type { ToeslagResultaat } from '@regelmaat/law';
import { type Context, ingelogd, vereis } from './context';
import type { Omgeving } from './omgeving';
import { log, personen, personenUitFeiten } from './verwerkingslog';
import { parametersVanUitleg, type Wetsversie, wetsversie } from './wetsversie';

export interface BeschikkingMetUitleg {
  beschikking: BeschikkingVersie;
  /**
   * The law's outcome from the dossier as known then, with the decision's own parameter set (for
   * maatwerk: the standard outcome). Absent when that set was not kept or cannot be loaded.
   */
  berekening?: ToeslagResultaat;
  /** The law version the decision was computed with, and the parameters its explanation uses. */
  wetsversie: Wetsversie;
  /** Whether the dossier as known then still gives the decision's input (its stored input hash). */
  invoerGelijk: boolean;
  /** Facts that were missing then. */
  ontbrekend: string[];
}

/**
 * Whether the caller may read decision `b` (and its letter): a citizen only their own household's,
 * staff with `beschikking:lezen`. For a citizen, another household's decision is the same 404
 * (`nietGevonden`) as one that does not exist.
 */
export async function magBeschikking(
  o: Omgeving,
  ctx: Context,
  b: BeschikkingVersie,
  nietGevonden = 'Deze beschikking bestaat niet.',
): Promise<void> {
  const s = ingelogd(ctx);
  if (s.rol === 'burger') {
    vereis(ctx, 'eigen-huishouden:lezen');
    const eigen = s.bsn ? await zoekHuishouden(o.db, s.bsn) : undefined;
    // The same answer as for a decision that does not exist: a citizen learns nothing about others.
    if (eigen !== b.huishoudenId) throw new NietGevonden(nietGevonden);
  } else {
    vereis(ctx, 'beschikking:lezen');
  }
}

export async function beschikkingMetUitleg(
  o: Omgeving,
  ctx: Context,
  id: number,
): Promise<BeschikkingMetUitleg> {
  const start = o.klok();
  const b = await beschikkingVersie(o.db, id);
  if (!b) {
    ingelogd(ctx);
    throw new NietGevonden('Deze beschikking bestaat niet.');
  }
  await magBeschikking(o, ctx, b);
  return o.db.transaction(async (tx) => {
    const feiten = await leesDossierFeiten(tx, b.huishoudenId);
    const eigen = await eigenWetgeving(tx, b.parameterVersie, o.wetgeving);
    const u = new HuishoudenRekenaar(eigen.status === 'bewaard' ? eigen.wetgeving : o.wetgeving).bereken(
      feiten,
      {
        jaar: b.jaar,
        variant: b.soort === 'definitief' ? 'definitief' : 'schatting',
        bekendOp: b.bekendOp,
        uitleg: true,
      },
    );
    const berekening =
      u.ok && eigen.status === 'bewaard'
        ? u.berekening.toeslagen.find((t) => t.regeling === b.regeling)
        : undefined;
    const parameters =
      berekening && eigen.status === 'bewaard'
        ? parametersVanUitleg(berekening, eigen.wetgeving, b.jaar)
        : [];
    await log(o, ctx, tx, 'toeslag-berekenen', 'uitleg beschikking', personen(u.dossier.bsn), start);
    return {
      beschikking: b,
      ...(berekening ? { berekening } : {}),
      wetsversie: wetsversie(eigen, o.wetgeving, parameters),
      invoerGelijk: u.invoerHash === b.invoerHash,
      ontbrekend: u.dossier.ontbrekend,
    };
  });
}

export interface ReproductieMetToelichting extends Reproductie {
  /** For a version made outside a run (a reported change or maatwerk): what was compared and why. */
  toelichting?: string;
}

/**
 * What a version outside a run must reproduce. A reported change: the input and the year amount
 * (its payment schedule keeps months already paid, so the months are not recomputed). Maatwerk: the
 * input and the law's outcome of the version it replaced; its own amount comes from the decision
 * record, not from the formula.
 */
export function beoordeelVersie(
  r: Reproductie,
  b: BeschikkingVersie,
  vorige?: BeschikkingVersie,
): ReproductieMetToelichting {
  if (b.aanleiding === 'run') return r;
  let verschillen = r.verschillen.filter((v) => v !== 'maandbedragen');
  let toelichting =
    'Wijziging: de maandbedragen houden rekening met wat al betaald was; vergeleken zijn invoer en jaarbedrag.';
  if (b.aanleiding === 'maatwerk') {
    verschillen = verschillen.filter((v) => !v.startsWith('jaarbedrag'));
    const wet = r.herberekend.jaarbedrag;
    if (vorige && vorige.aanleiding !== 'maatwerk' && vorige.jaarbedrag !== wet) {
      verschillen.push(`wettelijke uitkomst ${vorige.jaarbedrag} → ${wet}`);
    }
    toelichting = `Maatwerk: het bedrag komt uit maatwerkbesluit ${b.maatwerkbesluitId}; de wettelijke berekening met dezelfde invoer geeft ${wet} cent.`;
  }
  if (b.aanleiding === 'bezwaar') {
    verschillen = verschillen.filter((v) => !v.startsWith('jaarbedrag'));
    toelichting = `Bezwaar: het bedrag komt uit de beslissing op bezwaar ${b.bezwaarId}; de wettelijke berekening met dezelfde invoer geeft ${r.herberekend.jaarbedrag} cent.`;
  }
  return { ...r, verschillen, gelijk: verschillen.length === 0, toelichting };
}

export async function reproduceerBeschikking(
  o: Omgeving,
  ctx: Context,
  id: number,
): Promise<ReproductieMetToelichting> {
  const start = o.klok();
  vereis(ctx, 'beschikking:reproduceren');
  return o.db.transaction(async (tx) => {
    const r = await reproduceer(tx, id, o.wetgeving);
    const b = (await beschikkingVersie(tx, id))!;
    const feiten = await leesDossierFeiten(tx, b.huishoudenId);
    const bsns = personenUitFeiten(feiten);
    await log(o, ctx, tx, 'beschikking-reproduceren', 'reproductie beschikking', bsns, start);
    const vorige = b.vorigeId ? await beschikkingVersie(tx, b.vorigeId) : undefined;
    return beoordeelVersie(r, b, vorige);
  });
}
