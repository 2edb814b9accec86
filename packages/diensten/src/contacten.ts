/**
 * @module
 * Contacts (C5, C6): a case worker logs a phone call or other contact with its outcome; a citizen
 * asks to be called back, which opens a case of type contactverzoek in the team queue.
 */
import { type Contact, contacten, legContactVast, maakZaak, type Zaak } from '@regelmaat/zaken';
import { actorVan, type Context } from './context';
import { huishoudenVoor } from './huishouden';
import type { Omgeving } from './omgeving';
import { logHuishoudens } from './verwerkingslog';
import { zaakDetail } from './werk';

export interface ContactVraag {
  bsn: string;
  zaakId?: number;
  kanaal: Contact['kanaal'];
  richting: Contact['richting'];
  onderwerp: string;
  uitkomst: string;
}

export async function legContactVastVoor(o: Omgeving, ctx: Context, vraag: ContactVraag): Promise<Contact> {
  const op = o.klok();
  const doel = await huishoudenVoor(o, ctx, vraag.bsn, { staf: 'contact:vastleggen' });
  return o.db.transaction(async (tx) => {
    const { bsn: _bsn, ...rest } = vraag;
    const c = await legContactVast(
      tx,
      { ...rest, huishoudenId: doel.huishoudenId },
      actorVan(doel.sessie),
      op,
    );
    await logHuishoudens(o, ctx, tx, 'contact-vastleggen', 'contact vastleggen', [doel.huishoudenId], op);
    return c;
  });
}

/**
 * A contact logged on a case: for the case's applicant (from the case, never from the form), so a
 * front end only says which case.
 */
export async function legContactVastOpZaak(
  o: Omgeving,
  ctx: Context,
  zaakId: number,
  vraag: Omit<ContactVraag, 'bsn' | 'zaakId'>,
): Promise<Contact> {
  const detail = await zaakDetail(o, ctx, zaakId);
  return legContactVastVoor(o, ctx, { ...vraag, bsn: detail.bsnAanvrager, zaakId });
}

export async function contactenVan(o: Omgeving, ctx: Context, bsn: string): Promise<Contact[]> {
  const op = o.klok();
  const doel = await huishoudenVoor(o, ctx, bsn, { staf: 'dossier:lezen' });
  return o.db.transaction(async (tx) => {
    const c = await contacten(tx, doel.huishoudenId);
    await logHuishoudens(o, ctx, tx, 'dossier-inzien', 'contacten inzien', [doel.huishoudenId], op);
    return c;
  });
}

/** A citizen asks to be called back: a contactverzoek case in the team queue. */
export async function vraagTerugbellen(
  o: Omgeving,
  ctx: Context,
  vraag: { onderwerp: string; telefoon: string; voorkeur?: string },
): Promise<Zaak> {
  const op = o.klok();
  const doel = await huishoudenVoor(o, ctx, undefined, { burger: 'contactverzoek:indienen' });
  return o.db.transaction(async (tx) => {
    const z = await maakZaak(
      tx,
      {
        soort: 'contactverzoek',
        huishoudenId: doel.huishoudenId,
        onderwerp: vraag.onderwerp,
        toelichting: { telefoon: vraag.telefoon, ...(vraag.voorkeur ? { voorkeur: vraag.voorkeur } : {}) },
      },
      actorVan(doel.sessie),
      op,
    );
    await logHuishoudens(o, ctx, tx, 'contactverzoek-indienen', 'terugbelverzoek', [doel.huishoudenId], op);
    return z;
  });
}

/** A contact as the citizen sees it: when, how, about what and what came out of it; no staff id. */
export type MijnContact = Pick<Contact, 'id' | 'kanaal' | 'richting' | 'onderwerp' | 'uitkomst' | 'tijdstip'>;

/**
 * The citizen's own contacts with us (issue 17: "the citizen sees the contacts it promises" — the
 * case worker's form says the citizen can read the outcome later), newest first, logged for every
 * person of the household. Which staff member logged it is not shown.
 */
export async function mijnContacten(o: Omgeving, ctx: Context): Promise<MijnContact[]> {
  const op = o.klok();
  const doel = await huishoudenVoor(o, ctx, undefined, { burger: 'eigen-huishouden:lezen' });
  return o.db.transaction(async (tx) => {
    const c = await contacten(tx, doel.huishoudenId);
    await logHuishoudens(o, ctx, tx, 'dossier-inzien', 'mijn contacten', [doel.huishoudenId], op);
    return c.map(({ id, kanaal, richting, onderwerp, uitkomst, tijdstip }) => ({
      id,
      kanaal,
      richting,
      onderwerp,
      uitkomst,
      tijdstip,
    }));
  });
}
