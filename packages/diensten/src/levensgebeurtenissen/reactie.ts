/**
 * @module
 * The household's answer to a life-event message (issue 16, C8): "klopt" (nothing to report), or
 * "wijziging" (it goes on to report the change, the preview filled in). Only the citizen of the
 * household the message was sent to answers, about that message; another household's message looks
 * like one that does not exist. The first answer is kept: answering again changes nothing and
 * returns the answer on record. Logged for every person of the household.
 */
import { berichtVan } from '@regelmaat/brief-opslag';
import { ISO, type Sql } from '@regelmaat/db';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { NietGevonden } from '@regelmaat/kernel';
import type { Context } from '../context';
import { huishoudenVoor } from '../huishouden';
import type { Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';
import type { Wijziging } from '../wijzigingen';

export type Reactie = 'klopt' | 'wijziging';

export interface ReactieUitkomst {
  berichtId: number;
  reactie: Reactie;
  gereageerdOp: string;
  /** The change the message asked to report, filled in (for the preview), if any. */
  wijziging?: Wijziging;
}

interface Rij {
  reactie: Reactie | null;
  gereageerd_op: string | null;
}

async function lees(tx: Sql, huishoudenId: number, berichtId: number): Promise<Rij | undefined> {
  const r = await tx.query<Rij>(
    `SELECT reactie, CASE WHEN gereageerd_op IS NULL THEN NULL ELSE ${ISO('gereageerd_op')} END AS gereageerd_op
       FROM levensgebeurtenis WHERE bericht_id = $1 AND huishouden_id = $2`,
    [berichtId, huishoudenId],
  );
  return r.rows[0];
}

/** Records the household's answer to life-event message `berichtId` (the first answer stays). */
export async function reageerOpLevensgebeurtenis(
  o: Omgeving,
  ctx: Context,
  berichtId: number,
  reactie: Reactie,
): Promise<ReactieUitkomst> {
  const op = o.klok();
  const doel = await huishoudenVoor(o, ctx, undefined, { burger: 'eigen-huishouden:wijzigen' });
  return o.db.transaction(async (tx) => {
    if (!(await lees(tx, doel.huishoudenId, berichtId))) throw new NietGevonden('Dit bericht bestaat niet.');
    await tx.query(
      `UPDATE levensgebeurtenis SET reactie = $3, gereageerd_op = $4
        WHERE bericht_id = $1 AND huishouden_id = $2 AND reactie IS NULL`,
      [berichtId, doel.huishoudenId, reactie, op],
    );
    const nu = (await lees(tx, doel.huishoudenId, berichtId))!;
    const wijziging = (await berichtVan(tx, doel.huishoudenId, berichtId))?.gegevens.wijziging as
      | Wijziging
      | undefined;
    await log(
      o,
      ctx,
      tx,
      'levensgebeurtenis-signaleren',
      `antwoord op bericht: ${nu.reactie}`,
      personenUitFeiten(await leesDossierFeiten(tx, doel.huishoudenId)),
      op,
    );
    return {
      berichtId,
      reactie: nu.reactie!,
      gereageerdOp: nu.gereageerd_op!,
      ...(wijziging ? { wijziging } : {}),
    };
  });
}
