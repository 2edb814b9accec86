/**
 * @module
 * Reads dossier facts for a range of households in one query. Dates and timestamps come back as
 * text (UTC ISO), never as JS Dates, so nothing depends on the process's time zone.
 * `leesBekendeFeiten` is the batch runs' fast path: the same facts as `leesFeiten` with `bekendOp`,
 * read with COPY … TO STDOUT and split by hand (no row objects from the driver: ≈ 3× cheaper).
 */
import { copyUnescape, type Sql } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';

interface FeitRij {
  huishouden_id: string | number;
  soort: Feit['soort'];
  persoon_bsn: string | null;
  waarde: unknown;
  geldig_vanaf: string | null;
  geldig_tot: string | null;
  bron: Feit['bron'];
  geregistreerd_op: number;
  vervallen_op: number | null;
}

/**
 * Milliseconds since 1970 (UTC), whole (truncated to the millisecond, as a JS Date keeps it): far
 * cheaper for the database than formatting text per row. In float arithmetic (date_part), not
 * numeric (extract): ≈ 1 µs less per household in a batch run. Seconds with at most three
 * decimals times 1000, rounded, is exact (both well inside a double's 15 digits).
 */
const MS = (kolom: string) => `round(date_part('epoch', date_trunc('milliseconds', ${kolom})) * 1000)`;

/**
 * Facts of households van ≤ id < tot, grouped per household id (in id order). With `bekendOp`,
 * only the facts known at that moment (filtered by the database).
 */
export async function leesFeiten(
  sql: Sql,
  van: number,
  tot: number,
  bekendOp?: string,
): Promise<Map<number, Feit[]>> {
  const r = await sql.query<FeitRij>(
    `SELECT huishouden_id, soort, persoon_bsn, waarde, geldig_vanaf::text AS geldig_vanaf, geldig_tot::text AS geldig_tot,
            bron, ${MS('geregistreerd_op')} AS geregistreerd_op, ${MS('vervallen_op')} AS vervallen_op
       FROM feit WHERE huishouden_id >= $1 AND huishouden_id < $2
        ${bekendOp ? 'AND geregistreerd_op <= $3 AND (vervallen_op IS NULL OR vervallen_op > $3)' : ''}
      ORDER BY huishouden_id, id`,
    bekendOp ? [van, tot, bekendOp] : [van, tot],
  );
  const uit = new Map<number, Feit[]>();
  for (const rij of r.rows) {
    const id = Number(rij.huishouden_id);
    let lijst = uit.get(id);
    if (!lijst) {
      lijst = [];
      uit.set(id, lijst);
    }
    lijst.push({
      soort: rij.soort,
      waarde: (typeof rij.waarde === 'string' ? JSON.parse(rij.waarde) : rij.waarde) as Feit['waarde'],
      bron: rij.bron,
      geregistreerdOp: new Date(rij.geregistreerd_op).toISOString(),
      ...(rij.persoon_bsn ? { persoonBsn: rij.persoon_bsn } : {}),
      ...(rij.geldig_vanaf ? { geldigVanaf: rij.geldig_vanaf } : {}),
      ...(rij.geldig_tot ? { geldigTot: rij.geldig_tot } : {}),
      ...(rij.vervallen_op !== null ? { vervallenOp: new Date(rij.vervallen_op).toISOString() } : {}),
    } as Feit);
  }
  return uit;
}

const NUL = '\\N';
const ISO_TIJDSTIP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const DATUM = (kolom: string) => `to_char(${kolom}, 'YYYY-MM-DD')`;

/** A timestamp for a COPY query (which takes no bind parameters): checked, then written by us. */
function tijdstipLiteral(t: string): string {
  const ms = Date.parse(t);
  if (!ISO_TIJDSTIP.test(t) || Number.isNaN(ms)) throw new RangeError(`geen ISO-tijdstip: ${t}`);
  return `'${new Date(ms).toISOString()}'::timestamptz`;
}

function geheel(n: number): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`geen geheel getal: ${n}`);
  return n;
}

/**
 * The facts of households van ≤ id < tot as known at `bekendOp` (same result as
 * `leesFeiten(sql, van, tot, bekendOp)`), grouped per household id in id order.
 */
export async function leesBekendeFeiten(
  sql: Sql,
  van: number,
  tot: number,
  bekendOp: string,
): Promise<Map<number, Feit[]>> {
  const t = tijdstipLiteral(bekendOp);
  const tekst = await sql.copyTo(
    `SELECT huishouden_id, soort, persoon_bsn, waarde, ${DATUM('geldig_vanaf')}, ${DATUM('geldig_tot')}, bron,
            ${MS('geregistreerd_op')}, ${MS('vervallen_op')}
       FROM feit WHERE huishouden_id >= ${geheel(van)} AND huishouden_id < ${geheel(tot)}
        AND geregistreerd_op <= ${t} AND (vervallen_op IS NULL OR vervallen_op > ${t})
      ORDER BY huishouden_id, id`,
  );
  const uit = new Map<number, Feit[]>();
  // Few distinct recording times: convert each once.
  const tijden = new Map<string, string>();
  const iso = (ms: string): string => {
    let s = tijden.get(ms);
    if (s === undefined) {
      s = new Date(Number(ms)).toISOString();
      tijden.set(ms, s);
    }
    return s;
  };
  let vorigId = '';
  let lijst: Feit[] = [];
  let begin = 0;
  while (begin < tekst.length) {
    let eind = tekst.indexOf('\n', begin);
    if (eind < 0) eind = tekst.length;
    const v = tekst.slice(begin, eind).split('\t');
    begin = eind + 1;
    if (v.length !== 9) throw new Error(`onverwachte COPY-regel uit feit (${v.length} velden)`);
    if (v[0] !== vorigId) {
      vorigId = v[0]!;
      lijst = [];
      uit.set(Number(vorigId), lijst);
    }
    const f: Feit = {
      soort: v[1] as Feit['soort'],
      waarde: JSON.parse(copyUnescape(v[3]!)) as Feit['waarde'],
      bron: v[6] as Feit['bron'],
      geregistreerdOp: iso(v[7]!),
    };
    if (v[2] !== NUL) f.persoonBsn = v[2]!;
    if (v[4] !== NUL) f.geldigVanaf = v[4]!;
    if (v[5] !== NUL) f.geldigTot = v[5]!;
    if (v[8] !== NUL) f.vervallenOp = iso(v[8]!);
    lijst.push(f);
  }
  return uit;
}
