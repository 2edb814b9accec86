/**
 * @module
 * The steps of a signal after it is raised (C7, issue 17), each with the version the caller saw
 * (optimistic locking): a team lead triages a new signal of their own team (a duplicate of an
 * earlier one, more information needed from the raiser, or routed to policy); the raiser answers a
 * request for more information, which puts it back for triage; the policy owner answers a routed
 * signal and says what will be done. Who may take a step is checked here, on the server's data.
 */
import type { Sql } from '@regelmaat/db';
import { Conflict, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { bestaatScenario } from './scenario';
import { type AntwoordSoort, leesSignaal, type Signaal, type SignaalStatus } from './signaal';
import { inTransactie } from './transactie';
import type { Actor } from './typen';

export const TRIAGE_BESLUITEN = ['doorzetten', 'meer-informatie', 'dubbel'] as const;
export type TriageBesluit = (typeof TRIAGE_BESLUITEN)[number];

const leeg = (s: unknown) => typeof s !== 'string' || s.trim() === '';

async function stap(
  sql: Sql,
  id: number,
  versie: number,
  mag: (s: Signaal) => string | undefined,
  zet: string,
  waarden: unknown[],
): Promise<Signaal> {
  return inTransactie(sql, async (tx) => {
    const s = await leesSignaal(tx, id);
    if (!s) throw new NietGevonden(`Signaal ${id} bestaat niet.`);
    const reden = mag(s);
    if (reden) throw new Conflict('niet-toegestaan', reden);
    if (s.versie !== versie)
      throw new Conflict('versie-verouderd', `Signaal ${id} is intussen gewijzigd; bekijk het opnieuw.`);
    const r = await tx.query(`UPDATE signaal SET ${zet}, versie = versie + 1 WHERE id = $1 AND versie = $2`, [
      id,
      versie,
      ...waarden,
    ]);
    if (r.affectedRows !== 1)
      throw new Conflict('versie-verouderd', `Signaal ${id} is intussen gewijzigd; bekijk het opnieuw.`);
    return (await leesSignaal(tx, id))!;
  });
}

const statusMelding = (s: Signaal, verwacht: SignaalStatus, wat: string) =>
  s.status === verwacht ? undefined : `Signaal ${s.id} heeft status "${s.status}"; ${wat}`;

export async function triageerSignaal(
  sql: Sql,
  id: number,
  invoer: { versie: number; besluit: TriageBesluit; toelichting: string; dubbelVan?: number },
  actor: Actor,
  nu: string,
): Promise<Signaal> {
  if (actor?.rol !== 'teamleider')
    throw new Conflict('niet-toegestaan', 'Alleen een teamleider beoordeelt signalen.');
  const problemen: string[] = [];
  if (!TRIAGE_BESLUITEN.includes(invoer.besluit))
    problemen.push('besluit: kies doorzetten, meer informatie of dubbel');
  if (leeg(invoer.toelichting)) problemen.push('toelichting ontbreekt');
  if (invoer.besluit === 'dubbel' && !(Number.isSafeInteger(invoer.dubbelVan) && (invoer.dubbelVan ?? 0) > 0))
    problemen.push('dubbelVan: noem het signaal waarvan dit een dubbel is');
  if (invoer.besluit !== 'dubbel' && invoer.dubbelVan !== undefined)
    problemen.push('dubbelVan hoort alleen bij een dubbel signaal');
  if (invoer.dubbelVan === id) problemen.push('een signaal is geen dubbel van zichzelf');
  if (problemen.length > 0) throw Ongeldig.geheel(`Signaal niet beoordeeld: ${problemen.join('; ')}.`);
  if (invoer.dubbelVan !== undefined && !(await leesSignaal(sql, invoer.dubbelVan)))
    throw new NietGevonden(`Signaal ${invoer.dubbelVan} bestaat niet.`);
  const status: SignaalStatus =
    invoer.besluit === 'doorzetten'
      ? 'doorgezet'
      : invoer.besluit === 'dubbel'
        ? 'dubbel'
        : 'meer-informatie';
  return stap(
    sql,
    id,
    invoer.versie,
    (s) =>
      statusMelding(s, 'nieuw', 'alleen een nieuw signaal wordt beoordeeld.') ??
      (s.team !== null && actor.team !== undefined && s.team !== actor.team
        ? `Signaal ${s.id} komt uit team ${s.team}; de teamleider van dat team beoordeelt het.`
        : undefined),
    'status = $3, triage_door = $4, triage_op = $5, triage_toelichting = $6, dubbel_van = $7',
    [status, actor.id, nu, invoer.toelichting.trim(), invoer.dubbelVan ?? null],
  );
}

/** The raiser answers a request for more information; the signal goes back to the team lead. */
export async function vulSignaalAan(
  sql: Sql,
  id: number,
  invoer: { versie: number; aanvulling: string },
  actor: Actor,
): Promise<Signaal> {
  if (leeg(invoer.aanvulling)) throw Ongeldig.geheel('Signaal niet aangevuld: aanvulling ontbreekt.');
  return stap(
    sql,
    id,
    invoer.versie,
    (s) =>
      s.ingediendDoor !== actor?.id
        ? 'Alleen wie het signaal gaf, vult het aan.'
        : statusMelding(s, 'meer-informatie', 'er is geen informatie gevraagd.'),
    "status = 'nieuw', aanvulling = $3",
    [invoer.aanvulling.trim()],
  );
}

/**
 * The policy owner answers a routed signal: what will be done, and why; optionally the simulation
 * saved scenario (migration 034) that works out the proposed change; a scenario that does not exist
 * is refused here, on the server, whatever the form offered.
 */
export async function beantwoordSignaal(
  sql: Sql,
  id: number,
  invoer: { versie: number; soort: AntwoordSoort; antwoord: string; scenarioId?: number | undefined },
  actor: Actor,
  nu: string,
): Promise<Signaal> {
  if (actor?.rol !== 'beleidsmedewerker')
    throw new Conflict('niet-toegestaan', 'Alleen een beleidsmedewerker beantwoordt signalen.');
  const problemen: string[] = [];
  if (!['niets', 'werkinstructie', 'wijzigingsvoorstel'].includes(invoer.soort))
    problemen.push('soort: kies niets, werkinstructie of wijzigingsvoorstel');
  if (leeg(invoer.antwoord)) problemen.push('antwoord ontbreekt');
  const scenario = invoer.scenarioId ?? null;
  if (
    scenario !== null &&
    !(Number.isSafeInteger(scenario) && scenario > 0 && (await bestaatScenario(sql, scenario)))
  )
    problemen.push(`scenario: er is geen opgeslagen scenario ${scenario}`);
  if (problemen.length > 0) throw Ongeldig.geheel(`Signaal niet beantwoord: ${problemen.join('; ')}.`);
  return stap(
    sql,
    id,
    invoer.versie,
    (s) => statusMelding(s, 'doorgezet', 'alleen een doorgezet signaal wordt beantwoord.'),
    "status = 'beantwoord', antwoord_soort = $3, antwoord = $4, beantwoord_door = $5, beantwoord_op = $6, scenario_id = $7",
    [invoer.soort, invoer.antwoord.trim(), actor.id, nu, scenario],
  );
}
