/**
 * @module
 * Work queues and cases for staff (C5): the team and personal queues, a case with everything needed
 * to decide (dossier with sources, decisions with their explanation, exception reasons, contacts,
 * maatwerk records, history), claim/release/close with optimistic locking, and bulk reassignment
 * with an outcome per case. Citizens see their own cases with status and expected date.
 */
import type { Sql } from '@regelmaat/db';
import { bsnAanvragerVan } from '@regelmaat/dossier-opslag';
import { zienswijzeVanZaak } from '@regelmaat/invordering';
import { Conflict, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { kindSpan } from '@regelmaat/logboek';
import { behandelaarsPerTeam } from '@regelmaat/toegang';
import {
  bezwaarVanZaak,
  claim,
  geefVrij,
  type HerverdeelResultaat,
  type HistorieRegel,
  hervat,
  herverdeel,
  historie,
  ontvangerWeigering,
  schortOp,
  sluitZaak,
  verwachteAfrondingen,
  type WerkvoorraadFilter,
  werkvoorraad,
  type Zaak,
  zaak,
} from '@regelmaat/zaken';
import { actorVan, type Context, vereis } from './context';
import { huishoudenVoor } from './huishouden';
import { datumVan, type Omgeving } from './omgeving';
import { stelVastNaBlokkade } from './uitval/aangehouden-vaststellen';
import { log, logHuishoudens, personenVanHuishoudens } from './verwerkingslog';

export async function wachtrij(
  o: Omgeving,
  ctx: Context,
  filter: WerkvoorraadFilter,
): Promise<Omit<Awaited<ReturnType<typeof werkvoorraad>>, 'zaken'> & { zaken: ZaakMetVerwachting[] }> {
  vereis(ctx, 'zaak:lezen');
  const start = o.klok();
  const vandaag = datumVan(start);
  // A queue lists cases with their explanation (a phone number, incomes): personal data of every
  // household in it, logged for every person of those households before the answer goes out.
  return o.db.transaction(async (tx) => {
    const r = await werkvoorraad(tx, filter, vandaag);
    const verwacht = await verwachteAfrondingen(tx, vandaag, await behandelaarsPerTeam(tx), {
      zaakIds: r.zaken.map((z) => z.id),
    });
    const ids = r.zaken.map((z) => z.huishoudenId);
    await logHuishoudens(o, ctx, tx, 'werkvoorraad-inzien', 'werkvoorraad inzien', ids, start);
    return { ...r, zaken: r.zaken.map((z) => metVerwachting(z, verwacht)) };
  });
}

function metVerwachting(z: Zaak, verwacht: ReadonlyMap<number, string | undefined>): ZaakMetVerwachting {
  const v = verwacht.get(z.id);
  return v ? { ...z, verwachtKlaar: v } : z;
}

export interface ZaakDetail {
  zaak: Zaak;
  bsnAanvrager: string;
  historie: HistorieRegel[];
}

/** A case with its history; the dossier comes from `dossier()` by the applicant's BSN (logged there). */
export async function zaakDetail(o: Omgeving, ctx: Context, id: number): Promise<ZaakDetail> {
  vereis(ctx, 'zaak:lezen');
  const start = o.klok();
  const z = await zaak(o.db, id, datumVan(start));
  if (!z) throw new NietGevonden(`Zaak ${id} bestaat niet.`);
  return o.db.transaction(async (tx) => {
    const bsnAanvrager = (await bsnAanvragerVan(tx, z.huishoudenId))!;
    const bsns = await personenVanHuishoudens(tx, [z.huishoudenId]);
    await log(o, ctx, tx, 'zaak-behandelen', 'zaak inzien', bsns, start);
    return { zaak: z, bsnAanvrager, historie: await historie(tx, id) };
  });
}

/**
 * A change of a case (claim, release, close) in one transaction with its log record for every
 * person of the case's household; a refusal changes nothing and reveals no case, so it logs nothing.
 */
async function wijzigZaak(
  o: Omgeving,
  ctx: Context,
  naam: string,
  wijzig: (tx: Sql, op: string) => Promise<Zaak>,
): Promise<Zaak> {
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const z = await wijzig(tx, op);
    await logHuishoudens(o, ctx, tx, 'zaak-behandelen', naam, [z.huishoudenId], op);
    return z;
  });
}

export async function claimZaak(o: Omgeving, ctx: Context, id: number, versie: number): Promise<Zaak> {
  const s = vereis(ctx, 'zaak:behandelen');
  return wijzigZaak(o, ctx, 'zaak oppakken', (tx, op) => claim(tx, id, versie, actorVan(s), op));
}

export async function geefZaakVrij(o: Omgeving, ctx: Context, id: number, versie: number): Promise<Zaak> {
  const s = vereis(ctx, 'zaak:behandelen');
  return wijzigZaak(o, ctx, 'zaak vrijgeven', (tx, op) => geefVrij(tx, id, versie, actorVan(s), op));
}

export async function sluit(
  o: Omgeving,
  ctx: Context,
  id: number,
  versie: number,
  uitkomst: string,
): Promise<Zaak> {
  const s = vereis(ctx, 'zaak:behandelen');
  // Closing the last blocking case makes the household's held definitive decisions, in the same
  // transaction (uitval/aangehouden-vaststellen.ts); the log record covers the whole household.
  return wijzigZaak(o, ctx, 'zaak afsluiten', async (tx, op) => {
    await weigerEigenAfronding(tx, id);
    const z = await sluitZaak(tx, id, versie, uitkomst, actorVan(s), op);
    await stelVastNaBlokkade(tx, z.huishoudenId);
    return z;
  });
}

/**
 * An objection and a zienswijze case end only through their own decision (the objection's
 * beslissing with its letter, Awb 7:11; the zienswijze's afronding, Awir 26b, which makes the held
 * recovery decisions): a generic close would leave the objection undecided or make the held
 * decisions without the person's view weighed.
 */
async function weigerEigenAfronding(tx: Sql, zaakId: number): Promise<void> {
  if (await bezwaarVanZaak(tx, zaakId))
    throw new Conflict(
      'niet-toegestaan',
      'Een bezwaarzaak rondt u af met een beslissing op het bezwaar (of de intrekking), niet hier.',
    );
  if (await zienswijzeVanZaak(tx, zaakId))
    throw new Conflict(
      'niet-toegestaan',
      'Een zaak met een zienswijze rondt u af op de zienswijze-pagina, met een besluit over de terugvordering.',
    );
}

/** Suspends the caller's own case until `tot` (Awb 4:15); the due date moves (zaken/opschorten.ts). */
export async function schortZaakOp(
  o: Omgeving,
  ctx: Context,
  id: number,
  versie: number,
  reden: string,
  tot: string,
): Promise<Zaak> {
  const s = vereis(ctx, 'zaak:behandelen');
  return wijzigZaak(o, ctx, 'zaak opschorten', (tx, op) =>
    schortOp(tx, id, versie, reden, tot, actorVan(s), op),
  );
}

/** Resumes the caller's suspended case; days not used come off the due date again. */
export async function hervatZaak(o: Omgeving, ctx: Context, id: number, versie: number): Promise<Zaak> {
  const s = vereis(ctx, 'zaak:behandelen');
  return wijzigZaak(o, ctx, 'zaak hervatten', (tx, op) => hervat(tx, id, versie, actorVan(s), op));
}

export async function herverdeelZaken(
  o: Omgeving,
  ctx: Context,
  zaakIds: number[],
  naar: string | null,
): Promise<HerverdeelResultaat[]> {
  const s = vereis(ctx, 'zaak:herverdelen');
  // Not a case worker or team lead at all (unknown, inactive, the auditor): the whole request is
  // invalid (400). Staff of another team: refused per case (in the outcome list).
  const w = await ontvangerWeigering(o.db, naar);
  if (w) throw new Ongeldig([{ naam: 'naar', reden: w.message }], w.message);
  const op = o.klok();
  const uit: HerverdeelResultaat[] = [];
  // Each case in its own transaction (a refusal does not undo the others), with the log record
  // for every person of its household when the answer shows the case — one operation (a child
  // span of the request) per case, since each is written on its own.
  for (const id of [...new Set(zaakIds)]) {
    uit.push(
      await o.db.transaction(async (tx) => {
        const [r] = await herverdeel(tx, [id], naar, actorVan(s), op);
        if (r?.zaak) {
          const perZaak = { ...ctx, trace: kindSpan(ctx.trace) };
          await logHuishoudens(
            o,
            perZaak,
            tx,
            'zaak-behandelen',
            'zaak herverdelen',
            [r.zaak.huishoudenId],
            op,
          );
        }
        return r!;
      }),
    );
  }
  return uit;
}

export async function zaakHistorie(o: Omgeving, ctx: Context, id: number): Promise<HistorieRegel[]> {
  vereis(ctx, 'zaak:lezen');
  const start = o.klok();
  const z = await zaak(o.db, id);
  if (!z) throw new NietGevonden(`Zaak ${id} bestaat niet.`);
  return o.db.transaction(async (tx) => {
    const h = await historie(tx, id);
    await logHuishoudens(o, ctx, tx, 'zaak-behandelen', 'zaakgeschiedenis inzien', [z.huishoudenId], start);
    return h;
  });
}

/** A case with the day we expect to finish it (issue 20); absent when closed or nobody can say. */
export type ZaakMetVerwachting = Zaak & { verwachtKlaar?: string };

/** A citizen's own cases, with status, due date and the expected completion date of the open ones. */
export async function mijnZaken(o: Omgeving, ctx: Context): Promise<ZaakMetVerwachting[]> {
  const start = o.klok();
  const vandaag = datumVan(start);
  const doel = await huishoudenVoor(o, ctx, undefined, { burger: 'eigen-huishouden:lezen' });
  return o.db.transaction(async (tx) => {
    const r = await werkvoorraad(tx, { huishoudenId: doel.huishoudenId, limiet: 100 }, vandaag);
    const verwacht = await verwachteAfrondingen(tx, vandaag, await behandelaarsPerTeam(tx), {
      huishoudenId: doel.huishoudenId,
    });
    await logHuishoudens(o, ctx, tx, 'toeslag-berekenen', 'mijn zaken', [doel.huishoudenId], start);
    return r.zaken.map((z) => metVerwachting(z, verwacht));
  });
}
