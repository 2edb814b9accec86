/**
 * @module
 * An objection's letters (table `bezwaarbrief`, migration 022): written at once when the step that
 * sends them happens, one per kind per objection, never changed. The first writer wins; the row is
 * read back as stored.
 */
import type { BezwaarBrief, BezwaarBriefGegevens, BezwaarBriefSoort } from '@regelmaat/brieven';
import { ISO, type Sql } from '@regelmaat/db';

export interface OpgeslagenBezwaarBrief {
  id: number;
  bezwaarId: number;
  huishoudenId: number;
  soort: BezwaarBriefSoort;
  brief: BezwaarBrief;
  vastgelegdOp: string;
}

interface Rij {
  id: string;
  bezwaar_id: string;
  huishouden_id: string;
  soort: BezwaarBriefSoort;
  sjabloon_id: string;
  sjabloon_versie: number;
  briefdatum: string;
  gegevens: BezwaarBriefGegevens;
  vastgelegd_op: string;
}

const KOLOMMEN = `id, bezwaar_id, huishouden_id, soort, sjabloon_id, sjabloon_versie, briefdatum::text AS briefdatum,
  gegevens, ${ISO('vastgelegd_op')} AS vastgelegd_op`;

function alsBrief(r: Rij): OpgeslagenBezwaarBrief {
  return {
    id: Number(r.id),
    bezwaarId: Number(r.bezwaar_id),
    huishoudenId: Number(r.huishouden_id),
    soort: r.soort,
    brief: {
      sjabloon: { id: r.sjabloon_id, versie: r.sjabloon_versie },
      bezwaar: { id: String(r.bezwaar_id) },
      briefdatum: r.briefdatum,
      gegevens: r.gegevens,
    },
    vastgelegdOp: r.vastgelegd_op,
  };
}

export async function bewaarBezwaarBrief(
  sql: Sql,
  n: { huishoudenId: number; brief: BezwaarBrief; op: string },
): Promise<OpgeslagenBezwaarBrief> {
  const b = n.brief;
  await sql.query(
    `INSERT INTO bezwaarbrief (bezwaar_id, huishouden_id, soort, sjabloon_id, sjabloon_versie, briefdatum, gegevens, vastgelegd_op)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8) ON CONFLICT (bezwaar_id, soort) DO NOTHING`,
    [
      Number(b.bezwaar.id),
      n.huishoudenId,
      b.gegevens.soort,
      b.sjabloon.id,
      b.sjabloon.versie,
      b.briefdatum,
      JSON.stringify(b.gegevens),
      n.op,
    ],
  );
  const r = await sql.query<Rij>(
    `SELECT ${KOLOMMEN} FROM bezwaarbrief WHERE bezwaar_id = $1 AND soort = $2`,
    [Number(b.bezwaar.id), b.gegevens.soort],
  );
  return alsBrief(r.rows[0]!);
}

export async function leesBezwaarBrief(sql: Sql, id: number): Promise<OpgeslagenBezwaarBrief | undefined> {
  const r = await sql.query<Rij>(`SELECT ${KOLOMMEN} FROM bezwaarbrief WHERE id = $1`, [id]);
  return r.rows[0] ? alsBrief(r.rows[0]) : undefined;
}

/** A household's objection letters, newest first. */
export async function bezwaarBrievenVan(sql: Sql, huishoudenId: number): Promise<OpgeslagenBezwaarBrief[]> {
  const r = await sql.query<Rij>(
    `SELECT ${KOLOMMEN} FROM bezwaarbrief WHERE huishouden_id = $1 ORDER BY id DESC`,
    [huishoudenId],
  );
  return r.rows.map(alsBrief);
}
