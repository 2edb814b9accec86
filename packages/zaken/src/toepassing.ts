/**
 * @module
 * Maatwerk level 2 (C6, T-04): apply the remedy of one decision to comparable open cases. Comparable
 * open cases (issue 17) are for the same regeling and year (or not tied to one), have every
 * exception rule of the decision, and each rule's amount is alike (vergelijkbare-zaak.ts); each case
 * comes with the reasons it is comparable. The decision itself was approved by a team lead other than its author (level 2 always
 * needs four-eyes). A team lead or the decision's author proposes the remedy per case; each case then
 * gets its own review ('toegepast' or 'overgeslagen', with reasons) by someone other than the
 * proposer. A review records the choice only: amounts change when the caller issues a decision.
 */
import type { Sql } from '@regelmaat/db';
import { Conflict, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { schrijfHistorie } from './historie';
import { isTeamleider, MELDING_ROL, magZaakwerk } from './rechten';
import { inTransactie } from './transactie';
import type { Actor, Zaak } from './typen';
import { bedragenUitToelichting, type Vergelijkingsreden, vergelijkZaak } from './vergelijkbare-zaak';
import { isoKolom, naarZaak, ZAAK_KOLOMMEN, type ZaakRij } from './zaak-rij';

export type ToepassingStatus = 'voorgesteld' | 'toegepast' | 'overgeslagen';

export interface MaatwerkToepassing {
  id: number;
  besluitId: number;
  zaakId: number;
  status: ToepassingStatus;
  voorgesteldDoor: string;
  voorgesteldOp: string;
  beoordeeldDoor: string | null;
  beoordeeldOp: string | null;
  toelichting: string | null;
}

const TOEPASSING_KOLOMMEN = [
  't.id',
  't.besluit_id',
  't.zaak_id',
  't.status',
  't.voorgesteld_door',
  isoKolom('t.voorgesteld_op', 'voorgesteld_op'),
  't.beoordeeld_door',
  isoKolom('t.beoordeeld_op', 'beoordeeld_op'),
  't.toelichting',
].join(', ');

interface ToepassingRij {
  id: string | number;
  besluit_id: string | number;
  zaak_id: string | number;
  status: string;
  voorgesteld_door: string;
  voorgesteld_op: string;
  beoordeeld_door: string | null;
  beoordeeld_op: string | null;
  toelichting: string | null;
}

function naarToepassing(r: ToepassingRij): MaatwerkToepassing {
  return {
    id: Number(r.id),
    besluitId: Number(r.besluit_id),
    zaakId: Number(r.zaak_id),
    status: r.status as ToepassingStatus,
    voorgesteldDoor: r.voorgesteld_door,
    voorgesteldOp: r.voorgesteld_op,
    beoordeeldDoor: r.beoordeeld_door,
    beoordeeldOp: r.beoordeeld_op,
    toelichting: r.toelichting,
  };
}

/** At most this many comparable open cases per call. */
export const MAX_VERGELIJKBARE_ZAKEN = 1000;

// The database narrows to the candidates (same rules, regeling, year); vergelijkZaak decides on the
// amounts and gives the reasons.
const OPEN_KANDIDAAT = `
  z.status IN ('open', 'in-behandeling') AND z.id <> b.zaak_id AND cardinality(b.redenen) > 0
  AND NOT EXISTS (SELECT 1 FROM maatwerk_toepassing t WHERE t.besluit_id = b.id AND t.zaak_id = z.id)`;
const VERGELIJKBAAR = `${OPEN_KANDIDAAT}
  AND z.redenen @> b.redenen
  AND (z.regeling IS NULL OR z.regeling = b.regeling)
  AND (z.jaar IS NULL OR z.jaar = b.jaar)`;
/** Shares at least one exception rule with the decision's case: worth naming why it is not comparable. */
const VERWANT = `${OPEN_KANDIDAAT} AND z.redenen && b.redenen`;

export interface VergelijkbareZaak {
  zaak: Zaak;
  /** Why it is comparable: regeling, year, each rule and each rule's amount (all hold). */
  redenen: Vergelijkingsreden[];
}

/** At most this many related but not comparable cases are shown, each with its reasons. */
export const MAX_NIET_VERGELIJKBAAR = 10;

/** The candidates of `waar` (locked when `voorUpdate`), each compared with the decision's case. */
async function vergelijk(
  sql: Sql,
  besluitId: number,
  waar: string,
  ids?: readonly number[],
  voorUpdate = false,
): Promise<(VergelijkbareZaak & { vergelijkbaar: boolean })[]> {
  const basis = await sql.query<{ regeling: string; jaar: number; redenen: string[]; toelichting: unknown }>(
    `SELECT b.regeling, b.jaar, b.redenen, bz.toelichting
       FROM maatwerkbesluit b JOIN zaak bz ON bz.id = b.zaak_id WHERE b.id = $1`,
    [besluitId],
  );
  const bb = basis.rows[0];
  if (!bb) return [];
  const r = await sql.query<ZaakRij>(
    `SELECT ${ZAAK_KOLOMMEN} FROM zaak z JOIN maatwerkbesluit b ON b.id = $1
      WHERE ${waar} ${ids ? 'AND z.id = ANY($2::bigint[])' : ''}
      ORDER BY z.id LIMIT ${MAX_VERGELIJKBARE_ZAKEN}${voorUpdate ? ' FOR UPDATE OF z' : ''}`,
    ids ? [besluitId, ids] : [besluitId],
  );
  const links = {
    regeling: bb.regeling,
    jaar: bb.jaar,
    redenen: bb.redenen,
    bedragen: bedragenUitToelichting(bb.toelichting),
  };
  return r.rows.map((rij) => {
    const zaak = naarZaak(rij);
    const v = vergelijkZaak(links, {
      regeling: zaak.regeling,
      jaar: zaak.jaar,
      redenen: zaak.redenen,
      bedragen: bedragenUitToelichting(zaak.toelichting),
    });
    return { zaak, redenen: v.redenen, vergelijkbaar: v.vergelijkbaar };
  });
}

/** The candidates of VERGELIJKBAAR that vergelijkZaak finds comparable. */
async function vergelijkbaar(
  sql: Sql,
  besluitId: number,
  ids?: readonly number[],
  voorUpdate = false,
): Promise<VergelijkbareZaak[]> {
  return (await vergelijk(sql, besluitId, VERGELIJKBAAR, ids, voorUpdate))
    .filter((v) => v.vergelijkbaar)
    .map(({ zaak, redenen }) => ({ zaak, redenen }));
}

/** Open cases comparable to the decision's case that have no proposal from this decision yet. */
export async function vergelijkbareOpenZaken(sql: Sql, besluitId: number): Promise<Zaak[]> {
  return (await vergelijkbaar(sql, besluitId)).map((v) => v.zaak);
}

/** The same, each with the reasons it is comparable (the level-2 page shows them per case). */
export async function vergelijkbareOpenZakenMetRedenen(
  sql: Sql,
  besluitId: number,
): Promise<VergelijkbareZaak[]> {
  return vergelijkbaar(sql, besluitId);
}

export interface NietVergelijkbaar {
  /** The first MAX_NIET_VERGELIJKBAAR, each with every reason (the ones that fail say why). */
  zaken: VergelijkbareZaak[];
  /** How many related open cases are not comparable (of the first MAX_VERGELIJKBARE_ZAKEN related). */
  aantal: number;
}

/**
 * Open cases that share at least one exception rule with the decision's case but are not
 * comparable — a rule missing, another regeling or year, an amount too far off — each with the
 * reasons, so the case worker sees why it is not offered (issue 17).
 */
export async function nietVergelijkbareOpenZaken(sql: Sql, besluitId: number): Promise<NietVergelijkbaar> {
  const niet = (await vergelijk(sql, besluitId, VERWANT)).filter((v) => !v.vergelijkbaar);
  return {
    zaken: niet.slice(0, MAX_NIET_VERGELIJKBAAR).map(({ zaak, redenen }) => ({ zaak, redenen })),
    aantal: niet.length,
  };
}

/** Proposes the decision's remedy for these comparable open cases: all of them, or none. */
export async function stelToepassingVoor(
  sql: Sql,
  besluitId: number,
  zaakIds: number[],
  actor: Actor,
  nu: string,
): Promise<MaatwerkToepassing[]> {
  if (!magZaakwerk(actor)) throw new Conflict('niet-toegestaan', MELDING_ROL);
  const ids = [...new Set(zaakIds)];
  if (ids.length === 0) throw Ongeldig.geheel('Kies ten minste één zaak.');
  return inTransactie(sql, async (tx) => {
    const h = await tx.query<{ auteur: string; status: string; niveau: string; beoordelaar: string | null }>(
      'SELECT auteur, status, niveau, beoordelaar FROM maatwerkbesluit WHERE id = $1 FOR UPDATE',
      [besluitId],
    );
    const b = h.rows[0];
    if (!b) throw new NietGevonden(`Maatwerkbesluit ${besluitId} bestaat niet.`);
    if (!isTeamleider(actor) && actor.id !== b.auteur)
      throw new Conflict(
        'niet-toegestaan',
        'Alleen een teamleider of de auteur van het besluit stelt toepassing voor.',
      );
    if (b.status !== 'goedgekeurd' && b.status !== 'van-kracht')
      throw new Conflict(
        'niet-toegestaan',
        `Alleen een goedgekeurd besluit kan worden toegepast (status: ${b.status}).`,
      );
    if (b.niveau === 'geval')
      throw new Conflict('niet-toegestaan', 'Dit besluit geldt alleen voor dit geval (niveau geval).');
    // A remedy for comparable cases always needs a second person (also for decisions approved
    // under the old rule, before migration 013).
    if (b.beoordelaar === null || b.beoordelaar === b.auteur)
      throw new Conflict(
        'niet-toegestaan',
        'Dit besluit is niet door een teamleider goedgekeurd (vier-ogenprincipe); het kan niet worden toegepast op andere zaken.',
      );
    const passend = await vergelijkbaar(tx, besluitId, ids, true);
    const ok = new Set(passend.map((v) => v.zaak.id));
    const niet = ids.filter((id) => !ok.has(id));
    if (niet.length > 0)
      throw Ongeldig.geheel(
        `Deze zaken zijn geen open, vergelijkbare zaak zonder voorstel voor dit besluit: ${niet.join(', ')}.`,
      );
    const r = await tx.query<ToepassingRij>(
      `INSERT INTO maatwerk_toepassing AS t (besluit_id, zaak_id, voorgesteld_door, voorgesteld_op)
       SELECT $1, z, $3, $4 FROM unnest($2::bigint[]) AS z
       RETURNING ${TOEPASSING_KOLOMMEN}`,
      [besluitId, ids, actor.id, nu],
    );
    const toepassingen = r.rows.map(naarToepassing).sort((x, y) => x.zaakId - y.zaakId);
    const versies = await tx.query<{ id: string; versie: number }>(
      'SELECT id, versie FROM zaak WHERE id = ANY($1::bigint[])',
      [ids],
    );
    const versie = new Map(versies.rows.map((v) => [Number(v.id), v.versie]));
    for (const t of toepassingen)
      await schrijfHistorie(tx, t.zaakId, 'toepassing-voorgesteld', versie.get(t.zaakId)!, actor, nu, {
        besluitId,
        toepassingId: t.id,
      });
    return toepassingen;
  });
}

/** Reviews one proposal: applied or skipped, with reasons, by someone other than the proposer. */
export async function beoordeelToepassing(
  sql: Sql,
  toepassingId: number,
  uitkomst: 'toegepast' | 'overgeslagen',
  toelichting: string,
  actor: Actor,
  nu: string,
): Promise<MaatwerkToepassing> {
  if (!magZaakwerk(actor)) throw new Conflict('niet-toegestaan', MELDING_ROL);
  if (uitkomst !== 'toegepast' && uitkomst !== 'overgeslagen')
    throw Ongeldig.geheel('Kies toegepast of overgeslagen.');
  if (typeof toelichting !== 'string' || toelichting.trim() === '')
    throw Ongeldig.geheel('Licht de beoordeling toe.');
  return inTransactie(sql, async (tx) => {
    const h = await tx.query<{
      status: string;
      voorgesteld_door: string;
      zaak_id: string;
      behandelaar: string | null;
    }>(
      `SELECT t.status, t.voorgesteld_door, t.zaak_id, z.behandelaar
         FROM maatwerk_toepassing t JOIN zaak z ON z.id = t.zaak_id WHERE t.id = $1 FOR UPDATE OF t`,
      [toepassingId],
    );
    const t = h.rows[0];
    if (!t) throw new NietGevonden(`Voorstel ${toepassingId} bestaat niet.`);
    if (t.status !== 'voorgesteld')
      throw new Conflict('niet-toegestaan', `Dit voorstel is al beoordeeld (${t.status}).`);
    if (t.voorgesteld_door === actor.id)
      throw new Conflict('niet-toegestaan', 'U kunt uw eigen voorstel niet beoordelen (vier-ogenprincipe).');
    if (!isTeamleider(actor) && t.behandelaar !== actor.id)
      throw new Conflict(
        'niet-toegestaan',
        'Alleen de behandelaar van de zaak of een teamleider beoordeelt dit voorstel.',
      );
    const r = await tx.query<ToepassingRij>(
      `UPDATE maatwerk_toepassing t SET status = $2, beoordeeld_door = $3, beoordeeld_op = $4, toelichting = $5
        WHERE t.id = $1 RETURNING ${TOEPASSING_KOLOMMEN}`,
      [toepassingId, uitkomst, actor.id, nu, toelichting.trim()],
    );
    const toepassing = naarToepassing(r.rows[0]!);
    const zaakId = Number(t.zaak_id);
    const v = await tx.query<{ versie: number }>('SELECT versie FROM zaak WHERE id = $1', [zaakId]);
    await schrijfHistorie(tx, zaakId, `toepassing-${uitkomst}`, v.rows[0]!.versie, actor, nu, {
      besluitId: toepassing.besluitId,
      toepassingId,
      toelichting: toepassing.toelichting,
    });
    return toepassing;
  });
}

/** The proposals of a decision, by case. */
export async function toepassingen(sql: Sql, besluitId: number): Promise<MaatwerkToepassing[]> {
  const r = await sql.query<ToepassingRij>(
    `SELECT ${TOEPASSING_KOLOMMEN} FROM maatwerk_toepassing t WHERE t.besluit_id = $1 ORDER BY t.zaak_id`,
    [besluitId],
  );
  return r.rows.map(naarToepassing);
}
