/**
 * @module
 * Reading cases and their history from rows. Dates and timestamps are selected as text (civil
 * dates and ISO strings in UTC) so PGlite and `pg` give the same values; bigints become numbers.
 */
import type { Sql } from '@regelmaat/db';
import type { Huishoudtype } from './maatwerk-invoer';
import { termijnWaarschuwing } from './termijn-waarschuwing';
import type { HistorieRegel, Zaak, ZaakSoort, ZaakStatus } from './typen';

/** ISO timestamp in UTC with milliseconds, as text. */
export function isoKolom(kolom: string, alias: string): string {
  return `to_char(${kolom} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${alias}`;
}

export const ZAAK_KOLOMMEN = [
  'z.id',
  'z.soort',
  'z.huishouden_id',
  'z.run_id',
  'z.onderwerp',
  'z.redenen',
  'z.toelichting',
  'z.prioriteit',
  'z.status',
  'z.team',
  'z.behandelaar',
  'z.versie',
  'z.termijn::text AS termijn',
  'z.regeling',
  'z.jaar',
  isoKolom('z.aangemaakt_op', 'aangemaakt_op'),
  isoKolom('z.afgerond_op', 'afgerond_op'),
  'z.uitkomst',
  'z.opgeschort_tot::text AS opgeschort_tot',
  'z.opschort_reden',
  'z.opgeschort_op::text AS opgeschort_op',
].join(', ');

export interface ZaakRij {
  id: string | number;
  soort: string;
  huishouden_id: string | number;
  run_id: string | number | null;
  onderwerp: string;
  redenen: string[];
  toelichting: unknown;
  prioriteit: number;
  status: string;
  team: string;
  behandelaar: string | null;
  versie: number;
  termijn: string;
  regeling: string | null;
  jaar: number | null;
  aangemaakt_op: string;
  afgerond_op: string | null;
  uitkomst: string | null;
  opgeschort_tot: string | null;
  opschort_reden: string | null;
  opgeschort_op: string | null;
  huishoudtype?: string | null;
}

export function naarZaak(r: ZaakRij, vandaag?: string): Zaak {
  const zaak: Zaak = {
    id: Number(r.id),
    soort: r.soort as ZaakSoort,
    huishoudenId: Number(r.huishouden_id),
    runId: r.run_id === null ? null : Number(r.run_id),
    onderwerp: r.onderwerp,
    redenen: r.redenen,
    toelichting: r.toelichting,
    prioriteit: r.prioriteit,
    status: r.status as ZaakStatus,
    team: r.team,
    behandelaar: r.behandelaar,
    versie: r.versie,
    termijn: r.termijn,
    regeling: r.regeling,
    jaar: r.jaar,
    aangemaaktOp: r.aangemaakt_op,
    afgerondOp: r.afgerond_op,
    uitkomst: r.uitkomst,
  };
  if (r.opgeschort_tot !== null && r.opschort_reden !== null && r.opgeschort_op !== null)
    zaak.opschorting = { tot: r.opgeschort_tot, reden: r.opschort_reden, op: r.opgeschort_op };
  if (r.huishoudtype) zaak.huishoudtype = r.huishoudtype as Huishoudtype;
  if (vandaag !== undefined) {
    const w = termijnWaarschuwing(r.termijn, r.status, vandaag);
    zaak.teLaat = w === 'te-laat';
    if (w === 'bijna') zaak.bijnaTeLaat = true;
  }
  return zaak;
}

/** The case, or undefined. With `vandaag` (civil date) the result says whether it is late. */
export async function zaak(sql: Sql, id: number, vandaag?: string): Promise<Zaak | undefined> {
  const r = await sql.query<ZaakRij>(`SELECT ${ZAAK_KOLOMMEN} FROM zaak z WHERE z.id = $1`, [id]);
  const rij = r.rows[0];
  return rij ? naarZaak(rij, vandaag) : undefined;
}

/** The case's history, oldest first. */
export async function historie(sql: Sql, zaakId: number): Promise<HistorieRegel[]> {
  const r = await sql.query<{
    id: string | number;
    zaak_id: string | number;
    tijdstip: string;
    actor: string;
    rol: string;
    actie: string;
    versie: number;
    details: Record<string, unknown>;
  }>(
    `SELECT id, zaak_id, ${isoKolom('tijdstip', 'tijdstip')}, actor, rol, actie, versie, details
       FROM zaak_historie WHERE zaak_id = $1 ORDER BY id`,
    [zaakId],
  );
  return r.rows.map((h) => ({
    id: Number(h.id),
    zaakId: Number(h.zaak_id),
    tijdstip: h.tijdstip,
    actor: h.actor,
    rol: h.rol,
    actie: h.actie,
    versie: h.versie,
    details: h.details,
  }));
}
