/**
 * @module
 * Suspending a case (opschorten, issue 17) and resuming it. Awb article 4:15 lid 1 sub a: the
 * decision period is suspended from the day the administrative body asks for information until the
 * day it is supplied or the period given for it has passed. The case worker names the day until
 * which the case waits and why; the due date moves by the days from today until that day. Resuming
 * before that day gives back the days not used (the due date moves back by them). Only the case's
 * own behandelaar does this, on a case in treatment, with the case version (optimistic locking), and
 * each step writes its history row in the same transaction.
 */
import type { Sql } from '@regelmaat/db';
import { Conflict, NietGevonden, Ongeldig, type OngeldigVeld } from '@regelmaat/kernel';
import { schrijfHistorie } from './historie';
import { MELDING_ROL, magTeam, magZaakwerk, teamMelding } from './rechten';
import { inTransactie } from './transactie';
import type { Actor, Zaak } from './typen';
import { naarZaak, ZAAK_KOLOMMEN, type ZaakRij } from './zaak-rij';
import { datumVan, plusDagen } from './zaaktypen';

/** A suspension lasts at most this many calendar days (a request for information, not a parking place). */
export const MAX_OPSCHORT_DAGEN = 91;

/** Calendar days from `van` to `tot`. */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

/** Why a suspension request is wrong, per field (Dutch, for staff), or an empty list. */
export function opschortFouten(reden: string, tot: string, vandaag: string): OngeldigVeld[] {
  const fouten: OngeldigVeld[] = [];
  const r = typeof reden === 'string' ? reden.trim() : '';
  if (r.length < 5 || r.length > 500)
    fouten.push({
      naam: 'reden',
      reden:
        'Geef de reden van het opschorten (5 tot 500 tekens), bijvoorbeeld welke gegevens u heeft gevraagd.',
    });
  if (
    typeof tot !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(tot) ||
    Number.isNaN(Date.parse(`${tot}T00:00:00Z`))
  )
    fouten.push({ naam: 'tot', reden: 'Geef de datum tot wanneer de zaak wacht (jjjj-mm-dd).' });
  else if (tot <= vandaag)
    fouten.push({ naam: 'tot', reden: 'De datum tot wanneer de zaak wacht moet na vandaag liggen.' });
  else if (dagenTussen(vandaag, tot) > MAX_OPSCHORT_DAGEN)
    fouten.push({
      naam: 'tot',
      reden: `Een zaak kan ten hoogste ${MAX_OPSCHORT_DAGEN} dagen worden opgeschort.`,
    });
  return fouten;
}

interface Stand {
  status: string;
  team: string;
  behandelaar: string | null;
  versie: number;
  opgeschort_tot: string | null;
  opgeschort_op: string | null;
  termijn: string;
}

async function stand(tx: Sql, zaakId: number): Promise<Stand | undefined> {
  const r = await tx.query<Stand>(
    `SELECT status, team, behandelaar, versie, opgeschort_tot::text AS opgeschort_tot,
            opgeschort_op::text AS opgeschort_op, termijn::text AS termijn
       FROM zaak WHERE id = $1 FOR UPDATE`,
    [zaakId],
  );
  return r.rows[0];
}

/**
 * Refuses (throws) unless the case is the actor's own case in treatment at this version, in the
 * actor's team (the team from the signed session, the case's team from its row: a case worker who
 * moved to another team no longer suspends the cases they held).
 */
function eigenZaakInBehandeling(
  s: Stand | undefined,
  zaakId: number,
  versie: number,
  actor: Actor,
  wat: string,
): Stand {
  if (!s) throw new NietGevonden(`Zaak ${zaakId} bestaat niet.`);
  if (!magTeam(actor, s.team)) throw new Conflict('niet-toegestaan', teamMelding(s.team));
  if (s.status !== 'in-behandeling')
    throw new Conflict('niet-toegestaan', `Alleen een zaak die in behandeling is kan worden ${wat}.`);
  if (s.behandelaar !== actor.id)
    throw new Conflict('niet-toegestaan', `Alleen de behandelaar (${s.behandelaar}) kan deze zaak ${wat}.`);
  if (s.versie !== versie)
    throw new Conflict(
      'versie-verouderd',
      `De zaak is intussen gewijzigd (nu versie ${s.versie}, u had versie ${versie}). Laad de zaak opnieuw.`,
    );
  return s;
}

async function zetEnLees(
  tx: Sql,
  zaakId: number,
  zet: string,
  params: unknown[],
  actie: string,
  actor: Actor,
  nu: string,
  details: Record<string, unknown>,
): Promise<Zaak> {
  const r = await tx.query<ZaakRij>(
    `UPDATE zaak z SET ${zet}, versie = z.versie + 1 WHERE z.id = $1 RETURNING ${ZAAK_KOLOMMEN}`,
    [zaakId, ...params],
  );
  const zaak = naarZaak(r.rows[0]!, datumVan(nu));
  await schrijfHistorie(tx, zaakId, actie, zaak.versie, actor, nu, details);
  return zaak;
}

/** Suspends the case until `tot` for `reden`: the due date moves by the days from today to `tot`. */
export async function schortOp(
  sql: Sql,
  zaakId: number,
  versie: number,
  reden: string,
  tot: string,
  actor: Actor,
  nu: string,
): Promise<Zaak> {
  if (!magZaakwerk(actor)) throw new Conflict('niet-toegestaan', MELDING_ROL);
  const vandaag = datumVan(nu);
  const fouten = opschortFouten(reden, tot, vandaag);
  if (fouten.length > 0) throw new Ongeldig(fouten, fouten.map((f) => f.reden).join(' '));
  return inTransactie(sql, async (tx) => {
    const s = eigenZaakInBehandeling(await stand(tx, zaakId), zaakId, versie, actor, 'opgeschort');
    if (s.opgeschort_tot !== null)
      throw new Conflict(
        'niet-toegestaan',
        `De zaak is al opgeschort tot ${s.opgeschort_tot}. Hervat de zaak eerst.`,
      );
    const dagen = dagenTussen(vandaag, tot);
    const termijn = plusDagen(s.termijn, dagen);
    const zaak = await zetEnLees(
      tx,
      zaakId,
      'opgeschort_tot = $2::date, opschort_reden = $3, opgeschort_op = $4::date, termijn = $5::date',
      [tot, reden.trim(), vandaag, termijn],
      'opgeschort',
      actor,
      nu,
      { tot, reden: reden.trim(), dagen, termijnVan: s.termijn, termijnNaar: termijn },
    );
    return zaak;
  });
}

/**
 * Resumes a suspended case. Before the day it waited for, the days not used come off the due date
 * again (the information came early); on or after that day the due date stays as moved.
 */
export async function hervat(
  sql: Sql,
  zaakId: number,
  versie: number,
  actor: Actor,
  nu: string,
): Promise<Zaak> {
  if (!magZaakwerk(actor)) throw new Conflict('niet-toegestaan', MELDING_ROL);
  const vandaag = datumVan(nu);
  return inTransactie(sql, async (tx) => {
    const s = eigenZaakInBehandeling(await stand(tx, zaakId), zaakId, versie, actor, 'hervat');
    if (s.opgeschort_tot === null) throw new Conflict('niet-toegestaan', 'De zaak is niet opgeschort.');
    const terug = Math.max(0, dagenTussen(vandaag, s.opgeschort_tot));
    const termijn = plusDagen(s.termijn, -terug);
    return await zetEnLees(
      tx,
      zaakId,
      'opgeschort_tot = NULL, opschort_reden = NULL, opgeschort_op = NULL, termijn = $2::date',
      [termijn],
      'hervat',
      actor,
      nu,
      { dagenTerug: terug, termijnVan: s.termijn, termijnNaar: termijn },
    );
  });
}
