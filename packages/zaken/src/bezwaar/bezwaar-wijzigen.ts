/**
 * @module
 * One step of an objection: the objection row changes only from the phases the step allows, the
 * case gets a new version and a history row, in one transaction. Who may take the step is checked
 * first: case work on an objection is for its case's behandelaar (the case is claimed); approving a
 * decision for a team lead of the case's team who is not its author.
 */
import type { Sql } from '@regelmaat/db';
import { Conflict, NietGevonden } from '@regelmaat/kernel';
import { schrijfHistorie } from '../historie';
import { isTeamleider, MELDING_ROL, magTeam, magZaakwerk, teamMelding } from '../rechten';
import { inTransactie } from '../transactie';
import type { Actor } from '../typen';
import { BEZWAAR_KOLOMMEN, naarBezwaar } from './bezwaar-rij';
import type { Bezwaar, BezwaarFase } from './bezwaar-typen';

export interface Stap {
  /** History action, e.g. `bezwaar-gebeld`. */
  actie: string;
  /** SET clause; `$1` is the objection id, further parameters from `$2`. */
  zet: string;
  params: unknown[];
  /** The phases the step may start from. */
  vanuit: readonly BezwaarFase[];
  details?: Record<string, unknown>;
  /** Who may take it: the case's behandelaar (default) or a team lead other than the author. */
  wie?: 'behandelaar' | 'beoordelaar';
  /** A further condition on the objection as it is now: the refusal's message, or undefined. */
  voorwaarde?: (b: Bezwaar) => string | undefined;
}

const FASE_TEKST: Record<BezwaarFase, string> = {
  ingediend: 'is ingediend',
  gebeld: 'is besproken met de indiener',
  horen: 'wacht op de hoorzitting',
  'te-beslissen': 'is klaar om te beslissen',
  'wacht-op-goedkeuring': 'wacht op goedkeuring',
  beslist: 'is al beslist',
  ingetrokken: 'is ingetrokken',
};

export async function zetStap(
  sql: Sql,
  bezwaarId: number,
  stap: Stap,
  actor: Actor,
  nu: string,
): Promise<Bezwaar> {
  if (!magZaakwerk(actor)) throw new Conflict('niet-toegestaan', MELDING_ROL);
  return inTransactie(sql, async (tx) => {
    const huidig = await tx.query<Record<string, unknown>>(
      `SELECT ${BEZWAAR_KOLOMMEN}, z.status AS zaak_status, z.behandelaar AS zaak_behandelaar, z.team AS zaak_team
         FROM bezwaar b JOIN zaak z ON z.id = b.zaak_id WHERE b.id = $1 FOR UPDATE OF b`,
      [bezwaarId],
    );
    const rij = huidig.rows[0];
    if (!rij) throw new NietGevonden(`Bezwaar ${bezwaarId} bestaat niet.`);
    const b = naarBezwaar(rij);
    const team = String(rij.zaak_team);
    if (!magTeam(actor, team)) throw new Conflict('niet-toegestaan', teamMelding(team));
    if ((stap.wie ?? 'behandelaar') === 'behandelaar') {
      if (rij.zaak_status !== 'in-behandeling' || rij.zaak_behandelaar !== actor.id)
        throw new Conflict(
          'niet-toegestaan',
          rij.zaak_behandelaar
            ? `Alleen de behandelaar van de zaak (${String(rij.zaak_behandelaar)}) kan dit doen.`
            : 'Pak de zaak eerst op.',
        );
    } else {
      if (!isTeamleider(actor))
        throw new Conflict(
          'niet-toegestaan',
          'Alleen een teamleider mag een beslissing op bezwaar goedkeuren.',
        );
      if (b.auteur === actor.id)
        throw new Conflict('niet-toegestaan', 'U kunt uw eigen beslissing niet goedkeuren (vier ogen).');
    }
    if (!stap.vanuit.includes(b.fase))
      throw new Conflict('niet-toegestaan', `Dit kan nu niet: het bezwaar ${FASE_TEKST[b.fase]}.`);
    const bezwaarVoorwaarde = stap.voorwaarde?.(b);
    if (bezwaarVoorwaarde) throw new Conflict('niet-toegestaan', bezwaarVoorwaarde);
    await tx.query(`UPDATE bezwaar SET ${stap.zet}, versie = versie + 1 WHERE id = $1`, [
      bezwaarId,
      ...stap.params,
    ]);
    // The case's due date is the statutory decision date as it stands now: it moves with a
    // postponement (Awb 7:10 lid 3) or the days waited for grounds (7:10 lid 2).
    const z = await tx.query<{ versie: number }>(
      `UPDATE zaak SET versie = versie + 1, termijn = (SELECT beslistermijn FROM bezwaar WHERE id = $2)
        WHERE id = $1 RETURNING versie`,
      [b.zaakId, bezwaarId],
    );
    await schrijfHistorie(tx, b.zaakId, stap.actie, z.rows[0]!.versie, actor, nu, {
      bezwaarId,
      ...stap.details,
    });
    const na = await tx.query<Record<string, unknown>>(
      `SELECT ${BEZWAAR_KOLOMMEN} FROM bezwaar b WHERE b.id = $1`,
      [bezwaarId],
    );
    return naarBezwaar(na.rows[0]!);
  });
}

/** Closes the objection's case with its outcome (the decision, or the withdrawal). */
export async function sluitBezwaarZaak(
  tx: Sql,
  b: Bezwaar,
  uitkomst: string,
  actor: Actor,
  nu: string,
): Promise<void> {
  const z = await tx.query<{ versie: number }>(
    `UPDATE zaak SET status = 'afgerond', afgerond_op = $2, uitkomst = $3, versie = versie + 1,
            behandelaar = coalesce(behandelaar, $4)
      WHERE id = $1 AND status <> 'afgerond' RETURNING versie`,
    [b.zaakId, nu, uitkomst, actor.id],
  );
  if (z.rows[0]) await schrijfHistorie(tx, b.zaakId, 'afgerond', z.rows[0].versie, actor, nu, { uitkomst });
}
