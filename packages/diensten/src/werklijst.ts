/**
 * @module
 * The workspace's lists of cases: "mijn" (open cases I work on), "team" (the team's unclaimed
 * cases), "telaat" (past their service norm) and "alle" (every open case of the team). Which filter
 * each list means is decided here, from the caller's own session (team, id), so the web edge only
 * validates the query and renders; `wachtrij` checks the right and logs the reading.
 */
import type { Zaak, ZaakStatus } from '@regelmaat/zaken';
import { type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import type { WerklijstVraag } from './verzoeken/zaak';
import { wachtrij } from './werk';

const OPEN: ZaakStatus[] = ['open', 'in-behandeling', 'wacht-op-goedkeuring'];

/** Cases per page of a list. */
export const WERKLIJST_LIMIET = 50;

export async function werklijst(
  o: Omgeving,
  ctx: Context,
  vraag: WerklijstVraag,
): Promise<{ zaken: Zaak[]; volgende?: number; team?: string }> {
  const s = vereis(ctx, 'zaak:lezen');
  const basis = {
    ...(s.team ? { team: s.team } : {}),
    ...(vraag.soort ? { soort: vraag.soort } : {}),
    ...(vraag.na !== undefined ? { na: vraag.na } : {}),
    limiet: WERKLIJST_LIMIET,
  };
  const filter =
    vraag.lijst === 'mijn'
      ? { ...basis, behandelaar: s.id, status: OPEN }
      : vraag.lijst === 'team'
        ? { ...basis, behandelaar: null, status: ['open' as const] }
        : vraag.lijst === 'telaat'
          ? { ...basis, teLaat: true }
          : { ...basis, status: OPEN };
  const r = await wachtrij(o, ctx, filter);
  return { ...r, ...(s.team ? { team: s.team } : {}) };
}

/** Cases a team lead may hand out in bulk: the open and claimed cases of the lead's own team. */
export const HERVERDEEL_LIMIET = 200;

export async function herverdeelbareZaken(o: Omgeving, ctx: Context): Promise<{ zaken: Zaak[] }> {
  const s = vereis(ctx, 'zaak:herverdelen');
  const r = await wachtrij(o, ctx, {
    ...(s.team ? { team: s.team } : {}),
    status: ['open', 'in-behandeling'],
    limiet: HERVERDEEL_LIMIET,
  });
  return { zaken: r.zaken };
}
