/**
 * @module
 * Maatwerk level 3: a signal to policy that the law works out unfairly here (domain reference
 * §4.1 "signaalfunctie", §3.2 lesson 7; Kamerstuk 35 510 nr. 60). This records the signal with its
 * link to the decision and case; triage, routing and answers are C7 (later). The description is
 * about the rule, not the person: write no personal data in it.
 */
import type { Sql } from '@regelmaat/db';
import { schrijfHistorie } from './historie';
import { MELDING_ROL, magZaakwerk } from './rechten';
import { inTransactie } from './transactie';
import { type Actor, gelukt, geweigerd, type Uitkomst } from './typen';
import { isoKolom } from './zaak-rij';

export interface Signaal {
  id: number;
  besluitId: number | null;
  zaakId: number | null;
  thema: string;
  omschrijving: string;
  status: 'nieuw' | 'in-behandeling' | 'beantwoord' | 'gesloten';
  ingediendDoor: string;
  ingediendOp: string;
}

export interface NieuwSignaal {
  besluitId?: number;
  zaakId?: number;
  thema: string;
  omschrijving: string;
}

export async function maakSignaal(
  sql: Sql,
  invoer: NieuwSignaal,
  actor: Actor,
  nu: string,
): Promise<Uitkomst<Signaal>> {
  if (!magZaakwerk(actor)) return geweigerd('NIET_TOEGESTAAN', MELDING_ROL);
  const problemen: string[] = [];
  if (typeof invoer.thema !== 'string' || invoer.thema.trim() === '') problemen.push('thema ontbreekt');
  if (typeof invoer.omschrijving !== 'string' || invoer.omschrijving.trim() === '')
    problemen.push('omschrijving ontbreekt');
  if (problemen.length > 0) return geweigerd('ONGELDIG', `Signaal niet vastgelegd: ${problemen.join('; ')}.`);
  return inTransactie(sql, async (tx) => {
    let zaakId = invoer.zaakId ?? null;
    if (invoer.besluitId !== undefined) {
      const b = await tx.query<{ zaak_id: string }>('SELECT zaak_id FROM maatwerkbesluit WHERE id = $1', [
        invoer.besluitId,
      ]);
      if (!b.rows[0]) return geweigerd('NIET_GEVONDEN', `Maatwerkbesluit ${invoer.besluitId} bestaat niet.`);
      const vanBesluit = Number(b.rows[0].zaak_id);
      if (zaakId !== null && zaakId !== vanBesluit)
        return geweigerd('ONGELDIG', `Maatwerkbesluit ${invoer.besluitId} hoort niet bij zaak ${zaakId}.`);
      zaakId = vanBesluit;
    }
    let versie: number | undefined;
    if (zaakId !== null) {
      const z = await tx.query<{ versie: number }>('SELECT versie FROM zaak WHERE id = $1', [zaakId]);
      if (!z.rows[0]) return geweigerd('NIET_GEVONDEN', `Zaak ${zaakId} bestaat niet.`);
      versie = z.rows[0].versie;
    }
    const r = await tx.query<{
      id: string;
      besluit_id: string | null;
      zaak_id: string | null;
      thema: string;
      omschrijving: string;
      status: Signaal['status'];
      ingediend_door: string;
      ingediend_op: string;
    }>(
      `INSERT INTO signaal (besluit_id, zaak_id, thema, omschrijving, ingediend_door, ingediend_op)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, besluit_id, zaak_id, thema, omschrijving, status, ingediend_door,
                 ${isoKolom('ingediend_op', 'ingediend_op')}`,
      [invoer.besluitId ?? null, zaakId, invoer.thema.trim(), invoer.omschrijving.trim(), actor.id, nu],
    );
    const s = r.rows[0]!;
    const signaal: Signaal = {
      id: Number(s.id),
      besluitId: s.besluit_id === null ? null : Number(s.besluit_id),
      zaakId: s.zaak_id === null ? null : Number(s.zaak_id),
      thema: s.thema,
      omschrijving: s.omschrijving,
      status: s.status,
      ingediendDoor: s.ingediend_door,
      ingediendOp: s.ingediend_op,
    };
    if (zaakId !== null && versie !== undefined)
      await schrijfHistorie(tx, zaakId, 'signaal', versie, actor, nu, {
        signaalId: signaal.id,
        thema: signaal.thema,
      });
    return gelukt(signaal);
  });
}
