/**
 * @module
 * Work queues and cases for staff (C5): the team and personal queues, a case with everything needed
 * to decide (dossier with sources, decisions with their explanation, exception reasons, contacts,
 * maatwerk records, history), claim/release/close with optimistic locking, and bulk reassignment
 * with an outcome per case. Citizens see their own cases with status and expected date.
 */
import {
  claim,
  geefVrij,
  type HerverdeelResultaat,
  type HistorieRegel,
  herverdeel,
  historie,
  ontvangerWeigering,
  sluitZaak,
  type WerkvoorraadFilter,
  werkvoorraad,
  type Zaak,
  zaak,
} from '@regelmaat/zaken';
import { actorVan, type Context, vereis } from './context';
import { NietGevonden, Ongeldig } from './fouten';
import { huishoudenVoor } from './huishouden';
import { datumVan, type Omgeving } from './omgeving';
import { log } from './verwerkingslog';
import { uitpakken } from './zaakuitkomst';

export async function wachtrij(
  o: Omgeving,
  ctx: Context,
  filter: WerkvoorraadFilter,
): Promise<{ zaken: Zaak[]; volgende?: number }> {
  vereis(ctx, 'zaak:lezen');
  return werkvoorraad(o.db, filter, datumVan(o.klok()));
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
    const r = await tx.query<{ bsn_aanvrager: string }>(
      'SELECT bsn_aanvrager FROM huishouden WHERE id = $1',
      [z.huishoudenId],
    );
    const bsnAanvrager = r.rows[0]!.bsn_aanvrager;
    await log(o, ctx, tx, 'zaak-behandelen', 'zaak inzien', [bsnAanvrager], start);
    return { zaak: z, bsnAanvrager, historie: await historie(tx, id) };
  });
}

export async function claimZaak(o: Omgeving, ctx: Context, id: number, versie: number): Promise<Zaak> {
  const s = vereis(ctx, 'zaak:behandelen');
  return uitpakken(await claim(o.db, id, versie, actorVan(s), o.klok()));
}

export async function geefZaakVrij(o: Omgeving, ctx: Context, id: number, versie: number): Promise<Zaak> {
  const s = vereis(ctx, 'zaak:behandelen');
  return uitpakken(await geefVrij(o.db, id, versie, actorVan(s), o.klok()));
}

export async function sluit(
  o: Omgeving,
  ctx: Context,
  id: number,
  versie: number,
  uitkomst: string,
): Promise<Zaak> {
  const s = vereis(ctx, 'zaak:behandelen');
  return uitpakken(await sluitZaak(o.db, id, versie, uitkomst, actorVan(s), o.klok()));
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
  if (w) throw new Ongeldig([{ naam: 'naar', reden: w.melding }], w.melding);
  return herverdeel(o.db, zaakIds, naar, actorVan(s), o.klok());
}

export async function zaakHistorie(o: Omgeving, ctx: Context, id: number): Promise<HistorieRegel[]> {
  vereis(ctx, 'zaak:lezen');
  if (!(await zaak(o.db, id))) throw new NietGevonden(`Zaak ${id} bestaat niet.`);
  return historie(o.db, id);
}

/** A citizen's own cases, with status and due date. */
export async function mijnZaken(o: Omgeving, ctx: Context): Promise<Zaak[]> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, undefined, { burger: 'eigen-huishouden:lezen' });
  return o.db.transaction(async (tx) => {
    const r = await werkvoorraad(tx, { huishoudenId: doel.huishoudenId, limiet: 100 }, datumVan(start));
    await log(o, ctx, tx, 'toeslag-berekenen', 'mijn zaken', [doel.bsn], start);
    return r.zaken;
  });
}
