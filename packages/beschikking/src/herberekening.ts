/**
 * @module
 * Recomputation of one household outside the batch runs — after a reported change or for a
 * maatwerk decision: its advance from its facts as known at a moment (batch path: amounts only),
 * through the one way from facts to an outcome (`HuishoudenRekenaar`).
 */
import { type DossierHuishouden, type Feit, HuishoudenRekenaar, problemenAlsTekst } from '@regelmaat/dossier';
import { REGELINGEN, type RegelingId, type Wetgeving } from '@regelmaat/law';

export interface Herberekening {
  dossier: DossierHuishouden;
  /** Year amount per toeslag (eurocents; -1: could not be computed). */
  jaarbedragen: Map<RegelingId, number>;
  invoerHash: string;
  problemen: string[];
}

/** Computes the advance of one household from its facts as known at `moment` (batch path: amounts only). */
export function herbereken(
  feiten: readonly Feit[],
  jaar: number,
  moment: string,
  w: Wetgeving,
): Herberekening {
  const u = new HuishoudenRekenaar(w).bereken(feiten, { jaar, variant: 'schatting', bekendOp: moment });
  const jaarbedragen = new Map<RegelingId, number>();
  if (!u.ok) {
    return {
      dossier: u.dossier,
      jaarbedragen,
      invoerHash: u.invoerHash,
      problemen: problemenAlsTekst(u.problemen),
    };
  }
  REGELINGEN.forEach((r, i) => {
    jaarbedragen.set(r.id, u.bedragen.jaarbedrag(i));
  });
  return { dossier: u.dossier, jaarbedragen, invoerHash: u.invoerHash, problemen: [] };
}
