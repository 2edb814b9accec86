/**
 * @module
 * The one way from a household's facts to its outcome: the facts as known at a moment → the
 * engine's `Situatie` (`huishoudenUitFeiten`) → the amounts of every toeslag (the batch path) and,
 * when asked, the explanation (the traced path), with the hash of the input snapshot that a
 * decision stores. Batch runs, reproduction, recomputation after a change, change previews,
 * explanations and the calibration report all compute through `HuishoudenRekenaar.bereken`.
 *
 * One rekenaar per set of law (`Wetgeving`): it keeps the batch path's parameter cache and
 * working memory, so a run makes one for all its households. A decision computed with another
 * parameter set is reproduced or explained by a rekenaar made with that set.
 */
import {
  BatchRekenaar,
  type Bedragen,
  type Berekening,
  berekenHuishouden,
  type InputProblem,
  type Situatie,
  type Wetgeving,
} from '@regelmaat/law';
import type { Feit } from './feit';
import { type DossierHuishouden, type DossierVraag, huishoudenUitFeiten } from './huishouden-uit-feiten';
import { snapshotHash } from './snapshot-hash';

export interface RekenVraag extends DossierVraag {
  /** Also explain every amount (the traced path): for people reading why; not for runs. */
  uitleg?: boolean;
}

interface Gemeenschappelijk {
  /** The household as the dossier knows it: persons, missing facts, the input snapshot. */
  dossier: DossierHuishouden;
  /** The hash of the input snapshot (`snapshotHash(dossier.invoer)`), stored with a decision. */
  invoerHash: string;
  /** The parameter version the amounts were computed with. */
  parameterVersie: string;
}

/** A dossier the engine can read, computed. */
export interface Berekend extends Gemeenschappelijk {
  ok: true;
  situatie: Situatie;
  /**
   * The amounts per toeslag (the order of `wetgeving.regelingen`). The rekenaar reuses this object: its values are
   * those of the last `bereken` call, so copy what must outlive the next one.
   */
  bedragen: Bedragen;
  /** The explanation, when asked for (`uitleg: true`). */
  berekening?: Berekening;
}

/** A dossier that breaks a rule of the input: nothing computed, the problems named. */
export interface Onberekenbaar extends Gemeenschappelijk {
  ok: false;
  problemen: InputProblem[];
}

export type HuishoudenUitkomst = Berekend | Onberekenbaar;

/** A computed dossier with its explanation. */
export type Uitgelegd = Berekend & { berekening: Berekening };

export class HuishoudenRekenaar {
  private readonly batch: BatchRekenaar;
  private readonly bedragen: Bedragen;

  constructor(readonly wetgeving: Wetgeving) {
    this.batch = new BatchRekenaar(wetgeving);
    this.bedragen = this.batch.nieuweBedragen();
  }

  /** The outcome of a household from its facts as known at `vraag.bekendOp` (or as given). */
  bereken(feiten: readonly Feit[], vraag: RekenVraag & { uitleg: true }): Uitgelegd | Onberekenbaar;
  bereken(feiten: readonly Feit[], vraag: RekenVraag): HuishoudenUitkomst;
  bereken(feiten: readonly Feit[], vraag: RekenVraag): HuishoudenUitkomst {
    const dossier = huishoudenUitFeiten(feiten, vraag);
    const invoerHash = snapshotHash(dossier.invoer);
    const parameterVersie = this.wetgeving.versie;
    const s = dossier.situatie;
    if (s === null) return { ok: false, dossier, invoerHash, parameterVersie, problemen: dossier.problemen };
    this.batch.bereken(s, this.bedragen);
    return {
      ok: true,
      dossier,
      invoerHash,
      parameterVersie,
      situatie: s,
      bedragen: this.bedragen,
      ...(vraag.uitleg ? { berekening: berekenHuishouden(s, this.wetgeving) } : {}),
    };
  }
}

/** The problems of an uncomputable outcome as one line each (`huur[1].vanaf: overlapt …`). */
export function problemenAlsTekst(problemen: readonly InputProblem[]): string[] {
  return problemen.map((p) => `${p.path}: ${p.message}`);
}
