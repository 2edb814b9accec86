/**
 * @module
 * The ceiling of the batch benchmark (issue 11, "benchmarks that travel"): on the same database, in
 * the same run, the time a plain COPY takes to move what a step moves — nothing computed, no
 * constraint, no index — so each figure can be printed as a share of what this machine and this
 * database can do at all. Machines of the same kind differ up to 2× in absolute figures; the share
 * travels.
 *
 * - **In**: the same number of rows, of the same average width, as the step wrote into each table
 *   (measured afterwards from the tables), COPY'd as one text column into a plain table per written
 *   table (logged, no constraints, no indexes), in chunks of at most 10,000 rows.
 * - **Out** (runs): the rows the run reads, COPY'd out per partition range: the facts of the
 *   households (and, for the definitive run, the advance decisions), as the run's own reads do.
 *
 * Chunks are spread over `banen` connections at once (the number of worker processes of the run on
 * PostgreSQL; one on PGlite, which serialises anyway). The plain tables are dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '@regelmaat/db';

/** What a step wrote into one table: rows and their average width in bytes (as text). */
export interface Geschreven {
  tabel: string;
  rijen: number;
  breedte: number;
}

export interface Plafond {
  seconden: number;
  /** Rows COPY'd in (all tables together) and rows COPY'd out. */
  rijenIn: number;
  rijenUit: number;
  /** Per written table, for the printed line. */
  geschreven: Geschreven[];
}

const CHUNK = 10_000;

/** Rows and average text width of `SELECT … FROM tabel WHERE voorwaarde` (untimed). */
export async function meetGeschreven(
  db: Db,
  tabel: string,
  voorwaarde: string,
  parameters: unknown[] = [],
): Promise<Geschreven> {
  const r = await db.query<{ n: string | number; b: string | number | null }>(
    `SELECT count(*) AS n, avg(octet_length(t::text)) AS b FROM ${tabel} t WHERE ${voorwaarde}`,
    parameters,
  );
  return { tabel, rijen: Number(r.rows[0]!.n), breedte: Math.round(Number(r.rows[0]!.b ?? 0)) };
}

/** One chunk of `n` lines of `breedte` bytes (hex, so nothing compresses or needs escaping). */
function regels(n: number, breedte: number): string {
  const hex = randomBytes(Math.ceil(Math.max(1, breedte) / 2) + 8).toString('hex');
  const lijst: string[] = [];
  for (let i = 0; i < n; i++) {
    // Each line differs a little (its start), all have the same width.
    const begin = i % 16;
    lijst.push(hex.slice(begin, begin + Math.max(1, breedte)));
  }
  return `${lijst.join('\n')}\n`;
}

/** Runs the tasks on `banen` lanes at once; returns the wall time in seconds. */
async function opBanen(taken: (() => Promise<unknown>)[], banen: number): Promise<number> {
  let volgende = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(banen, taken.length)) }, async () => {
      while (volgende < taken.length) await taken[volgende++]!();
    }),
  );
  return (performance.now() - t0) / 1000;
}

/**
 * Times the ceiling: COPY out of `leesQueries` (each a SELECT for one partition range) and COPY in
 * of what `geschreven` says was written, on `banen` connections.
 */
export async function meetPlafond(
  db: Db,
  geschreven: Geschreven[],
  leesQueries: string[],
  banen: number,
): Promise<Plafond> {
  const naam = (g: Geschreven) => `plafond_${g.tabel}_${process.pid}`;
  const schrijven = geschreven.filter((g) => g.rijen > 0);
  for (const g of schrijven) {
    await db.exec(`DROP TABLE IF EXISTS ${naam(g)}`);
    await db.exec(`CREATE TABLE ${naam(g)} (regel text)`);
  }
  // The chunk texts are made before timing (one per table and size), so only COPY is timed.
  const schrijf: (() => Promise<unknown>)[] = [];
  const teksten = new Map<string, string>();
  for (const g of schrijven) {
    for (let gedaan = 0; gedaan < g.rijen; gedaan += CHUNK) {
      const n = Math.min(CHUNK, g.rijen - gedaan);
      const sleutel = `${g.tabel}:${n}`;
      if (!teksten.has(sleutel)) teksten.set(sleutel, regels(n, g.breedte));
      const tekst = teksten.get(sleutel)!;
      schrijf.push(() => db.copyFrom(naam(g), ['regel'], tekst));
    }
  }
  let rijenUit = 0;
  const lees = leesQueries.map((q) => async () => {
    const tekst = await db.copyTo(q);
    for (let i = tekst.indexOf('\n'); i !== -1; i = tekst.indexOf('\n', i + 1)) rijenUit++;
  });
  // Reads and writes interleaved, as a run does partition by partition.
  const gemengd: (() => Promise<unknown>)[] = [];
  let si = 0;
  for (let li = 0; li < lees.length; li++) {
    gemengd.push(lees[li]!);
    const tot = Math.round(((li + 1) * schrijf.length) / lees.length);
    while (si < tot) gemengd.push(schrijf[si++]!);
  }
  while (si < schrijf.length) gemengd.push(schrijf[si++]!);
  try {
    const seconden = await opBanen(gemengd, banen);
    return {
      seconden,
      rijenIn: schrijven.reduce((s, g) => s + g.rijen, 0),
      rijenUit,
      geschreven,
    };
  } finally {
    for (const g of schrijven) await db.exec(`DROP TABLE IF EXISTS ${naam(g)}`);
  }
}

/** The SELECTs a run reads with, per partition range of the run (van ≤ id < tot). */
export async function leesQueriesVanRun(db: Db, runId: number, definitief: boolean): Promise<string[]> {
  const r = await db.query<{ van: string | number; tot: string | number }>(
    'SELECT van_id AS van, tot_id AS tot FROM run_partitie WHERE run_id = $1 ORDER BY nr',
    [runId],
  );
  return r.rows.flatMap(({ van, tot }) => {
    const bereik = `huishouden_id >= ${Number(van)} AND huishouden_id < ${Number(tot)}`;
    const feiten = `SELECT * FROM feit WHERE ${bereik}`;
    return definitief
      ? [feiten, `SELECT * FROM beschikking WHERE soort = 'voorschot' AND ${bereik}`]
      : [feiten];
  });
}

/** What a run wrote: its decisions, cases, payments, processing log and operations. */
export async function geschrevenDoorRun(db: Db, runId: number): Promise<Geschreven[]> {
  const trace = await db.query<{ trace_id: string }>('SELECT trace_id FROM run WHERE id = $1', [runId]);
  return [
    await meetGeschreven(db, 'beschikking', 'run_id = $1', [runId]),
    await meetGeschreven(db, 'zaak', 'run_id = $1', [runId]),
    await meetGeschreven(db, 'betaling', 'run_id = $1', [runId]),
    await meetGeschreven(db, 'verwerking', 'run_id = $1', [runId]),
    await meetGeschreven(db, 'handeling', 'trace_id = $1', [trace.rows[0]!.trace_id]),
    // A definitive run also books what follows from its settlements, through the product's own
    // partition transaction (@regelmaat/invordering): back-payments, recoveries with their first
    // ledger entry, and the zienswijze letters as data. None for an advance run.
    ...(await geschrevenInvordering(db, runId)),
  ];
}

const VAN_RUN = 'beschikking_id IN (SELECT id FROM beschikking WHERE run_id = $1)';

/** The recovery rows a (definitive) run wrote: nabetaling, vordering, boeking, zienswijze. */
export async function geschrevenInvordering(db: Db, runId: number): Promise<Geschreven[]> {
  return [
    await meetGeschreven(db, 'nabetaling', VAN_RUN, [runId]),
    await meetGeschreven(db, 'vordering', VAN_RUN, [runId]),
    await meetGeschreven(db, 'boeking', `vordering_id IN (SELECT id FROM vordering WHERE ${VAN_RUN})`, [
      runId,
    ]),
    await meetGeschreven(db, 'zienswijze', 'zaak_id IN (SELECT id FROM zaak WHERE run_id = $1)', [runId]),
  ];
}

/** What loading the population wrote (the whole tables: the benchmark starts empty). */
export async function geschrevenDoorLaden(db: Db): Promise<Geschreven[]> {
  return [
    await meetGeschreven(db, 'huishouden', 'true'),
    await meetGeschreven(db, 'huishouden_lid', 'true'),
    await meetGeschreven(db, 'feit', 'true'),
  ];
}

/** "beschikking 251.000 × 190 B, verwerking 210.000 × 420 B" */
export function beschrijfGeschreven(g: Geschreven[]): string {
  return g
    .filter((x) => x.rijen > 0)
    .map((x) => `${x.tabel} ${x.rijen.toLocaleString('nl-NL')} × ${x.breedte} B`)
    .join(', ');
}
