/**
 * @module
 * The work queue (werkvoorraad, C5): cases filtered by team, who works on them (null = the team
 * queue), status, type, lateness and household, a page at a time with a keyset cursor on id (so a
 * page never skips or repeats a case while others claim and close cases).
 */
import type { Sql } from '@regelmaat/db';
import type { Zaak, ZaakSoort, ZaakStatus } from './typen';
import { naarZaak, ZAAK_KOLOMMEN, type ZaakRij } from './zaak-rij';

export interface WerkvoorraadFilter {
  team?: string;
  /** A user id: their cases; null: cases nobody works on (the team queue); absent: everyone's. */
  behandelaar?: string | null;
  status?: ZaakStatus[];
  soort?: ZaakSoort;
  /** true: only late cases (termijn < vandaag, not afgerond); false: only cases that are not late. */
  teLaat?: boolean;
  huishoudenId?: number;
  /** Page size, default 50, at most 500. */
  limiet?: number;
  /** Cursor: only cases with id > na (the `volgende` of the previous page). */
  na?: number;
  /**
   * `urgentie`: most urgent first — priority (1 first), then the due date, then the id — with the
   * cursor `naUrgentie` (the `volgendeUrgentie` of the previous page) instead of `na`. Default: id.
   */
  volgorde?: 'id' | 'urgentie';
  naUrgentie?: UrgentieCursor;
  /** Also count every case that matches (without the cursor and the page size). */
  metTotaal?: boolean;
  /**
   * Also give each case its household type (alleenstaande, paar, … with or without children) from
   * the household's current `persoon` facts: the queue column (issue 17).
   */
  metHuishoudtype?: boolean;
}

/**
 * The household type from today's `persoon` facts (role toeslagpartner / kind), as in
 * diensten/huishoudtype.ts: only the composition, never anything else about the people.
 */
const HUISHOUDTYPE_KOLOM = (vandaag: string) => `(
  SELECT CASE WHEN bool_or(f.waarde->>'rol' = 'toeslagpartner')
              THEN CASE WHEN bool_or(f.waarde->>'rol' = 'kind') THEN 'paar-met-kinderen' ELSE 'paar' END
              ELSE CASE WHEN bool_or(f.waarde->>'rol' = 'kind') THEN 'alleenstaande-met-kinderen' ELSE 'alleenstaande' END
         END
    FROM feit f
   WHERE f.huishouden_id = z.huishouden_id AND f.soort = 'persoon' AND f.vervallen_op IS NULL
     AND (f.geldig_vanaf IS NULL OR f.geldig_vanaf <= ${vandaag}::date)
     AND (f.geldig_tot IS NULL OR f.geldig_tot > ${vandaag}::date)) AS huishoudtype`;

/** Where a page sorted by urgency ended: the last case's priority, due date and id. */
export interface UrgentieCursor {
  prioriteit: number;
  termijn: string;
  id: number;
}

export const STANDAARD_LIMIET = 50;
export const MAX_LIMIET = 500;

export async function werkvoorraad(
  sql: Sql,
  filter: WerkvoorraadFilter,
  vandaag: string,
): Promise<{ zaken: Zaak[]; volgende?: number; volgendeUrgentie?: UrgentieCursor; totaal?: number }> {
  const waar: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (filter.team !== undefined) waar.push(`z.team = ${p(filter.team)}`);
  if (filter.behandelaar === null) waar.push('z.behandelaar IS NULL');
  else if (filter.behandelaar !== undefined) waar.push(`z.behandelaar = ${p(filter.behandelaar)}`);
  if (filter.status !== undefined) waar.push(`z.status = ANY(${p(filter.status)}::text[])`);
  if (filter.soort !== undefined) waar.push(`z.soort = ${p(filter.soort)}`);
  if (filter.teLaat === true) waar.push(`z.status <> 'afgerond' AND z.termijn < ${p(vandaag)}::date`);
  if (filter.teLaat === false) waar.push(`(z.status = 'afgerond' OR z.termijn >= ${p(vandaag)}::date)`);
  if (filter.huishoudenId !== undefined) waar.push(`z.huishouden_id = ${p(filter.huishoudenId)}`);
  // The count takes the filter without the cursor and the page size.
  const telWaar = [...waar];
  const telParams = [...params];
  const urgentie = filter.volgorde === 'urgentie';
  if (!urgentie && filter.na !== undefined) waar.push(`z.id > ${p(filter.na)}`);
  if (urgentie && filter.naUrgentie !== undefined) {
    const c = filter.naUrgentie;
    waar.push(
      `(z.prioriteit, z.termijn, z.id) > (${p(c.prioriteit)}::int, ${p(c.termijn)}::date, ${p(c.id)}::bigint)`,
    );
  }
  const limiet = Math.min(Math.max(1, Math.trunc(filter.limiet ?? STANDAARD_LIMIET)), MAX_LIMIET);
  const kolommen = filter.metHuishoudtype
    ? `${ZAAK_KOLOMMEN}, ${HUISHOUDTYPE_KOLOM(p(vandaag))}`
    : ZAAK_KOLOMMEN;
  const r = await sql.query<ZaakRij>(
    `SELECT ${kolommen} FROM zaak z
      ${waar.length > 0 ? `WHERE ${waar.join(' AND ')}` : ''}
      ORDER BY ${urgentie ? 'z.prioriteit, z.termijn, z.id' : 'z.id'} LIMIT ${p(limiet + 1)}`,
    params,
  );
  const zaken = r.rows.slice(0, limiet).map((rij) => naarZaak(rij, vandaag));
  const meer = r.rows.length > limiet;
  const laatste = zaken[zaken.length - 1];
  const totaal = filter.metTotaal
    ? Number(
        (
          await sql.query<{ n: string }>(
            `SELECT count(*) AS n FROM zaak z ${telWaar.length > 0 ? `WHERE ${telWaar.join(' AND ')}` : ''}`,
            telParams,
          )
        ).rows[0]!.n,
      )
    : undefined;
  return {
    zaken,
    ...(meer && laatste && !urgentie ? { volgende: laatste.id } : {}),
    ...(meer && laatste && urgentie
      ? { volgendeUrgentie: { prioriteit: laatste.prioriteit, termijn: laatste.termijn, id: laatste.id } }
      : {}),
    ...(totaal !== undefined ? { totaal } : {}),
  };
}
