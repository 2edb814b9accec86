/**
 * @module
 * The zienswijze before a high recovery (Awir art. 26b; table `zienswijze`, migration 036): reading
 * it with its responses and its outcome, recording a response (portal or phone) and the outcome.
 * Append-only: a response or outcome is a new row, and a decided zienswijze takes no new response.
 */
import { ISO, type Sql } from '@regelmaat/db';
import { Conflict, Ongeldig } from '@regelmaat/kernel';

/** One toeslag in the zienswijze letter's calculation (eurocents). */
export interface ZienswijzeRegel {
  regeling: string;
  beschikkingId: number;
  /** What was paid as advance. */
  voorschot: number;
  /** The definitive year amount. */
  jaarbedrag: number;
  /** The recovery intended for this toeslag (0 at or below the doelmatigheidsgrens, Awir art. 26a). */
  terug: number;
  /** A back-payment on this toeslag (it does not lower the recovery of another). */
  nabetaling: number;
}

export interface ZienswijzeReactie {
  id: number;
  kanaal: 'portaal' | 'telefoon';
  tekst: string;
  /** The staff member who wrote down a phone response; null for the portal. */
  vastgelegdDoor: string | null;
  ontvangenOp: string;
}

export interface ZienswijzeAfronding {
  uitkomst: 'ongewijzigd' | 'verlaagd';
  motivering: string;
  door: string;
  afgerondOp: string;
}

export interface Zienswijze {
  id: number;
  zaakId: number;
  huishoudenId: number;
  jaar: number;
  /** The total recovery intended when the letter was written (eurocents). */
  terugTeVorderen: number;
  sjabloon: { id: string; versie: number };
  briefdatum: string;
  reagerenUiterlijk: string;
  berekening: ZienswijzeRegel[];
  vastgelegdOp: string;
  reacties: ZienswijzeReactie[];
  afronding: ZienswijzeAfronding | null;
}

interface Rij {
  id: string;
  zaak_id: string;
  huishouden_id: string;
  jaar: number;
  terug_te_vorderen: number;
  sjabloon_id: string;
  sjabloon_versie: number;
  briefdatum: string;
  reageren_uiterlijk: string;
  berekening: ZienswijzeRegel[];
  vastgelegd_op: string;
  reacties: { id: number; kanaal: 'portaal' | 'telefoon'; tekst: string; door: string | null; op: string }[];
  afronding: { uitkomst: 'ongewijzigd' | 'verlaagd'; motivering: string; door: string; op: string } | null;
}

const SELECT = `SELECT w.id, w.zaak_id, w.huishouden_id, w.jaar, w.terug_te_vorderen, w.sjabloon_id, w.sjabloon_versie,
    to_char(w.briefdatum, 'YYYY-MM-DD') AS briefdatum, to_char(w.reageren_uiterlijk, 'YYYY-MM-DD') AS reageren_uiterlijk,
    w.berekening, ${ISO('w.vastgelegd_op')} AS vastgelegd_op,
    (SELECT coalesce(jsonb_agg(jsonb_build_object('id', r.id, 'kanaal', r.kanaal, 'tekst', r.tekst,
              'door', r.vastgelegd_door, 'op', ${ISO('r.ontvangen_op')}) ORDER BY r.id), '[]'::jsonb)
       FROM zienswijze_reactie r WHERE r.zienswijze_id = w.id) AS reacties,
    (SELECT jsonb_build_object('uitkomst', a.uitkomst, 'motivering', a.motivering, 'door', a.door,
              'op', ${ISO('a.afgerond_op')})
       FROM zienswijze_afronding a WHERE a.zienswijze_id = w.id) AS afronding
  FROM zienswijze w`;

function alsZienswijze(r: Rij): Zienswijze {
  return {
    id: Number(r.id),
    zaakId: Number(r.zaak_id),
    huishoudenId: Number(r.huishouden_id),
    jaar: r.jaar,
    terugTeVorderen: r.terug_te_vorderen,
    sjabloon: { id: r.sjabloon_id, versie: r.sjabloon_versie },
    briefdatum: r.briefdatum,
    reagerenUiterlijk: r.reageren_uiterlijk,
    berekening: r.berekening.map((b) => ({ ...b, beschikkingId: Number(b.beschikkingId) })),
    vastgelegdOp: r.vastgelegd_op,
    reacties: r.reacties.map((x) => ({
      id: Number(x.id),
      kanaal: x.kanaal,
      tekst: x.tekst,
      vastgelegdDoor: x.door,
      ontvangenOp: x.op,
    })),
    afronding: r.afronding
      ? {
          uitkomst: r.afronding.uitkomst,
          motivering: r.afronding.motivering,
          door: r.afronding.door,
          afgerondOp: r.afronding.op,
        }
      : null,
  };
}

export async function zienswijze(sql: Sql, id: number): Promise<Zienswijze | undefined> {
  const r = await sql.query<Rij>(`${SELECT} WHERE w.id = $1`, [id]);
  return r.rows[0] ? alsZienswijze(r.rows[0]) : undefined;
}

export async function zienswijzeVanZaak(sql: Sql, zaakId: number): Promise<Zienswijze | undefined> {
  const r = await sql.query<Rij>(`${SELECT} WHERE w.zaak_id = $1`, [zaakId]);
  return r.rows[0] ? alsZienswijze(r.rows[0]) : undefined;
}

/** A household's zienswijzen, newest first. */
export async function zienswijzenVan(sql: Sql, huishoudenId: number): Promise<Zienswijze[]> {
  const r = await sql.query<Rij>(`${SELECT} WHERE w.huishouden_id = $1 ORDER BY w.id DESC`, [huishoudenId]);
  return r.rows.map(alsZienswijze);
}

/** Locks the zienswijze's row for the rest of the transaction; refuses one already decided. */
async function open(sql: Sql, id: number): Promise<void> {
  await sql.query('SELECT 1 FROM zienswijze WHERE id = $1 FOR UPDATE', [id]);
  const a = await sql.query('SELECT 1 FROM zienswijze_afronding WHERE zienswijze_id = $1', [id]);
  if (a.rows.length > 0)
    throw new Conflict(
      'niet-toegestaan',
      'Over deze terugvordering is al beslist. Een reactie kan niet meer.',
    );
}

export const REACTIE_MAX = 4000;

export async function bewaarReactie(
  sql: Sql,
  r: { zienswijzeId: number; kanaal: 'portaal' | 'telefoon'; tekst: string; door?: string; op: string },
): Promise<void> {
  const tekst = r.tekst.trim();
  if (tekst.length === 0 || tekst.length > REACTIE_MAX)
    throw new Ongeldig([{ naam: 'tekst', reden: `Schrijf uw reactie in 1 tot ${REACTIE_MAX} tekens.` }]);
  await open(sql, r.zienswijzeId);
  await sql.query(
    `INSERT INTO zienswijze_reactie (zienswijze_id, kanaal, tekst, vastgelegd_door, ontvangen_op)
     VALUES ($1, $2, $3, $4, $5)`,
    [r.zienswijzeId, r.kanaal, tekst, r.kanaal === 'telefoon' ? (r.door ?? null) : null, r.op],
  );
}

export async function bewaarAfronding(
  sql: Sql,
  a: {
    zienswijzeId: number;
    uitkomst: 'ongewijzigd' | 'verlaagd';
    motivering: string;
    door: string;
    op: string;
  },
): Promise<void> {
  const motivering = a.motivering.trim();
  if (motivering.length === 0 || motivering.length > REACTIE_MAX)
    throw new Ongeldig([{ naam: 'motivering', reden: 'Schrijf op hoe u de zienswijze heeft gewogen.' }]);
  await open(sql, a.zienswijzeId);
  await sql.query(
    `INSERT INTO zienswijze_afronding (zienswijze_id, uitkomst, motivering, door, afgerond_op)
     VALUES ($1, $2, $3, $4, $5)`,
    [a.zienswijzeId, a.uitkomst, motivering, a.door, a.op],
  );
}
