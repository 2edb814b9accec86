/**
 * @module
 * Writing the decisions of one partition of a batch run: with COPY, in the partition's
 * transaction, a definitive decision with its settlement against what was advanced (Awir art. 24,
 * 26, 26a). The throughput path of the runs (docs/benchmarks.md): one template per row.
 */
import { copyLine, type Sql } from '@regelmaat/db';
import type { Wetgeving } from '@regelmaat/law';
import { doelmatigheidsgrens, vereffen } from './vereffening';

const BESCHIKKING_KOLOMMEN = [
  'run_id',
  'huishouden_id',
  'regeling',
  'jaar',
  'soort',
  'status',
  'jaarbedrag',
  'maandbedragen',
  'engine_versie',
  'parameter_versie',
  'invoer_hash',
  'bekend_op',
  // The settlement of a definitive decision (Awir art. 24, 26, 26a); \N for an advance.
  'vereffening_voorschot_totaal',
  'vereffening_verschil',
  'vereffening_uitkomst',
  'vereffening_te_betalen',
  'vereffening_terug_te_vorderen',
] as const;

/** The settlement columns of a decision without one. */
const GEEN_VEREFFENING = '\\N\t\\N\t\\N\t\\N\t\\N';

/** One decision of a batch run, as the partition computed it. */
export interface RunBeschikking {
  huishouden: number;
  regeling: string;
  /** What was advanced for this toeslag (definitive run; 0 without an advance). */
  voorschot: number;
  status: 'vastgesteld' | 'aangehouden' | 'niet-berekenbaar';
  jaarbedrag: number;
  maanden: string;
  hash: string;
}

/** What every decision of the run shares. */
export interface RunKenmerken {
  id: number;
  jaar: number;
  engineVersie: string;
  parameterVersie: string;
  bekendOp: string;
}

/**
 * Writes the decisions with COPY, a definitive decision with its settlement. No ON CONFLICT is
 * needed: only the leaseholder of a partition writes its decisions, in the transaction that
 * marks it done; should a double still occur, the unique key (run_id, huishouden_id, regeling)
 * makes the whole partition's transaction fail.
 */
export async function schrijfRunBeschikkingen(
  sql: Sql,
  run: RunKenmerken,
  rijen: readonly RunBeschikking[],
  definitief: boolean,
  w: Wetgeving,
): Promise<void> {
  if (rijen.length === 0) return;
  const grens = definitief ? doelmatigheidsgrens(w, run.jaar) : 0;
  // The same for every row of the run: escaped once.
  const vast = copyLine([run.id]).slice(0, -1);
  const vast2 = copyLine([run.jaar, definitief ? 'definitief' : 'voorschot']).slice(0, -1);
  const vast3 = copyLine([run.engineVersie, run.parameterVersie]).slice(0, -1);
  const bekendOp = copyLine([run.bekendOp]).slice(0, -1);
  let tekst = '';
  for (let i = 0; i < rijen.length; i++) {
    const b = rijen[i]!;
    let vereffening = GEEN_VEREFFENING;
    if (definitief && b.status !== 'niet-berekenbaar') {
      const v = vereffen(b.voorschot, b.jaarbedrag, grens);
      vereffening = `${v.voorschotTotaal}\t${v.verschil}\t${v.uitkomst}\t${v.teBetalen}\t${v.terugTeVorderen}`;
    }
    tekst += `${vast}\t${b.huishouden}\t${b.regeling}\t${vast2}\t${b.status}\t${b.jaarbedrag}\t${b.maanden}\t${vast3}\t${b.hash}\t${bekendOp}\t${vereffening}\n`;
  }
  await sql.copyFrom('beschikking', BESCHIKKING_KOLOMMEN, tekst);
}
