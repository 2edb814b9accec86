/**
 * @module
 * Payment plans for a recovery (issue 15): a preview of the personal plan from the income and fixed
 * costs entered (capacity to pay, monthly amount, months, what remains) and agreeing a plan — the
 * standard plan with one action, or the personal plan after the preview. A citizen acts on their
 * own household's recovery only (another's looks like none); a case worker may enter it for the
 * person on the phone (`contact:vastleggen`, by BSN). Every preview and agreement is logged for each
 * person of the household, in the transaction that does it.
 */

import type { Sql } from '@regelmaat/db';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import {
  type Betalingsregeling,
  betalingscapaciteit,
  type Capaciteit,
  type Draagkracht,
  type Regelingsvoorstel,
  regelingAangaan,
  voorstel,
  vordering,
} from '@regelmaat/invordering';
import { Conflict, NietGevonden, Onverwerkbaar } from '@regelmaat/kernel';
import type { Context } from '../context';
import { huishoudenVoor } from '../huishouden';
import type { Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';
import { Draagkracht as DraagkrachtSchema, RegelingAangaanVerzoek } from '../verzoeken/regeling';
import { valideer } from '../verzoeken/valideer';

const RECHTEN = {
  lezen: { burger: 'eigen-huishouden:lezen', staf: 'contact:vastleggen' },
  wijzigen: { burger: 'eigen-huishouden:wijzigen', staf: 'contact:vastleggen' },
} as const;

export interface RegelingVoorbeeld extends Capaciteit {
  voorstel: Regelingsvoorstel;
}

async function eigenVordering(tx: Sql, id: number, huishoudenId: number) {
  const v = Number.isSafeInteger(id) && id > 0 ? await vordering(tx, id) : undefined;
  if (!v || v.huishoudenId !== huishoudenId) throw new NietGevonden('Deze terugvordering bestaat niet.');
  return v;
}

/** The personal plan as it would be agreed now, from the income and costs entered. Writes nothing but the log. */
export async function regelingVoorbeeld(
  o: Omgeving,
  ctx: Context,
  vorderingId: number,
  verzoek: { bsn?: string; draagkracht: Draagkracht },
): Promise<RegelingVoorbeeld> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, verzoek.bsn, RECHTEN.lezen);
  const draagkracht = valideer(DraagkrachtSchema, verzoek.draagkracht, 'draagkracht');
  return o.db.transaction(async (tx) => {
    const v = await eigenVordering(tx, vorderingId, doel.huishoudenId);
    if (v.saldo <= 0) throw new Onverwerkbaar('regeling-niet-mogelijk', 'Deze terugvordering is al betaald.');
    const capaciteit = betalingscapaciteit(draagkracht);
    const p = voorstel('persoonlijk', v.saldo, start, draagkracht)!;
    await log(
      o,
      ctx,
      tx,
      'terugvordering-inzien',
      'betalingsregeling berekenen',
      personenUitFeiten(await leesDossierFeiten(tx, doel.huishoudenId)),
      start,
    );
    return { ...capaciteit, voorstel: p };
  });
}

/** Agrees the plan; a second plan for the same recovery is refused (409), a plan for a small debt too (422). */
export async function regelingAanvragen(
  o: Omgeving,
  ctx: Context,
  vorderingId: number,
  invoer: RegelingAangaanVerzoek,
): Promise<Betalingsregeling> {
  const start = o.klok();
  const verzoek = valideer(RegelingAangaanVerzoek, invoer);
  const doel = await huishoudenVoor(o, ctx, verzoek.bsn, RECHTEN.wijzigen);
  const door = doel.sessie.rol === 'burger' ? 'burger' : `medewerker:${doel.sessie.id}`;
  return o.db.transaction(async (tx) => {
    const v = await eigenVordering(tx, vorderingId, doel.huishoudenId);
    const r = await regelingAangaan(tx, {
      vorderingId: v.id,
      soort: verzoek.soort,
      ...(verzoek.soort === 'persoonlijk' ? { draagkracht: verzoek.draagkracht } : {}),
      op: start,
      door,
    });
    await log(
      o,
      ctx,
      tx,
      'terugvordering-inzien',
      'betalingsregeling vastleggen',
      personenUitFeiten(await leesDossierFeiten(tx, doel.huishoudenId)),
      start,
    );
    return r;
  });
}
