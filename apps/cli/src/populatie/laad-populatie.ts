/**
 * @module
 * Fills the dossier with a synthetic population: each generated household becomes facts
 * (`alsDossier` of @regelmaat/populatie), loaded with COPY in batches, each batch in its own
 * transaction. Memory stays flat in N: one batch at a time.
 * Loading is resumable: households already present are skipped (generation is deterministic per
 * index, so a rerun produces the same households).
 */
import type { Db } from '@regelmaat/db';
import { alsCopy, type CopyTekst, type NieuwHuishouden, schrijfCopy } from '@regelmaat/dossier-opslag';
import { alsDossier, genereerHuishouden } from '@regelmaat/populatie';

export interface LaadOpties {
  aantal: number;
  /** Load only indices van ≤ i < tot (for parallel loaders); default the whole population. */
  van?: number;
  tot?: number;
  seed: number;
  jaar: 2025 | 2026;
  /** The writing moment (ISO, the caller's clock): facts recorded after it are not loaded. */
  nu: string;
  /** Households per transaction. */
  batch?: number;
  bijVoortgang?: (geladen: number, totaal: number) => void;
}

export interface LaadUitkomst {
  geladen: number;
  overgeslagen: number;
  feiten: number;
}

export class AnderePopulatie extends Error {
  override readonly name = 'AnderePopulatie';
}

/** Records seed and year of the population, or refuses when the database holds another one. */
async function claimPopulatie(db: Db, seed: number, jaar: number): Promise<void> {
  await db.query('INSERT INTO populatie (id, seed, jaar) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING', [
    seed,
    jaar,
  ]);
  const r = await db.query<{ seed: number; jaar: number }>('SELECT seed, jaar FROM populatie WHERE id = 1');
  const p = r.rows[0]!;
  if (p.seed !== seed || p.jaar !== jaar) {
    throw new AnderePopulatie(
      `de database bevat al een populatie met seed ${p.seed} voor ${p.jaar}; gebruik dezelfde seed en hetzelfde jaar, of een lege database (REGELMAAT_DATA of DATABASE_URL)`,
    );
  }
}

/** Households per slice of generation between two yields to the event loop. */
const PLAK = 250;

/**
 * The COPY text of households start..eind−1, generated slice by slice with a yield to the event
 * loop after each, so that a COPY of the previous batch in flight on the same process keeps going.
 */
async function genereerBatch(o: LaadOpties, start: number, eind: number): Promise<CopyTekst> {
  let huishouden = '';
  let lid = '';
  let feit = '';
  for (let i = start; i < eind; i += PLAK) {
    const dossiers: NieuwHuishouden[] = [];
    for (let j = i; j < Math.min(eind, i + PLAK); j++)
      dossiers.push(alsDossier(genereerHuishouden(o.seed, j, o.jaar), o.jaar, o.nu));
    const c = alsCopy(dossiers);
    huishouden += c.huishouden;
    lid += c.lid;
    feit += c.feit;
    await new Promise((r) => setImmediate(r));
  }
  return { huishouden, lid, feit };
}

/** Generates and loads households van..tot−1 (default 0..aantal−1); skips those already loaded. */
export async function laadPopulatie(db: Db, o: LaadOpties): Promise<LaadUitkomst> {
  await claimPopulatie(db, o.seed, o.jaar);
  const batch = o.batch ?? 10_000;
  const van = o.van ?? 0;
  const tot = Math.min(o.tot ?? o.aantal, o.aantal);
  // Ids are index + 1, loaded in order within a range, batch by batch: resume after the highest.
  const r = await db.query<{ hi: string | null }>(
    'SELECT max(id) AS hi FROM huishouden WHERE id > $1 AND id <= $2',
    [van, tot],
  );
  const al = Math.max(van, Number(r.rows[0]!.hi ?? 0));
  let feiten = 0;
  let geladen = 0;
  // Pipelined: while one batch's COPY runs in the database, the next batch is generated (in
  // slices that yield to the event loop, so the COPY keeps streaming). Each batch is still one
  // transaction, written in order: the resume rule above is unchanged.
  let volgende = al < tot ? genereerBatch(o, al, Math.min(tot, al + batch)) : undefined;
  for (let start = al; start < tot; start += batch) {
    const eind = Math.min(tot, start + batch);
    const copy = await volgende!;
    const schrijven = db.transaction(async (tx) => {
      // A batch lost with an unflushed commit (server crash only) is simply missing, and batches
      // become durable in order: the resume rule below (after the highest id) loads it again.
      if (db.kind === 'postgres') await tx.exec('SET LOCAL synchronous_commit = off');
      return schrijfCopy(tx, copy);
    });
    volgende = eind < tot ? genereerBatch(o, eind, Math.min(tot, eind + batch)) : undefined;
    try {
      feiten += await schrijven;
    } catch (e) {
      await volgende?.catch(() => undefined);
      throw e;
    }
    geladen += eind - start;
    o.bijVoortgang?.(eind - van, tot - van);
  }
  return { geladen, overgeslagen: al - van, feiten };
}
