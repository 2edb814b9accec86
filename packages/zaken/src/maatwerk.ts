/**
 * @module
 * Recording and approving maatwerk decisions (C6). A decision is recorded, never executed here:
 * maatwerk does not silently change amounts. The standard outcome is computed by the caller on the
 * server (never from a request). Above the approval threshold (|afwijking − standaard| in eurocents,
 * `GOEDKEURINGSDREMPEL`) and for every level 2 or 3 remedy, the decision and its case wait for a
 * team lead who is not the author (four-eyes, also enforced by the database: migrations 007 and
 * 013); otherwise the decision is approved at once. After approval the caller issues the new
 * decision version (beschikking) and calls `markeerVanKracht`.
 */
import type { Sql } from '@regelmaat/db';
import { Conflict, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { schrijfHistorie } from './historie';
import {
  controleerMaatwerk,
  GOEDKEURINGSDREMPEL,
  goedkeuringNodig,
  type Maatwerkbesluit,
  type MaatwerkInvoer,
} from './maatwerk-invoer';
import { BESLUIT_KOLOMMEN, type BesluitRij, naarBesluit } from './maatwerk-rij';
import { isTeamleider, MELDING_ROL, MELDING_TEAMLEIDER, magTeam, magZaakwerk, teamMelding } from './rechten';
import { inTransactie } from './transactie';
import type { Actor } from './typen';

export interface MaatwerkOpties {
  /**
   * Deviations above this many eurocents need a team lead's approval; default and maximum
   * `GOEDKEURINGSDREMPEL` (a lower, stricter threshold may be configured; a higher one is refused).
   */
  goedkeuringsdrempel?: number;
}

const SYSTEEM = { id: 'systeem', rol: 'systeem' } as const;

async function bumpZaak(tx: Sql, zaakId: number, zet: string): Promise<number> {
  const r = await tx.query<{ versie: number }>(
    `UPDATE zaak SET ${zet}${zet ? ', ' : ''}versie = versie + 1 WHERE id = $1 RETURNING versie`,
    [zaakId],
  );
  return r.rows[0]!.versie;
}

/** Records a maatwerk decision on a case the actor works on. */
export async function legMaatwerkVast(
  sql: Sql,
  invoer: MaatwerkInvoer,
  actor: Actor,
  nu: string,
  opties: MaatwerkOpties = {},
): Promise<Maatwerkbesluit> {
  if (!magZaakwerk(actor)) throw new Conflict('niet-toegestaan', MELDING_ROL);
  const drempel = opties.goedkeuringsdrempel ?? GOEDKEURINGSDREMPEL;
  if (!Number.isSafeInteger(drempel) || drempel < 0 || drempel > GOEDKEURINGSDREMPEL)
    throw new RangeError(
      `goedkeuringsdrempel must be an integer number of eurocents from 0 to ${GOEDKEURINGSDREMPEL}`,
    );
  const problemen = controleerMaatwerk(invoer);
  if (problemen.length > 0)
    throw Ongeldig.geheel(`Het maatwerkbesluit is niet compleet: ${problemen.join('; ')}.`);
  return inTransactie(sql, async (tx) => {
    const z = await tx.query<{
      status: string;
      behandelaar: string | null;
      team: string;
      huishouden_id: string;
    }>('SELECT status, behandelaar, team, huishouden_id FROM zaak WHERE id = $1 FOR UPDATE', [invoer.zaakId]);
    const zaak = z.rows[0];
    if (!zaak) throw new NietGevonden(`Zaak ${invoer.zaakId} bestaat niet.`);
    if (!magTeam(actor, zaak.team)) throw new Conflict('niet-toegestaan', teamMelding(zaak.team));
    if (zaak.status !== 'in-behandeling' || zaak.behandelaar !== actor.id)
      throw new Conflict(
        'niet-toegestaan',
        zaak.status === 'wacht-op-goedkeuring'
          ? 'Op deze zaak wacht al een maatwerkbesluit op goedkeuring.'
          : 'Alleen wie de zaak in behandeling heeft, legt er een maatwerkbesluit in vast.',
      );
    const precedenten = [...new Set(invoer.precedenten ?? [])];
    if (precedenten.length > 0) {
      const bekend = await tx.query<{ id: string }>(
        'SELECT id FROM maatwerkbesluit WHERE id = ANY($1::bigint[])',
        [precedenten],
      );
      const gevonden = new Set(bekend.rows.map((r) => Number(r.id)));
      const onbekend = precedenten.filter((id) => !gevonden.has(id));
      if (onbekend.length > 0) throw Ongeldig.geheel(`Onbekende precedenten: ${onbekend.join(', ')}.`);
    }
    const wacht = goedkeuringNodig(
      invoer.standaardUitkomst.bedrag,
      invoer.afwijking.bedrag,
      invoer.niveau,
      drempel,
    );
    const a = invoer.afwijking;
    const r = await tx.query<BesluitRij>(
      `INSERT INTO maatwerkbesluit AS b (zaak_id, huishouden_id, regeling, jaar, standaard_bedrag, standaard_omschrijving,
         afwijking_bedrag, afwijking_van, afwijking_tot, regeling_termijnen, regeling_per_termijn, grondslag, afweging,
         perspectieven, vraag_rechtvaardig, vraag_samen, vraag_aanspreekbaar, niveau, huishoudtype, redenen, precedenten,
         status, auteur, aangemaakt_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16, $17, $18, $19, $20::text[],
               $21::bigint[], $22, $23, $24)
       RETURNING ${BESLUIT_KOLOMMEN}`,
      [
        invoer.zaakId,
        zaak.huishouden_id,
        invoer.regeling,
        invoer.jaar,
        invoer.standaardUitkomst.bedrag,
        invoer.standaardUitkomst.omschrijving.trim(),
        a.bedrag,
        a.periode?.van ?? null,
        a.periode?.tot ?? null,
        a.betalingsregeling?.termijnen ?? null,
        a.betalingsregeling?.bedragPerTermijn ?? null,
        invoer.grondslag,
        invoer.afweging.trim(),
        invoer.perspectieven ? JSON.stringify(invoer.perspectieven) : null,
        invoer.vragen.rechtvaardig.trim(),
        invoer.vragen.samen.trim(),
        invoer.vragen.aanspreekbaar.trim(),
        invoer.niveau,
        invoer.huishoudtype,
        invoer.redenen,
        precedenten,
        wacht ? 'wacht-op-goedkeuring' : 'goedgekeurd',
        actor.id,
        nu,
      ],
    );
    const besluit = naarBesluit(r.rows[0]!);
    const versie = await bumpZaak(tx, invoer.zaakId, wacht ? `status = 'wacht-op-goedkeuring'` : '');
    await schrijfHistorie(
      tx,
      invoer.zaakId,
      wacht ? 'maatwerk-ter-goedkeuring' : 'maatwerk-vastgelegd',
      versie,
      actor,
      nu,
      {
        besluitId: besluit.id,
        verschil: besluit.verschil,
        niveau: besluit.niveau,
        grondslag: besluit.grondslag,
      },
    );
    return besluit;
  });
}

async function beoordeel(
  sql: Sql,
  besluitId: number,
  uitkomst: 'goedgekeurd' | 'afgewezen',
  toelichting: string | null,
  actor: Actor,
  nu: string,
): Promise<Maatwerkbesluit> {
  if (!isTeamleider(actor)) throw new Conflict('niet-toegestaan', MELDING_TEAMLEIDER);
  return inTransactie(sql, async (tx) => {
    const h = await tx.query<{ auteur: string; status: string; zaak_id: string; team: string }>(
      `SELECT b.auteur, b.status, b.zaak_id, z.team FROM maatwerkbesluit b JOIN zaak z ON z.id = b.zaak_id
        WHERE b.id = $1 FOR UPDATE OF b`,
      [besluitId],
    );
    const b = h.rows[0];
    if (!b) throw new NietGevonden(`Maatwerkbesluit ${besluitId} bestaat niet.`);
    if (b.auteur === actor.id)
      throw new Conflict(
        'niet-toegestaan',
        'U kunt uw eigen maatwerkbesluit niet beoordelen (vier-ogenprincipe).',
      );
    if (!magTeam(actor, b.team)) throw new Conflict('niet-toegestaan', teamMelding(b.team));
    if (b.status !== 'wacht-op-goedkeuring')
      throw new Conflict(
        'niet-toegestaan',
        `Dit maatwerkbesluit wacht niet op goedkeuring (status: ${b.status}).`,
      );
    const r = await tx.query<BesluitRij>(
      `UPDATE maatwerkbesluit b SET status = $2, beoordelaar = $3, beoordeeld_op = $4, beoordeling_toelichting = $5
        WHERE b.id = $1 RETURNING ${BESLUIT_KOLOMMEN}`,
      [besluitId, uitkomst, actor.id, nu, toelichting],
    );
    const besluit = naarBesluit(r.rows[0]!);
    const zaakId = Number(b.zaak_id);
    const versie = await bumpZaak(tx, zaakId, `status = 'in-behandeling'`);
    await schrijfHistorie(tx, zaakId, `maatwerk-${uitkomst}`, versie, actor, nu, {
      besluitId,
      ...(toelichting ? { toelichting } : {}),
    });
    return besluit;
  });
}

/** Approval by a team lead other than the author; the case returns to its behandelaar. */
export function keurGoed(sql: Sql, besluitId: number, actor: Actor, nu: string): Promise<Maatwerkbesluit> {
  return beoordeel(sql, besluitId, 'goedgekeurd', null, actor, nu);
}

/** Rejection with reasons by a team lead other than the author; the case returns to its behandelaar. */
export async function wijsAf(
  sql: Sql,
  besluitId: number,
  toelichting: string,
  actor: Actor,
  nu: string,
): Promise<Maatwerkbesluit> {
  if (typeof toelichting !== 'string' || toelichting.trim() === '')
    throw Ongeldig.geheel('Licht toe waarom het maatwerkbesluit wordt afgewezen.');
  return beoordeel(sql, besluitId, 'afgewezen', toelichting.trim(), actor, nu);
}

/**
 * Links an approved decision to the decision version (beschikking) the caller issued for it. The
 * beschikking must be for the same household and regeling. Throws `NietGevonden`, `Conflict` or `Ongeldig` otherwise.
 */
export async function markeerVanKracht(
  sql: Sql,
  besluitId: number,
  beschikkingId: number,
  nu: string,
): Promise<void> {
  await inTransactie(sql, async (tx) => {
    const h = await tx.query<{ status: string; zaak_id: string; huishouden_id: string; regeling: string }>(
      'SELECT status, zaak_id, huishouden_id, regeling FROM maatwerkbesluit WHERE id = $1 FOR UPDATE',
      [besluitId],
    );
    const b = h.rows[0];
    if (!b) throw new NietGevonden(`Maatwerkbesluit ${besluitId} bestaat niet.`);
    if (b.status !== 'goedgekeurd')
      throw new Conflict(
        'niet-toegestaan',
        `Alleen een goedgekeurd maatwerkbesluit kan van kracht worden (status: ${b.status}).`,
      );
    const s = await tx.query<{ huishouden_id: string; regeling: string }>(
      'SELECT huishouden_id, regeling FROM beschikking WHERE id = $1',
      [beschikkingId],
    );
    const besch = s.rows[0];
    if (!besch) throw new NietGevonden(`Beschikking ${beschikkingId} bestaat niet.`);
    if (String(besch.huishouden_id) !== String(b.huishouden_id) || besch.regeling !== b.regeling)
      throw Ongeldig.geheel(`Beschikking ${beschikkingId} hoort niet bij dit huishouden en deze regeling.`);
    await tx.query(
      `UPDATE maatwerkbesluit SET status = 'van-kracht', beschikking_id = $2, van_kracht_op = $3 WHERE id = $1`,
      [besluitId, beschikkingId, nu],
    );
    const zaakId = Number(b.zaak_id);
    const v = await tx.query<{ versie: number }>('SELECT versie FROM zaak WHERE id = $1', [zaakId]);
    await schrijfHistorie(tx, zaakId, 'maatwerk-van-kracht', v.rows[0]!.versie, SYSTEEM, nu, {
      besluitId,
      beschikkingId,
    });
  });
}
