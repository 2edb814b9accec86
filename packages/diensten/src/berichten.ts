/**
 * @module
 * The messages in a citizen's portal ("Berichten", issue 16): what a partner reported and what it
 * changed, or a change coming up. A citizen reads only their own household's messages (another's
 * looks like one that does not exist) and marks them read; staff with `dossier:lezen` see them as
 * the citizen does, without marking anything. Every read is logged for each person of the
 * household.
 */
import {
  type Bericht,
  berichtVan,
  berichtenVan as leesBerichten,
  markeerGelezen,
} from '@regelmaat/brief-opslag';
import type { Sql } from '@regelmaat/db';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { NietGevonden } from '@regelmaat/kernel';
import type { Context } from './context';
import { huishoudenVoor } from './huishouden';
import type { Omgeving } from './omgeving';
import { log } from './verwerkingslog';

export interface BerichtInLijst {
  id: number;
  soort: string;
  gegevens: Record<string, unknown>;
  verzondenOp: string;
  gelezen: boolean;
  gelezenOp?: string;
}

const alsLijstregel = (b: Bericht): BerichtInLijst => ({
  id: b.id,
  soort: b.soort,
  gegevens: b.gegevens,
  verzondenOp: b.verzondenOp,
  gelezen: b.gelezenOp !== undefined,
  ...(b.gelezenOp ? { gelezenOp: b.gelezenOp } : {}),
});

async function personenVan(tx: Sql, huishoudenId: number): Promise<string[]> {
  const feiten = await leesDossierFeiten(tx, huishoudenId);
  return feiten
    .filter((f) => f.soort === 'persoon' && f.persoonBsn && !f.vervallenOp)
    .map((f) => f.persoonBsn!);
}

/** A household's messages, newest first, with how many are unread. */
export async function berichten(
  o: Omgeving,
  ctx: Context,
  vraag: { bsn?: string },
): Promise<{ huishoudenId: number; ongelezen: number; berichten: BerichtInLijst[] }> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, vraag.bsn, {
    burger: 'eigen-huishouden:lezen',
    staf: 'dossier:lezen',
  });
  return o.db.transaction(async (tx) => {
    const lijst = (await leesBerichten(tx, doel.huishoudenId)).map(alsLijstregel);
    await log(
      o,
      ctx,
      tx,
      'bericht-inzien',
      'berichten bekijken',
      await personenVan(tx, doel.huishoudenId),
      start,
    );
    return {
      huishoudenId: doel.huishoudenId,
      ongelezen: lijst.filter((b) => !b.gelezen).length,
      berichten: lijst,
    };
  });
}

const GEEN_BERICHT = 'Dit bericht bestaat niet.';

/** One message of the citizen's own household; opening it marks it read (once). */
export async function leesBericht(o: Omgeving, ctx: Context, id: number): Promise<BerichtInLijst> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, undefined, { burger: 'eigen-huishouden:lezen' });
  return o.db.transaction(async (tx) => {
    const b = await berichtVan(tx, doel.huishoudenId, id);
    if (!b) throw new NietGevonden(GEEN_BERICHT);
    await markeerGelezen(tx, doel.huishoudenId, id, start);
    await log(o, ctx, tx, 'bericht-inzien', 'bericht lezen', await personenVan(tx, doel.huishoudenId), start);
    return alsLijstregel((await berichtVan(tx, doel.huishoudenId, id))!);
  });
}
