/**
 * @module
 * Recomputation of one household outside the batch runs — after a reported change or for a
 * maatwerk decision: its advance from its facts as known at a moment (batch path: amounts only).
 */
import { type DossierHuishouden, type Feit, huishoudenUitFeiten, snapshotHash } from '@regelmaat/dossier';
import {
  BatchRekenaar,
  normaliseer,
  parseHuishouden,
  REGELINGEN,
  type RegelingId,
  WAARDEN_PER_HUISHOUDEN,
  type Wetgeving,
} from '@regelmaat/law';

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
  const dossier = huishoudenUitFeiten(feiten, jaar, moment, 'schatting');
  const parsed = parseHuishouden(dossier.invoer);
  const jaarbedragen = new Map<RegelingId, number>();
  if (!parsed.ok) {
    return {
      dossier,
      jaarbedragen,
      invoerHash: snapshotHash(dossier.invoer),
      problemen: parsed.problems.map((p) => `${p.path}: ${p.message}`),
    };
  }
  const uit = new Int32Array(WAARDEN_PER_HUISHOUDEN);
  new BatchRekenaar(w).bereken(normaliseer(parsed.huishouden), uit, 0);
  REGELINGEN.forEach((r, i) => {
    jaarbedragen.set(r.id, uit[i * 13]!);
  });
  return { dossier, jaarbedragen, invoerHash: snapshotHash(dossier.invoer), problemen: [] };
}
