/**
 * @module
 * Messages in the citizen's portal ("Berichten", table `bericht`, migration 026): what changed, who
 * reported it and what to do if it is wrong. A message is data — its kind and the values it states —
 * and the portal words it (B1, `apps/web/src/teksten/`). One message per `sleutel` (the event it
 * tells about: a provider's report, a detected life event), so a repeat sends nothing again. Only
 * the moment it is first read is ever recorded on it.
 */
import { ISO, type Sql } from '@regelmaat/db';

export interface NieuwBericht {
  huishoudenId: number;
  /** The kind of message, e.g. `opvang-uitschrijving`; the portal words each kind. */
  soort: string;
  /** The event it tells about; a second message with the same key is not sent. */
  sleutel: string;
  /** The values the message states (amounts in eurocents, civil dates). */
  gegevens: Record<string, unknown>;
  /** Now (ISO timestamp), from the caller's clock. */
  op: string;
}

export interface Bericht {
  id: number;
  huishoudenId: number;
  soort: string;
  gegevens: Record<string, unknown>;
  verzondenOp: string;
  gelezenOp?: string;
}

/** Sends a message unless one with the same key exists; returns its id, or undefined for a repeat. */
export async function stuurBericht(sql: Sql, b: NieuwBericht): Promise<number | undefined> {
  const r = await sql.query<{ id: string }>(
    `INSERT INTO bericht (huishouden_id, soort, sleutel, gegevens, verzonden_op)
     VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (sleutel) DO NOTHING RETURNING id`,
    [b.huishoudenId, b.soort, b.sleutel, JSON.stringify(b.gegevens), b.op],
  );
  return r.rows[0] ? Number(r.rows[0].id) : undefined;
}

interface BerichtRij {
  id: string;
  huishouden_id: string;
  soort: string;
  gegevens: Record<string, unknown>;
  verzonden_op: string;
  gelezen_op: string | null;
}

const KOLOMMEN = `id, huishouden_id, soort, gegevens, ${ISO('verzonden_op')} AS verzonden_op,
  CASE WHEN gelezen_op IS NULL THEN NULL ELSE ${ISO('gelezen_op')} END AS gelezen_op`;

const alsBericht = (r: BerichtRij): Bericht => ({
  id: Number(r.id),
  huishoudenId: Number(r.huishouden_id),
  soort: r.soort,
  gegevens: r.gegevens,
  verzondenOp: r.verzonden_op,
  ...(r.gelezen_op ? { gelezenOp: r.gelezen_op } : {}),
});

/** A household's messages, newest first. */
export async function berichtenVan(sql: Sql, huishoudenId: number): Promise<Bericht[]> {
  const r = await sql.query<BerichtRij>(
    `SELECT ${KOLOMMEN} FROM bericht WHERE huishouden_id = $1 ORDER BY id DESC`,
    [huishoudenId],
  );
  return r.rows.map(alsBericht);
}

/** One message of a household (undefined when it is not that household's). */
export async function berichtVan(sql: Sql, huishoudenId: number, id: number): Promise<Bericht | undefined> {
  const r = await sql.query<BerichtRij>(
    `SELECT ${KOLOMMEN} FROM bericht WHERE id = $1 AND huishouden_id = $2`,
    [id, huishoudenId],
  );
  return r.rows[0] ? alsBericht(r.rows[0]) : undefined;
}

/** Records the first time a household's message is read; later reads change nothing. */
export async function markeerGelezen(sql: Sql, huishoudenId: number, id: number, op: string): Promise<void> {
  await sql.query(
    'UPDATE bericht SET gelezen_op = $3 WHERE id = $1 AND huishouden_id = $2 AND gelezen_op IS NULL',
    [id, huishoudenId, op],
  );
}
