/**
 * @module
 * What a team lead needs next to the queue (C6 four-eyes, C5 reassignment): the maatwerk
 * decisions that wait for approval (with their case), the maatwerk decisions of one case, and the
 * members of a team to reassign cases to. Read-only. The lists show cases and decisions (the
 * weighing, personal circumstances, amounts): personal data of their households, logged for every
 * person of each household like the queue itself.
 */

import { NietGevonden } from '@regelmaat/kernel';
import { behandelaarsVanTeam, heeftRecht, namenVanMedewerkers, type Teamlid } from '@regelmaat/toegang';
import {
  besluitenTerGoedkeuring,
  type Maatwerkbesluit,
  maatwerkbesluit,
  maatwerkbesluitenVanZaak,
  vergelijkbareOpenZaken,
  type Zaak,
  zaak,
} from '@regelmaat/zaken';
import { type Context, ingelogd, vereis } from './context';
import { datumVan, type Omgeving } from './omgeving';
import { logHuishoudens } from './verwerkingslog';

export interface TerGoedkeuring {
  besluit: Maatwerkbesluit;
  zaak: Zaak;
  /**
   * The total effect the approver puts into force: this case plus, for a level 2 or 3 remedy, the
   * comparable open cases it can then be applied to, each with (about) the same deviation. Each
   * application is reviewed again per case; this is what approving makes possible.
   */
  effect: { zaken: number; vergelijkbareZaken: number; perZaak: number; totaal: number };
}

/**
 * Maatwerk decisions with status wacht-op-goedkeuring, oldest first, of the given team (default: the
 * team lead's own team; `null`: all teams). At most 200.
 */
export async function maatwerkTerGoedkeuring(
  o: Omgeving,
  ctx: Context,
  filter: { team?: string | null } = {},
): Promise<TerGoedkeuring[]> {
  const s = vereis(ctx, 'maatwerk:goedkeuren');
  const team = filter.team === undefined ? (s.team ?? null) : filter.team;
  const start = o.klok();
  const vandaag = datumVan(start);
  return o.db.transaction(async (tx) => {
    const uit: TerGoedkeuring[] = [];
    for (const id of await besluitenTerGoedkeuring(tx, team)) {
      const besluit = await maatwerkbesluit(tx, id);
      const z = besluit ? await zaak(tx, besluit.zaakId, vandaag) : undefined;
      if (!besluit || !z) continue;
      const vergelijkbaar =
        besluit.niveau === 'geval' ? 0 : (await vergelijkbareOpenZaken(tx, besluit.id)).length;
      const zaken = 1 + vergelijkbaar;
      uit.push({
        besluit,
        zaak: z,
        effect: {
          zaken,
          vergelijkbareZaken: vergelijkbaar,
          perZaak: besluit.verschil,
          totaal: zaken * besluit.verschil,
        },
      });
    }
    const huishoudens = uit.map((x) => x.zaak.huishoudenId);
    await logHuishoudens(
      o,
      ctx,
      tx,
      'maatwerk-vastleggen',
      'maatwerk ter goedkeuring inzien',
      huishoudens,
      start,
    );
    return uit;
  });
}

/** The maatwerk decisions recorded on a case, oldest first. */
export async function maatwerkVanZaak(o: Omgeving, ctx: Context, zaakId: number): Promise<Maatwerkbesluit[]> {
  vereis(ctx, 'zaak:lezen');
  const start = o.klok();
  const z = await zaak(o.db, zaakId);
  if (!z) throw new NietGevonden(`Zaak ${zaakId} bestaat niet.`);
  return o.db.transaction(async (tx) => {
    const besluiten = await maatwerkbesluitenVanZaak(tx, zaakId);
    await logHuishoudens(
      o,
      ctx,
      tx,
      'maatwerk-vastleggen',
      'maatwerk van zaak inzien',
      [z.huishoudenId],
      start,
    );
    return besluiten;
  });
}

export type { Teamlid };

/** The staff who handle cases in a team (case workers and team leads), by name. */
export async function teamleden(o: Omgeving, ctx: Context, team: string): Promise<Teamlid[]> {
  vereis(ctx, 'zaak:herverdelen');
  return behandelaarsVanTeam(o.db, team);
}

/**
 * The names of all staff members by user id, so screens show "Anna Demo" instead of
 * `m-behandelaar-1` in queues, case history, contacts and maatwerk records. Names of colleagues are
 * no citizen data: no processing log. Ids that are not staff (`systeem`, a citizen's pseudonym)
 * are simply absent; the page chooses what to show for them.
 */
export async function medewerkerNamen(o: Omgeving, ctx: Context): Promise<Map<string, string>> {
  // Colleagues' names are for staff who see cases or signals (the policy owner sees who raised a
  // signal and who triaged it); no citizen data.
  const s = ingelogd(ctx);
  if (!heeftRecht(s.rol, 'zaak:lezen')) vereis(ctx, 'signaal:lezen');
  return namenVanMedewerkers(o.db);
}
