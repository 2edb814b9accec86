/**
 * @module
 * Opening a case by hand (a maatwerk request, a hearing before a recovery, a contact request, or a
 * check outside a batch run). The batch opens its cases with `openUitvalZaken`; migration 007 gives
 * those the same team, due date and first history row.
 */
import type { Sql } from '@regelmaat/db';
import { NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { isRegelingId } from '@regelmaat/law';
import { schrijfHistorie } from './historie';
import { inTransactie } from './transactie';
import type { Actor, Zaak, ZaakSoort } from './typen';
import { naarZaak, ZAAK_KOLOMMEN, type ZaakRij } from './zaak-rij';
import { datumVan, termijnVoor, zaaktype } from './zaaktypen';

export interface NieuweZaak {
  soort: ZaakSoort;
  huishoudenId: number;
  onderwerp: string;
  redenen?: string[];
  toelichting?: unknown;
  /** 1 (most urgent) … 4; default 3. */
  prioriteit?: number;
  regeling?: string;
  jaar?: number;
  /** Default: the case type's team. */
  team?: string;
  /** A statutory due date (civil date) instead of opening + the service norm (an objection's, Awb 7:10). */
  termijn?: string;
}

/** Opens a case in its team's queue. Throws `Ongeldig` naming every problem. */
export async function maakZaak(sql: Sql, invoer: NieuweZaak, actor: Actor, nu: string): Promise<Zaak> {
  const type = zaaktype(invoer.soort);
  const problemen: string[] = [];
  if (!type) problemen.push(`onbekend zaaktype "${invoer.soort}"`);
  if (!Number.isSafeInteger(invoer.huishoudenId) || invoer.huishoudenId <= 0)
    problemen.push('huishoudenId moet een positief geheel getal zijn');
  if (typeof invoer.onderwerp !== 'string' || invoer.onderwerp.trim() === '')
    problemen.push('onderwerp ontbreekt');
  const prioriteit = invoer.prioriteit ?? 3;
  if (![1, 2, 3, 4].includes(prioriteit)) problemen.push('prioriteit moet 1, 2, 3 of 4 zijn');
  if (invoer.regeling !== undefined && !isRegelingId(invoer.regeling))
    problemen.push(`onbekende regeling "${invoer.regeling}"`);
  if (
    invoer.jaar !== undefined &&
    !(Number.isInteger(invoer.jaar) && invoer.jaar >= 2000 && invoer.jaar <= 2100)
  )
    problemen.push('jaar moet een jaartal zijn');
  if (invoer.team !== undefined && invoer.team.trim() === '') problemen.push('team is leeg');
  if (invoer.termijn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(invoer.termijn))
    problemen.push('termijn moet een datum zijn');
  if (!actor?.id) problemen.push('onbekende medewerker');
  if (problemen.length > 0 || !type) throw Ongeldig.geheel(`Zaak niet aangemaakt: ${problemen.join('; ')}.`);

  return inTransactie(sql, async (tx) => {
    const bestaat = await tx.query('SELECT 1 FROM huishouden WHERE id = $1', [invoer.huishoudenId]);
    if (bestaat.rows.length === 0)
      throw new NietGevonden(`Zaak niet aangemaakt: huishouden ${invoer.huishoudenId} bestaat niet.`);
    const r = await tx.query<ZaakRij>(
      `INSERT INTO zaak AS z (huishouden_id, run_id, soort, redenen, toelichting, prioriteit, status, aangemaakt_op,
                              team, termijn, onderwerp, regeling, jaar)
       VALUES ($1, NULL, $2, $3::text[], $4::jsonb, $5, 'open', $6, $7, $8, $9, $10, $11)
       RETURNING ${ZAAK_KOLOMMEN}`,
      [
        invoer.huishoudenId,
        type.id,
        invoer.redenen ?? [],
        JSON.stringify(invoer.toelichting ?? {}),
        prioriteit,
        nu,
        invoer.team ?? type.team,
        invoer.termijn ?? termijnVoor(type, nu),
        invoer.onderwerp.trim(),
        invoer.regeling ?? null,
        invoer.jaar ?? null,
      ],
    );
    const zaak = naarZaak(r.rows[0]!, datumVan(nu));
    await schrijfHistorie(tx, zaak.id, 'aangemaakt', zaak.versie, actor, nu, {
      soort: zaak.soort,
      team: zaak.team,
      termijn: zaak.termijn,
    });
    return zaak;
  });
}
