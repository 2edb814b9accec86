/**
 * @module
 * Contacts with a household (W-10): a phone call or other contact, with its outcome written in
 * plain language that the citizen may also see. A contact tied to a case appears in its history.
 */
import type { Sql } from '@regelmaat/db';
import { Conflict, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { schrijfHistorie } from './historie';
import { MELDING_ROL, magZaakwerk } from './rechten';
import { inTransactie } from './transactie';
import type { Actor } from './typen';
import { isoKolom } from './zaak-rij';

export const KANALEN = ['telefoon', 'brief', 'e-mail', 'portaal', 'balie', 'video'] as const;
export type Kanaal = (typeof KANALEN)[number];
export type Richting = 'inkomend' | 'uitgaand';

export interface NieuwContact {
  huishoudenId: number;
  zaakId?: number;
  kanaal: Kanaal;
  richting: Richting;
  onderwerp: string;
  /** What was agreed or found, in plain Dutch (the citizen may read it). */
  uitkomst: string;
}

export interface Contact extends Omit<NieuwContact, 'zaakId'> {
  id: number;
  zaakId: number | null;
  medewerker: string;
  tijdstip: string;
}

interface ContactRij {
  id: string;
  huishouden_id: string;
  zaak_id: string | null;
  kanaal: Kanaal;
  richting: Richting;
  onderwerp: string;
  uitkomst: string;
  medewerker: string;
  tijdstip: string;
}

const KOLOMMEN = `id, huishouden_id, zaak_id, kanaal, richting, onderwerp, uitkomst, medewerker, ${isoKolom('tijdstip', 'tijdstip')}`;

function naarContact(r: ContactRij): Contact {
  return {
    id: Number(r.id),
    huishoudenId: Number(r.huishouden_id),
    zaakId: r.zaak_id === null ? null : Number(r.zaak_id),
    kanaal: r.kanaal,
    richting: r.richting,
    onderwerp: r.onderwerp,
    uitkomst: r.uitkomst,
    medewerker: r.medewerker,
    tijdstip: r.tijdstip,
  };
}

export async function legContactVast(
  sql: Sql,
  invoer: NieuwContact,
  actor: Actor,
  nu: string,
): Promise<Contact> {
  if (!magZaakwerk(actor)) throw new Conflict('niet-toegestaan', MELDING_ROL);
  const p: string[] = [];
  if (!(KANALEN as readonly string[]).includes(invoer.kanaal))
    p.push(`kanaal: kies een van ${KANALEN.join(', ')}`);
  if (invoer.richting !== 'inkomend' && invoer.richting !== 'uitgaand')
    p.push('richting: inkomend of uitgaand');
  if (typeof invoer.onderwerp !== 'string' || invoer.onderwerp.trim() === '') p.push('onderwerp ontbreekt');
  if (typeof invoer.uitkomst !== 'string' || invoer.uitkomst.trim() === '') p.push('uitkomst ontbreekt');
  if (p.length > 0) throw Ongeldig.geheel(`Contact niet vastgelegd: ${p.join('; ')}.`);
  return inTransactie(sql, async (tx) => {
    const h = await tx.query('SELECT 1 FROM huishouden WHERE id = $1', [invoer.huishoudenId]);
    if (h.rows.length === 0) throw new NietGevonden(`Huishouden ${invoer.huishoudenId} bestaat niet.`);
    let versie: number | undefined;
    if (invoer.zaakId !== undefined) {
      const z = await tx.query<{ huishouden_id: string; versie: number }>(
        'SELECT huishouden_id, versie FROM zaak WHERE id = $1',
        [invoer.zaakId],
      );
      const zaak = z.rows[0];
      if (!zaak) throw new NietGevonden(`Zaak ${invoer.zaakId} bestaat niet.`);
      if (Number(zaak.huishouden_id) !== invoer.huishoudenId)
        throw Ongeldig.geheel(`Zaak ${invoer.zaakId} hoort niet bij dit huishouden.`);
      versie = zaak.versie;
    }
    const r = await tx.query<ContactRij>(
      `INSERT INTO contact (huishouden_id, zaak_id, kanaal, richting, onderwerp, uitkomst, medewerker, tijdstip)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${KOLOMMEN}`,
      [
        invoer.huishoudenId,
        invoer.zaakId ?? null,
        invoer.kanaal,
        invoer.richting,
        invoer.onderwerp.trim(),
        invoer.uitkomst.trim(),
        actor.id,
        nu,
      ],
    );
    const contact = naarContact(r.rows[0]!);
    if (invoer.zaakId !== undefined && versie !== undefined)
      await schrijfHistorie(tx, invoer.zaakId, 'contact', versie, actor, nu, {
        contactId: contact.id,
        kanaal: contact.kanaal,
        richting: contact.richting,
      });
    return contact;
  });
}

/** The household's contacts, newest first. */
export async function contacten(sql: Sql, huishoudenId: number): Promise<Contact[]> {
  const r = await sql.query<ContactRij>(
    `SELECT ${KOLOMMEN} FROM contact WHERE huishouden_id = $1 ORDER BY tijdstip DESC, id DESC`,
    [huishoudenId],
  );
  return r.rows.map(naarContact);
}
