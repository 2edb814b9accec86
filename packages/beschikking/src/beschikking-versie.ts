/**
 * @module
 * A decision version as stored (table `beschikking`), and reading the versions of a household or
 * one version by id.
 */
import { ISO, type Sql } from '@regelmaat/db';
import { type Eurocent, eurocent } from '@regelmaat/kernel';
import type { RegelingId } from '@regelmaat/law';

export interface BeschikkingVersie {
  id: number;
  huishoudenId: number;
  regeling: RegelingId;
  jaar: number;
  soort: 'voorschot' | 'definitief';
  status: string;
  /** The decided year amount (eurocents). */
  jaarbedrag: Eurocent;
  /** The twelve monthly payments (eurocents), januari first. */
  maandbedragen: Eurocent[];
  /** 'zienswijze': a held decision that goes out unchanged after the zienswijze (Awir art. 26b, migration 036). */
  aanleiding: 'run' | 'wijziging' | 'maatwerk' | 'bezwaar' | 'zienswijze';
  vorigeId?: number;
  maatwerkbesluitId?: number;
  /** The (partly) upheld objection this version was made for (aanleiding 'bezwaar'). */
  bezwaarId?: number;
  toelichting?: string;
  invoerHash: string;
  engineVersie: string;
  parameterVersie: string;
  bekendOp: string;
  aangemaaktOp: string;
}

const BESCHIKKING_KOLOMMEN = `id, huishouden_id, regeling, jaar, soort, status, jaarbedrag, maandbedragen, aanleiding, vorige_id,
  maatwerkbesluit_id, bezwaar_id, toelichting, invoer_hash, engine_versie, parameter_versie, ${ISO('bekend_op')} AS bekend_op,
  ${ISO('aangemaakt_op')} AS aangemaakt_op`;

interface BeschikkingDbRij {
  id: string;
  huishouden_id: string;
  regeling: RegelingId;
  jaar: number;
  soort: 'voorschot' | 'definitief';
  status: string;
  jaarbedrag: number;
  maandbedragen: number[];
  aanleiding: BeschikkingVersie['aanleiding'];
  vorige_id: string | null;
  maatwerkbesluit_id: string | null;
  bezwaar_id: string | null;
  toelichting: string | null;
  invoer_hash: string;
  engine_versie: string;
  parameter_versie: string;
  bekend_op: string;
  aangemaakt_op: string;
}

function alsVersie(b: BeschikkingDbRij): BeschikkingVersie {
  return {
    id: Number(b.id),
    huishoudenId: Number(b.huishouden_id),
    regeling: b.regeling,
    jaar: b.jaar,
    soort: b.soort,
    status: b.status,
    jaarbedrag: eurocent(b.jaarbedrag),
    maandbedragen: b.maandbedragen.map((m) => eurocent(Number(m))),
    aanleiding: b.aanleiding,
    ...(b.vorige_id ? { vorigeId: Number(b.vorige_id) } : {}),
    ...(b.maatwerkbesluit_id ? { maatwerkbesluitId: Number(b.maatwerkbesluit_id) } : {}),
    ...(b.bezwaar_id ? { bezwaarId: Number(b.bezwaar_id) } : {}),
    ...(b.toelichting ? { toelichting: b.toelichting } : {}),
    invoerHash: b.invoer_hash,
    engineVersie: b.engine_versie,
    parameterVersie: b.parameter_versie,
    bekendOp: b.bekend_op,
    aangemaaktOp: b.aangemaakt_op,
  };
}

/** Every decision of a household (all versions), newest first. */
export async function beschikkingenVan(sql: Sql, huishoudenId: number): Promise<BeschikkingVersie[]> {
  const r = await sql.query<BeschikkingDbRij>(
    `SELECT ${BESCHIKKING_KOLOMMEN} FROM beschikking WHERE huishouden_id = $1 ORDER BY id DESC`,
    [huishoudenId],
  );
  return r.rows.map(alsVersie);
}

export async function beschikkingVersie(sql: Sql, id: number): Promise<BeschikkingVersie | undefined> {
  const r = await sql.query<BeschikkingDbRij>(
    `SELECT ${BESCHIKKING_KOLOMMEN} FROM beschikking WHERE id = $1`,
    [id],
  );
  return r.rows[0] ? alsVersie(r.rows[0]) : undefined;
}
