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

/**
 * A page of a list, most urgent first (priority, then due date), with the real number of cases in
 * the list (`totaal`, not the page size) and the cursor of the next page (`vanaf`).
 */
export async function werklijst(
  o: Omgeving,
  ctx: Context,
  vraag: WerklijstVraag,
): Promise<{ zaken: Zaak[]; vanaf?: string; totaal: number; team?: string }> {
  const s = vereis(ctx, 'zaak:lezen');
  const cursor = vraag.vanaf?.split('~');
  const basis = {
    ...(s.team ? { team: s.team } : {}),
    ...(vraag.soort ? { soort: vraag.soort } : {}),
    ...(cursor
      ? { naUrgentie: { prioriteit: Number(cursor[0]), termijn: cursor[1]!, id: Number(cursor[2]) } }
      : {}),
    volgorde: 'urgentie' as const,
    metTotaal: true,
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
  const v = r.volgendeUrgentie;
  return {
    zaken: r.zaken,
    totaal: r.totaal ?? r.zaken.length,
    ...(v ? { vanaf: `${v.prioriteit}~${v.termijn}~${v.id}` } : {}),
    ...(s.team ? { team: s.team } : {}),
  };
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
