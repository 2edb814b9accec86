/**
 * @module
 * Opening an objection: a case of type `bezwaar` in team bezwaar's queue, due on the statutory
 * decision date, with the objection's row and the decisions it contests (every decision of the
 * letter, Awir 37). The caller computes the dates with the term module (brieven/termijn) and checks
 * who may object; this writes it all in one transaction with the case's first history rows.
 */
import type { Sql } from '@regelmaat/db';
import { Ongeldig } from '@regelmaat/kernel';
import { schrijfHistorie } from '../historie';
import { maakZaak } from '../maak-zaak';
import { inTransactie } from '../transactie';
import type { Actor } from '../typen';
import { bezwaar } from './bezwaar-rij';
import type { Bezwaar, BezwaarKanaal } from './bezwaar-typen';

export interface NieuwBezwaar {
  huishoudenId: number;
  beschikkingIds: readonly number[];
  /** Shown on the case: e.g. "Bezwaar tegen uw zorgtoeslag 2026". */
  onderwerp: string;
  regeling?: string;
  jaar?: number;
  briefdatum: string;
  kanaal: BezwaarKanaal;
  ontvangenOp: string;
  gepostOp?: string;
  laatsteDagBezwaartermijn: string;
  tijdig: boolean;
  gronden?: string;
  /** For a pro forma objection: the last day to add the grounds (Awb 6:6). */
  hersteltermijn?: string;
  contact?: { telefoon?: string; voorkeur?: string };
  beslistermijn: string;
}

export async function openBezwaar(sql: Sql, n: NieuwBezwaar, actor: Actor, nu: string): Promise<Bezwaar> {
  if (n.beschikkingIds.length === 0)
    throw Ongeldig.geheel('Een bezwaar gaat over ten minste één beschikking.');
  if ((n.gronden === undefined) !== (n.hersteltermijn !== undefined))
    throw Ongeldig.geheel(
      'Een bezwaar zonder gronden krijgt een hersteltermijn, een bezwaar met gronden niet.',
    );
  if (n.gepostOp !== undefined && n.kanaal !== 'post')
    throw Ongeldig.geheel('Alleen een bezwaar per post heeft een datum van verzending.');
  return inTransactie(sql, async (tx) => {
    const zaak = await maakZaak(
      tx,
      {
        soort: 'bezwaar',
        huishoudenId: n.huishoudenId,
        onderwerp: n.onderwerp,
        redenen: [n.gronden === undefined ? 'PRO_FORMA' : 'MET_GRONDEN', ...(n.tijdig ? [] : ['TE_LAAT'])],
        prioriteit: n.tijdig ? 3 : 2,
        ...(n.regeling ? { regeling: n.regeling } : {}),
        ...(n.jaar ? { jaar: n.jaar } : {}),
        termijn: n.beslistermijn,
      },
      actor,
      nu,
    );
    const r = await tx.query<{ id: string }>(
      `INSERT INTO bezwaar (zaak_id, huishouden_id, briefdatum, kanaal, ontvangen_op, gepost_op,
                            laatste_dag_bezwaartermijn, tijdig, gronden, hersteltermijn, contact, beslistermijn,
                            fase, aangemaakt_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, 'ingediend', $13) RETURNING id`,
      [
        zaak.id,
        n.huishoudenId,
        n.briefdatum,
        n.kanaal,
        n.ontvangenOp,
        n.gepostOp ?? null,
        n.laatsteDagBezwaartermijn,
        n.tijdig,
        n.gronden ?? null,
        n.hersteltermijn ?? null,
        JSON.stringify(n.contact ?? {}),
        n.beslistermijn,
        nu,
      ],
    );
    const id = Number(r.rows[0]!.id);
    for (const b of new Set(n.beschikkingIds))
      await tx.query('INSERT INTO bezwaar_beschikking (bezwaar_id, beschikking_id) VALUES ($1, $2)', [id, b]);
    await schrijfHistorie(tx, zaak.id, 'bezwaar-ingediend', zaak.versie, actor, nu, {
      bezwaarId: id,
      kanaal: n.kanaal,
      ontvangenOp: n.ontvangenOp,
      tijdig: n.tijdig,
      proForma: n.gronden === undefined,
      beschikkingIds: [...new Set(n.beschikkingIds)],
      beslistermijn: n.beslistermijn,
    });
    return (await bezwaar(tx, id))!;
  });
}
