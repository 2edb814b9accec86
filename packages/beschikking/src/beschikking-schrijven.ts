/**
 * @module
 * Writing a new decision version outside a run (after a change or a maatwerk decision), a
 * definitive one with its settlement.
 */
import type { Sql } from '@regelmaat/db';
import { ENGINE_VERSIE, type RegelingId, type Wetgeving } from '@regelmaat/law';
import { bewaarParameterset } from './parameterset';
import type { Vereffening } from './vereffening';

export interface NieuweVersie {
  huishoudenId: number;
  regeling: RegelingId;
  jaar: number;
  soort: 'voorschot' | 'definitief';
  jaarbedrag: number;
  maandbedragen: readonly number[];
  aanleiding: 'wijziging' | 'maatwerk' | 'bezwaar' | 'zienswijze';
  vorigeId?: number;
  maatwerkbesluitId?: number;
  /** The (partly) upheld objection (aanleiding 'bezwaar'); the database checks it (migration 022). */
  bezwaarId?: number;
  toelichting?: string;
  invoerHash: string;
  /**
   * The law it was computed with: kept (once, by its version) before the version is written. A
   * version that takes the law of the one it replaces (maatwerk) gives just that version: its set
   * was kept when that one was written.
   */
  parameterset: Wetgeving | { readonly versie: string };
  bekendOp: string;
  /** The settlement of a definitive version against the advances (its `definitief` is `jaarbedrag`). */
  vereffening?: Vereffening;
}

/** Writes a new decision version (outside a run), a definitive one with its settlement; returns its id. */
export async function schrijfBeschikkingVersie(sql: Sql, v: NieuweVersie): Promise<number> {
  if ('teksten' in v.parameterset) await bewaarParameterset(sql, v.parameterset, v.bekendOp);
  const r = await sql.query<{ id: string }>(
    `INSERT INTO beschikking (run_id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen,
                              engine_versie, parameter_versie, invoer_hash, bekend_op, aanleiding, vorige_id,
                              maatwerkbesluit_id, toelichting, vereffening_voorschot_totaal, vereffening_verschil,
                              vereffening_uitkomst, vereffening_te_betalen, vereffening_terug_te_vorderen, bezwaar_id)
     VALUES (NULL, $1, $2, $3, $4, 'vastgesteld', $5, $6::int[], $7, $8, $9, $10, $11, $12, $13, $14,
             $15, $16, $17, $18, $19, $20)
     RETURNING id`,
    [
      v.huishoudenId,
      v.regeling,
      v.jaar,
      v.soort,
      v.jaarbedrag,
      `{${v.maandbedragen.join(',')}}`,
      ENGINE_VERSIE,
      v.parameterset.versie,
      v.invoerHash,
      v.bekendOp,
      v.aanleiding,
      v.vorigeId ?? null,
      v.maatwerkbesluitId ?? null,
      v.toelichting ?? null,
      v.vereffening?.voorschotTotaal ?? null,
      v.vereffening?.verschil ?? null,
      v.vereffening?.uitkomst ?? null,
      v.vereffening?.teBetalen ?? null,
      v.vereffening?.terugTeVorderen ?? null,
      v.bezwaarId ?? null,
    ],
  );
  return Number(r.rows[0]!.id);
}
