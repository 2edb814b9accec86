/**
 * @module
 * The workspace's lists of cases: "mijn" (open cases I work on), "team" (the team's unclaimed
 * cases), "telaat" (past their service norm) and "alle" (every open case of the team). Which filter
 * each list means is decided here, from the caller's own session (team, id), so the web edge only
 * validates the query and renders; `wachtrij` checks the right and logs the reading.
 */
import {
  bewaarWerkfilter,
  leesWerkfilter,
  werkvoorraad,
  type Zaak,
  type ZaakSoort,
  type ZaakStatus,
} from '@regelmaat/zaken';
import { type Context, vereis } from './context';
import { datumVan, type Omgeving } from './omgeving';
import { logHuishoudens } from './verwerkingslog';
import type { WerklijstVraag } from './verzoeken/zaak';
import { wachtrij } from './werk';

const OPEN: ZaakStatus[] = ['open', 'in-behandeling', 'wacht-op-goedkeuring'];

/** Cases per page of a list. */
export const WERKLIJST_LIMIET = 50;

/**
 * A page of a list, most urgent first (priority, then due date), with the real number of cases in
 * the list (`totaal`, not the page size), the cursor of the next page (`vanaf`) and each case's
 * household type. The case-type filter is kept per staff member on the server: when the caller
 * chose one (`filterGekozen`, also "every type") it is saved; otherwise the saved one applies.
 */
export async function werklijst(
  o: Omgeving,
  ctx: Context,
  vraag: WerklijstVraag,
  filterGekozen = false,
): Promise<{ zaken: Zaak[]; vanaf?: string; totaal: number; team?: string; soort?: ZaakSoort }> {
  const s = vereis(ctx, 'zaak:lezen');
  const soort = filterGekozen
    ? vraag.soort
    : (vraag.soort ?? (await leesWerkfilter(o.db, s.id))?.soort ?? undefined);
  if (filterGekozen) await bewaarWerkfilter(o.db, s.id, { soort: vraag.soort ?? null }, o.klok());
  const cursor = vraag.vanaf?.split('~');
  const basis = {
    ...(s.team ? { team: s.team } : {}),
    ...(soort ? { soort } : {}),
    metHuishoudtype: true,
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
    ...(soort ? { soort } : {}),
  };
}

/** Cases a team lead may hand out in bulk per page. */
export const HERVERDEEL_LIMIET = 200;

/**
 * A page of the cases a team lead may hand out in bulk — the open and claimed cases of the lead's
 * own team, by id with a cursor (`na`: the `volgende` of the previous page) and the real total —
 * and the team's cases waiting for approval (not reassignable while a decision waits for four-eyes,
 * but a lead must see them: they wait for a lead).
 */
export async function herverdeelbareZaken(
  o: Omgeving,
  ctx: Context,
  na?: number,
): Promise<{ zaken: Zaak[]; totaal: number; volgende?: number; wachtOpGoedkeuring: Zaak[] }> {
  const s = vereis(ctx, 'zaak:herverdelen');
  const team = s.team ? { team: s.team } : {};
  const start = o.klok();
  // Both lists in one transaction with one log record for every household shown (one act).
  return o.db.transaction(async (tx) => {
    const vandaag = datumVan(start);
    const r = await werkvoorraad(
      tx,
      {
        ...team,
        status: ['open', 'in-behandeling'],
        limiet: HERVERDEEL_LIMIET,
        metTotaal: true,
        ...(na !== undefined ? { na } : {}),
      },
      vandaag,
    );
    const wacht = await werkvoorraad(
      tx,
      { ...team, status: ['wacht-op-goedkeuring'], limiet: HERVERDEEL_LIMIET },
      vandaag,
    );
    const ids = [...r.zaken, ...wacht.zaken].map((z) => z.huishoudenId);
    await logHuishoudens(o, ctx, tx, 'werkvoorraad-inzien', 'werkvoorraad inzien', ids, start);
    return {
      zaken: r.zaken,
      totaal: r.totaal ?? r.zaken.length,
      ...(r.volgende !== undefined ? { volgende: r.volgende } : {}),
      wachtOpGoedkeuring: wacht.zaken,
    };
  });
}
