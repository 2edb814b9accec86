/**
 * @module
 * Personal guidance (persoonlijke begeleiding, migration 037): one guide per household, with its
 * case (`persoonlijke-begeleiding`, opened by the service through `@regelmaat/zaken`), the contact
 * moments planned over two to three months and the guide's notes. Who may start one, see a
 * caseload or write a note is decided by the service (`@regelmaat/diensten`); this store keeps the
 * rows and answers by guide.
 */
import { ISO, type Sql } from '@regelmaat/db';
import { Conflict, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import type { BegeleidingReden } from './regeling';

export interface Contactmoment {
  id: number;
  geplandOp: string;
  /** Why it was planned besides the schedule: 'regeling-achter', a plan behind (migration 042); null for the schedule. */
  aanleiding: 'regeling-achter' | null;
  notitie: string | null;
  genoteerdOp: string | null;
  genoteerdDoor: string | null;
}

export interface Begeleiding {
  id: number;
  huishoudenId: number;
  zaakId: number;
  /** The guide's staff account id. */
  begeleider: string;
  reden: BegeleidingReden;
  gestartOp: string;
  gestartDoor: string;
  contactmomenten: Contactmoment[];
}

interface Rij {
  id: string;
  huishouden_id: string;
  zaak_id: string;
  begeleider: string;
  reden: BegeleidingReden;
  gestart_op: string;
  gestart_door: string;
}

const KOLOMMEN = `id, huishouden_id, zaak_id, begeleider, reden, ${ISO('gestart_op')} AS gestart_op, gestart_door`;

async function metMomenten(sql: Sql, rijen: Rij[]): Promise<Begeleiding[]> {
  if (rijen.length === 0) return [];
  const m = await sql.query<{
    id: string;
    begeleiding_id: string;
    gepland_op: string;
    aanleiding: 'regeling-achter' | null;
    notitie: string | null;
    genoteerd_op: string | null;
    genoteerd_door: string | null;
  }>(
    `SELECT id, begeleiding_id, to_char(gepland_op, 'YYYY-MM-DD') AS gepland_op, aanleiding, notitie,
            ${ISO('genoteerd_op')} AS genoteerd_op, genoteerd_door
       FROM contactmoment WHERE begeleiding_id = ANY($1::bigint[]) ORDER BY gepland_op, id`,
    [rijen.map((r) => r.id)],
  );
  return rijen.map((r) => ({
    id: Number(r.id),
    huishoudenId: Number(r.huishouden_id),
    zaakId: Number(r.zaak_id),
    begeleider: r.begeleider,
    reden: r.reden,
    gestartOp: r.gestart_op,
    gestartDoor: r.gestart_door,
    contactmomenten: m.rows
      .filter((x) => x.begeleiding_id === r.id)
      .map((x) => ({
        id: Number(x.id),
        geplandOp: x.gepland_op,
        aanleiding: x.aanleiding,
        notitie: x.notitie,
        genoteerdOp: x.genoteerd_op,
        genoteerdDoor: x.genoteerd_door,
      })),
  }));
}

/** Records the guidance and its planned contact moments. Conflict when the household has one. */
export async function legBegeleidingVast(
  sql: Sql,
  b: {
    huishoudenId: number;
    zaakId: number;
    begeleider: string;
    reden: BegeleidingReden;
    momenten: readonly string[];
    door: string;
    op: string;
  },
): Promise<Begeleiding> {
  const r = await sql.query<{ id: string }>(
    `INSERT INTO begeleiding (huishouden_id, zaak_id, begeleider, reden, gestart_op, gestart_door)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (huishouden_id) DO NOTHING RETURNING id`,
    [b.huishoudenId, b.zaakId, b.begeleider, b.reden, b.op, b.door],
  );
  if (!r.rows[0]) throw new Conflict('al-begeleid', 'Dit huishouden heeft al een persoonlijk begeleider.');
  const id = Number(r.rows[0].id);
  for (const d of b.momenten)
    await sql.query('INSERT INTO contactmoment (begeleiding_id, gepland_op) VALUES ($1, $2)', [id, d]);
  return (await begeleidingVan(sql, b.huishoudenId))!;
}

/** The household's guidance, or undefined. */
export async function begeleidingVan(sql: Sql, huishoudenId: number): Promise<Begeleiding | undefined> {
  const r = await sql.query<Rij>(`SELECT ${KOLOMMEN} FROM begeleiding WHERE huishouden_id = $1`, [
    huishoudenId,
  ]);
  return (await metMomenten(sql, r.rows))[0];
}

/** The guidance a contact moment belongs to, or undefined. */
export async function begeleidingVanContactmoment(
  sql: Sql,
  contactmomentId: number,
): Promise<Begeleiding | undefined> {
  const r = await sql.query<Rij>(
    `SELECT ${KOLOMMEN} FROM begeleiding WHERE id = (SELECT begeleiding_id FROM contactmoment WHERE id = $1)`,
    [contactmomentId],
  );
  return (await metMomenten(sql, r.rows))[0];
}

/** A guide's caseload: the households they guide, oldest first. */
export async function caseloadVan(sql: Sql, begeleider: string): Promise<Begeleiding[]> {
  const r = await sql.query<Rij>(`SELECT ${KOLOMMEN} FROM begeleiding WHERE begeleider = $1 ORDER BY id`, [
    begeleider,
  ]);
  return metMomenten(sql, r.rows);
}

/** How many households each guide has (staff account id → number). */
export async function caseloadPerBegeleider(sql: Sql): Promise<Map<string, number>> {
  const r = await sql.query<{ begeleider: string; n: string }>(
    'SELECT begeleider, count(*) AS n FROM begeleiding GROUP BY begeleider',
  );
  return new Map(r.rows.map((x) => [x.begeleider, Number(x.n)]));
}

/** Writes the note of a contact moment that took place, once. */
export async function noteerContactmoment(
  sql: Sql,
  n: { contactmomentId: number; notitie: string; door: string; op: string },
): Promise<void> {
  const tekst = n.notitie.trim();
  if (tekst.length === 0 || tekst.length > 2000)
    throw new Ongeldig([
      {
        naam: 'notitie',
        code: tekst.length === 0 ? 'verplicht' : 'te-lang',
        reden: 'moet 1 tot en met 2000 tekens zijn',
      },
    ]);
  const r = await sql.query<{ notitie: string | null }>(
    'SELECT notitie FROM contactmoment WHERE id = $1 FOR UPDATE',
    [n.contactmomentId],
  );
  if (!r.rows[0]) throw new NietGevonden(`Contactmoment ${n.contactmomentId} bestaat niet.`);
  if (r.rows[0].notitie !== null)
    throw new Conflict('al-genoteerd', 'Bij dit contactmoment staat al een notitie.');
  await sql.query(
    'UPDATE contactmoment SET notitie = $2, genoteerd_op = $3, genoteerd_door = $4 WHERE id = $1',
    [n.contactmomentId, tekst, n.op, n.door],
  );
}
