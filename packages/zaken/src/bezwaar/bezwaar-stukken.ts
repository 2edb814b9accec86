/**
 * @module
 * The documents sent with an objection (table `bezwaar_stuk`, migration 032): stored as they came
 * in, with their type, size, SHA-256 hash and the moment of upload; never changed or deleted. The
 * caller (the service) has checked the type from the file's own bytes, the size and the count, and
 * who may add or read them; this only writes and reads. The bytes travel as base64 text through SQL
 * (`decode`/`encode`), the same on PGlite and PostgreSQL.
 */
import type { Sql } from '@regelmaat/db';
import { inTransactie } from '../transactie';
import { isoKolom } from '../zaak-rij';

/** The types a document may have (its first bytes decide, not its name). */
export const STUK_TYPEN = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type StukType = (typeof STUK_TYPEN)[number];

export interface NieuwStuk {
  bestandsnaam: string;
  inhoudstype: StukType;
  sha256: string;
  inhoud: Uint8Array;
}

/** A document without its bytes: what a list shows. */
export interface BezwaarStuk {
  id: number;
  bezwaarId: number;
  huishoudenId: number;
  bestandsnaam: string;
  inhoudstype: StukType;
  grootte: number;
  sha256: string;
  /** Instant (UTC). */
  geuploadOp: string;
  geuploadDoor: string;
}

export interface BezwaarStukMetInhoud extends BezwaarStuk {
  inhoud: Uint8Array;
}

const KOLOMMEN = `id, bezwaar_id, huishouden_id, bestandsnaam, inhoudstype, grootte, sha256,
  ${isoKolom('geupload_op', 'geupload_op')}, geupload_door`;

type Rij = Record<string, unknown>;

function naarStuk(r: Rij): BezwaarStuk {
  return {
    id: Number(r.id),
    bezwaarId: Number(r.bezwaar_id),
    huishoudenId: Number(r.huishouden_id),
    bestandsnaam: String(r.bestandsnaam),
    inhoudstype: String(r.inhoudstype) as StukType,
    grootte: Number(r.grootte),
    sha256: String(r.sha256),
    geuploadOp: String(r.geupload_op),
    geuploadDoor: String(r.geupload_door),
  };
}

/** Stores the documents of one objection, in the order given. */
export async function bewaarBezwaarStukken(
  sql: Sql,
  b: { bezwaarId: number; huishoudenId: number },
  stukken: readonly NieuwStuk[],
  door: string,
  nu: string,
): Promise<BezwaarStuk[]> {
  return inTransactie(sql, async (tx) => {
    const uit: BezwaarStuk[] = [];
    for (const s of stukken) {
      const r = await tx.query<Rij>(
        `INSERT INTO bezwaar_stuk (bezwaar_id, huishouden_id, bestandsnaam, inhoudstype, grootte, sha256, inhoud,
                                   geupload_op, geupload_door)
         VALUES ($1, $2, $3, $4, $5, $6, decode($7, 'base64'), $8, $9)
         RETURNING ${KOLOMMEN}`,
        [
          b.bezwaarId,
          b.huishoudenId,
          s.bestandsnaam,
          s.inhoudstype,
          s.inhoud.byteLength,
          s.sha256,
          Buffer.from(s.inhoud).toString('base64'),
          nu,
          door,
        ],
      );
      uit.push(naarStuk(r.rows[0]!));
    }
    return uit;
  });
}

/** The documents of one objection, without their bytes, in upload order. */
export async function bezwaarStukken(sql: Sql, bezwaarId: number): Promise<BezwaarStuk[]> {
  const r = await sql.query<Rij>(`SELECT ${KOLOMMEN} FROM bezwaar_stuk WHERE bezwaar_id = $1 ORDER BY id`, [
    bezwaarId,
  ]);
  return r.rows.map(naarStuk);
}

/** The documents of a household's objections, without their bytes. */
export async function bezwaarStukkenVanHuishouden(sql: Sql, huishoudenId: number): Promise<BezwaarStuk[]> {
  const r = await sql.query<Rij>(
    `SELECT ${KOLOMMEN} FROM bezwaar_stuk WHERE huishouden_id = $1 ORDER BY bezwaar_id, id`,
    [huishoudenId],
  );
  return r.rows.map(naarStuk);
}

/** One document with its bytes. */
export async function bezwaarStuk(sql: Sql, id: number): Promise<BezwaarStukMetInhoud | undefined> {
  const r = await sql.query<Rij>(
    `SELECT ${KOLOMMEN}, encode(inhoud, 'base64') AS inhoud FROM bezwaar_stuk WHERE id = $1`,
    [id],
  );
  const rij = r.rows[0];
  if (!rij) return undefined;
  return { ...naarStuk(rij), inhoud: new Uint8Array(Buffer.from(String(rij.inhoud), 'base64')) };
}
