/**
 * @module
 * Claiming, releasing, reassigning and closing cases (C5) with optimistic locking: every change is
 * `UPDATE … WHERE id = $1 AND versie = $2 …` with versie + 1, and its history row in the same
 * transaction. When the update finds nothing, the current row decides the refusal, so of two
 * concurrent claimers exactly one wins and the other hears who has the case (a `Conflict` with `al-geclaimd`).
 */
import type { Sql } from '@regelmaat/db';
import { Conflict, type DienstFout, type FoutCode, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { schrijfHistorie } from './historie';
import {
  isTeamleider,
  MELDING_ROL,
  MELDING_TEAMLEIDER,
  magTeam,
  magZaakwerk,
  teamMelding,
  WERKROLLEN,
} from './rechten';
import { inTransactie } from './transactie';
import type { Actor, Zaak } from './typen';
import { naarZaak, ZAAK_KOLOMMEN, type ZaakRij } from './zaak-rij';
import { datumVan } from './zaaktypen';

interface Stand {
  status: string;
  behandelaar: string | null;
  team: string;
  versie: number;
}

async function stand(tx: Sql, zaakId: number, voorUpdate = false): Promise<Stand | undefined> {
  const r = await tx.query<Stand>(
    `SELECT status, behandelaar, team, versie FROM zaak WHERE id = $1${voorUpdate ? ' FOR UPDATE' : ''}`,
    [zaakId],
  );
  return r.rows[0];
}

const nietGevonden = (zaakId: number) => new NietGevonden(`Zaak ${zaakId} bestaat niet.`);
const verouderd = (s: Stand, versie: number) =>
  new Conflict(
    'versie-verouderd',
    `De zaak is intussen gewijzigd (nu versie ${s.versie}, u had versie ${versie}). Laad de zaak opnieuw.`,
  );
const STATUS_TEKST: Record<string, string> = {
  open: 'staat in de werkvoorraad van het team',
  'in-behandeling': 'is in behandeling',
  'wacht-op-goedkeuring': 'wacht op goedkeuring van een maatwerkbesluit',
  afgerond: 'is afgerond',
};
const statusWeigering = (s: Stand, wat: string) =>
  new Conflict('niet-toegestaan', `De zaak ${STATUS_TEKST[s.status] ?? s.status} en kan niet ${wat}.`);

/** Runs the guarded update; on success writes history and returns the case. */
async function wijzig(
  tx: Sql,
  zaakId: number,
  zet: string,
  voorwaarde: string,
  params: unknown[],
  actie: string,
  actor: Actor,
  nu: string,
  details: Record<string, unknown>,
): Promise<Zaak | undefined> {
  const r = await tx.query<ZaakRij>(
    `UPDATE zaak z SET ${zet}, versie = z.versie + 1 WHERE z.id = $1 AND ${voorwaarde} RETURNING ${ZAAK_KOLOMMEN}`,
    [zaakId, ...params],
  );
  const rij = r.rows[0];
  if (!rij) return undefined;
  const zaak = naarZaak(rij, datumVan(nu));
  await schrijfHistorie(tx, zaakId, actie, zaak.versie, actor, nu, details);
  return zaak;
}

/** Takes an open case from the team queue: status in-behandeling, behandelaar = actor. */
export async function claim(
  sql: Sql,
  zaakId: number,
  versie: number,
  actor: Actor,
  nu: string,
): Promise<Zaak> {
  if (!magZaakwerk(actor)) throw new Conflict('niet-toegestaan', MELDING_ROL);
  return inTransactie(sql, async (tx) => {
    const zaak = await wijzig(
      tx,
      zaakId,
      `behandelaar = $3, status = 'in-behandeling'`,
      `z.versie = $2 AND z.status = 'open' AND ($4::text IS NULL OR z.team = $4)`,
      [versie, actor.id, actor.team ?? null],
      'geclaimd',
      actor,
      nu,
      {},
    );
    if (zaak) return zaak;
    const s = await stand(tx, zaakId);
    if (!s) throw nietGevonden(zaakId);
    if (s.status === 'afgerond') throw statusWeigering(s, 'meer worden opgepakt');
    if (s.behandelaar === actor.id) throw new Conflict('al-geclaimd', 'U behandelt deze zaak al.');
    if (s.behandelaar !== null)
      throw new Conflict(
        'al-geclaimd',
        `Deze zaak is al opgepakt door ${s.behandelaar} en ${STATUS_TEKST[s.status]}.`,
      );
    if (!magTeam(actor, s.team)) throw new Conflict('niet-toegestaan', teamMelding(s.team));
    throw verouderd(s, versie);
  });
}

/** Puts a case back in the team queue. The behandelaar themself, or a team lead. */
export async function geefVrij(
  sql: Sql,
  zaakId: number,
  versie: number,
  actor: Actor,
  nu: string,
): Promise<Zaak> {
  if (!magZaakwerk(actor)) throw new Conflict('niet-toegestaan', MELDING_ROL);
  const leider = isTeamleider(actor);
  return inTransactie(sql, async (tx) => {
    const zaak = await wijzig(
      tx,
      zaakId,
      `behandelaar = NULL, status = 'open'`,
      `z.versie = $2 AND z.status = 'in-behandeling'
       AND (z.behandelaar = $3 OR ($4::boolean AND ($5::text IS NULL OR z.team = $5)))`,
      [versie, actor.id, leider, actor.team ?? null],
      'vrijgegeven',
      actor,
      nu,
      {},
    );
    if (zaak) return zaak;
    const s = await stand(tx, zaakId);
    if (!s) throw nietGevonden(zaakId);
    if (s.status !== 'in-behandeling') throw statusWeigering(s, 'worden vrijgegeven');
    if (s.behandelaar !== actor.id && !leider)
      throw new Conflict(
        'niet-toegestaan',
        'Alleen de behandelaar of een teamleider kan deze zaak vrijgeven.',
      );
    if (s.behandelaar !== actor.id && !magTeam(actor, s.team))
      throw new Conflict('niet-toegestaan', teamMelding(s.team));
    throw verouderd(s, versie);
  });
}

export interface HerverdeelResultaat {
  zaakId: number;
  ok: boolean;
  /** Why this case was refused: a code of the one table (`FOUTCODES`). */
  code?: FoutCode;
  melding?: string;
  /** The case after the change (also when nothing needed to change). */
  zaak?: Zaak;
}

interface Ontvanger {
  id: string;
  rol: string;
  team: string | null;
  actief: boolean;
}

async function leesOntvanger(sql: Sql, naar: string, voorUpdate: boolean): Promise<Ontvanger | undefined> {
  const r = await sql.query<Ontvanger>(
    `SELECT id, rol, team, actief FROM gebruiker WHERE id = $1${voorUpdate ? ' FOR SHARE' : ''}`,
    [naar],
  );
  return r.rows[0];
}

const geenBehandelaar = (naar: string) =>
  Ongeldig.geheel(
    `${naar} is geen actieve behandelaar of teamleider. Kies een medewerker uit het team van de zaak, of de werkvoorraad van het team.`,
  );

/**
 * Why cases cannot go to `naar` at all (ONGELDIG), or undefined when `naar` is an active case worker
 * or team lead (or null: the team queue). Whether they are in the case's team is checked per case.
 */
export async function ontvangerWeigering(sql: Sql, naar: string | null): Promise<DienstFout | undefined> {
  if (naar === null) return undefined;
  if (typeof naar !== 'string' || naar.trim() === '')
    return Ongeldig.geheel('Geef aan naar wie de zaken gaan, of null voor de werkvoorraad van het team.');
  const g = await leesOntvanger(sql, naar, false);
  if (!g?.actief || !WERKROLLEN.includes(g.rol)) return geenBehandelaar(naar);
  return undefined;
}

/**
 * Bulk reassignment by a team lead: to an active case worker or team lead of the case's own team
 * (anyone else — unknown ids, the auditor, another team's staff — would make the case vanish from
 * every queue), or back to the team queue (null). Each case in
 * its own transaction (when given a Db), so one refusal does not undo the others; no version is
 * asked because the lead acts on the case as it is now (the row is locked while deciding).
 * Reassigning to whoever already has it changes nothing and writes no history.
 */
export async function herverdeel(
  sql: Sql,
  zaakIds: number[],
  naar: string | null,
  actor: Actor,
  nu: string,
): Promise<HerverdeelResultaat[]> {
  const ids = [...new Set(zaakIds)];
  const alle = (w: DienstFout) =>
    ids.map((zaakId) => ({ zaakId, ok: false, code: w.code, melding: w.message }));
  if (!isTeamleider(actor)) return alle(new Conflict('niet-toegestaan', MELDING_TEAMLEIDER));
  const ongeldig = await ontvangerWeigering(sql, naar);
  if (ongeldig) return alle(ongeldig);
  const resultaten: HerverdeelResultaat[] = [];
  for (const zaakId of ids) {
    resultaten.push(
      await inTransactie(sql, async (tx): Promise<HerverdeelResultaat> => {
        const s = await stand(tx, zaakId, true);
        const weiger = (w: DienstFout) => ({ zaakId, ok: false, code: w.code, melding: w.message });
        if (!s) return weiger(nietGevonden(zaakId));
        if (!magTeam(actor, s.team)) return weiger(new Conflict('niet-toegestaan', teamMelding(s.team)));
        if (s.status !== 'open' && s.status !== 'in-behandeling')
          return weiger(statusWeigering(s, 'worden herverdeeld'));
        if (naar !== null) {
          // Read again under a share lock: the account cannot be deactivated or moved meanwhile.
          const g = await leesOntvanger(tx, naar, true);
          if (!g?.actief || !WERKROLLEN.includes(g.rol)) return weiger(geenBehandelaar(naar));
          if (g.team !== s.team)
            return weiger(
              new Conflict(
                'niet-toegestaan',
                `${naar} werkt niet in team ${s.team}; deze zaak kan alleen naar iemand uit dat team.`,
              ),
            );
        }
        if (s.behandelaar === naar) {
          const huidig = await tx.query<ZaakRij>(`SELECT ${ZAAK_KOLOMMEN} FROM zaak z WHERE z.id = $1`, [
            zaakId,
          ]);
          return {
            zaakId,
            ok: true,
            melding: 'Geen wijziging nodig.',
            zaak: naarZaak(huidig.rows[0]!, datumVan(nu)),
          };
        }
        const zaak = await wijzig(
          tx,
          zaakId,
          `behandelaar = $3, status = CASE WHEN $3::text IS NULL THEN 'open' ELSE 'in-behandeling' END`,
          'z.versie = $2',
          [s.versie, naar],
          'herverdeeld',
          actor,
          nu,
          { van: s.behandelaar, naar },
        );
        if (!zaak) throw new Error(`case ${zaakId} changed while locked`);
        return { zaakId, ok: true, zaak };
      }),
    );
  }
  return resultaten;
}

/** Closes a case with its outcome. Only its behandelaar, and not while a proposed remedy awaits review. */
export async function sluitZaak(
  sql: Sql,
  zaakId: number,
  versie: number,
  uitkomst: string,
  actor: Actor,
  nu: string,
): Promise<Zaak> {
  if (!magZaakwerk(actor)) throw new Conflict('niet-toegestaan', MELDING_ROL);
  if (typeof uitkomst !== 'string' || uitkomst.trim() === '')
    throw Ongeldig.geheel('Beschrijf de uitkomst van de zaak voordat u die afrondt.');
  return inTransactie(sql, async (tx) => {
    const open = await tx.query(
      `SELECT 1 FROM maatwerk_toepassing WHERE zaak_id = $1 AND status = 'voorgesteld' LIMIT 1`,
      [zaakId],
    );
    if (open.rows.length > 0)
      throw new Conflict(
        'niet-toegestaan',
        'Voor deze zaak staat een voorgestelde maatwerktoepassing open; beoordeel die eerst.',
      );
    const zaak = await wijzig(
      tx,
      zaakId,
      `status = 'afgerond', afgerond_op = $4, uitkomst = $5`,
      `z.versie = $2 AND z.status = 'in-behandeling' AND z.behandelaar = $3`,
      [versie, actor.id, nu, uitkomst.trim()],
      'afgerond',
      actor,
      nu,
      { uitkomst: uitkomst.trim() },
    );
    if (zaak) return zaak;
    const s = await stand(tx, zaakId);
    if (!s) throw nietGevonden(zaakId);
    if (s.status === 'open')
      throw new Conflict('niet-toegestaan', 'Pak de zaak eerst op voordat u die afrondt.');
    if (s.status !== 'in-behandeling') throw statusWeigering(s, 'worden afgerond');
    if (s.behandelaar !== actor.id)
      throw new Conflict(
        'niet-toegestaan',
        `Alleen de behandelaar (${s.behandelaar}) kan deze zaak afronden.`,
      );
    throw verouderd(s, versie);
  });
}
