/**
 * @module
 * Personal guidance (persoonlijke begeleiding, issue 15): a team lead of team Invordering gives a
 * household a guide from that team; the guide sees their caseload (the households they guide, what
 * is open, the next contact moment) and writes a note per contact moment. The rules that protect
 * people are decided here, from data the server owns:
 * - only a team lead of team Invordering starts guidance, and only with a guide of that team
 *   (`herverdeel` of @regelmaat/zaken refuses anyone else);
 * - a reason other than `op-verzoek` must hold for the household's own recoveries and plans
 *   (`begeleidingRedenen`) — no profile, no risk model;
 * - a guide sees only their own caseload (a team lead of Invordering any guide's); a note is written
 *   only by the guide of that household, once per contact moment.
 * Every read and write is logged for each person of the households concerned (activity
 * `persoonlijke-begeleiding`).
 */

import type { Sql } from '@regelmaat/db';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import {
  type Begeleiding,
  type BegeleidingReden,
  begeleidingRedenen,
  begeleidingVan,
  begeleidingVanContactmoment,
  caseloadVan,
  contactmomenten,
  legBegeleidingVast,
  noteerContactmoment,
  regelingVan,
  standVan,
  vorderingenVan,
} from '@regelmaat/invordering';
import { DienstFout, Geweigerd, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { behandelaarsVanTeam, namenVanMedewerkers } from '@regelmaat/toegang';
import { herverdeel, maakZaak } from '@regelmaat/zaken';
import { actorVan, type Context, vereis } from '../context';
import { huishoudenVoor } from '../huishouden';
import type { Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';

export const BEGELEIDING_TEAM = 'invordering';
/** The criteria (cited, to be confirmed) and the reasons, for the pages that assign a guide. */
export {
  BEGELEIDING,
  BEGELEIDING_REDENEN,
  type Begeleiding,
  type BegeleidingReden,
} from '@regelmaat/invordering';

export interface CaseloadRegel {
  begeleidingId: number;
  huishoudenId: number;
  zaakId: number;
  /** The applicant's BSN: the guide needs it to call and to open the ledger. */
  bsn: string;
  reden: BegeleidingReden;
  gestartOp: string;
  /** Open on the household's recoveries (eurocents). */
  open: number;
  contactmomenten: Begeleiding['contactmomenten'];
}

async function feitenEnCriteria(tx: Sql, huishoudenId: number, vandaag: string) {
  const vorderingen = await vorderingenVan(tx, huishoudenId);
  let regelingMetRest = false;
  let regelingAchter = false;
  for (const v of vorderingen) {
    const r = await regelingVan(tx, v.id);
    if (!r) continue;
    if (r.soort === 'persoonlijk' && r.rest > 0) regelingMetRest = true;
    if (standVan(r, vandaag).achterstand > 0) regelingAchter = true;
  }
  const open = vorderingen.reduce((s, v) => s + v.saldo, 0);
  return { open, redenen: begeleidingRedenen({ open, regelingMetRest, regelingAchter }) };
}

/** Why this household may get a guide (staff with `beschikking:lezen`), logged. */
export async function begeleidingCriteria(
  o: Omgeving,
  ctx: Context,
  bsn: string,
): Promise<{ open: number; redenen: BegeleidingReden[]; begeleiding: Begeleiding | null }> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, bsn, { staf: 'beschikking:lezen' });
  return o.db.transaction(async (tx) => {
    const c = await feitenEnCriteria(tx, doel.huishoudenId, start.slice(0, 10));
    const begeleiding = (await begeleidingVan(tx, doel.huishoudenId)) ?? null;
    const feiten = await leesDossierFeiten(tx, doel.huishoudenId);
    await log(
      o,
      ctx,
      tx,
      'persoonlijke-begeleiding',
      'begeleiding bekijken',
      personenUitFeiten(feiten),
      start,
    );
    return { ...c, begeleiding };
  });
}

/** A team lead of team Invordering gives the household of `bsn` a guide from that team. */
export async function begeleidingStarten(
  o: Omgeving,
  ctx: Context,
  vraag: { bsn: string; begeleider: string; reden: BegeleidingReden },
): Promise<Begeleiding> {
  const s = vereis(ctx, 'zaak:herverdelen');
  if (s.team !== BEGELEIDING_TEAM)
    throw new Geweigerd(
      'Alleen een teamleider van team Invordering kan een persoonlijk begeleider aanwijzen.',
    );
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, vraag.bsn, { staf: 'beschikking:lezen' });
  return o.db.transaction(async (tx) => {
    const team = await behandelaarsVanTeam(tx, BEGELEIDING_TEAM);
    if (!team.some((m) => m.id === vraag.begeleider))
      throw new Ongeldig([
        { naam: 'begeleider', code: 'bestaat-niet', reden: 'is geen medewerker van team Invordering' },
      ]);
    const c = await feitenEnCriteria(tx, doel.huishoudenId, start.slice(0, 10));
    if (vraag.reden !== 'op-verzoek' && !c.redenen.includes(vraag.reden))
      throw new Ongeldig([
        {
          naam: 'reden',
          code: 'formaat',
          reden: 'geldt niet voor dit huishouden; kies een reden die past, of "op verzoek"',
        },
      ]);
    if (await begeleidingVan(tx, doel.huishoudenId))
      throw new DienstFout('al-begeleid', 'Dit huishouden heeft al een persoonlijk begeleider.');
    const actor = actorVan(s);
    const zaak = await maakZaak(
      tx,
      {
        soort: 'persoonlijke-begeleiding',
        huishoudenId: doel.huishoudenId,
        onderwerp: 'Persoonlijke begeleiding bij terugbetalen',
        redenen: [vraag.reden],
        toelichting: { reden: vraag.reden },
        prioriteit: 2,
      },
      actor,
      start,
    );
    const [toegewezen] = await herverdeel(tx, [zaak.id], vraag.begeleider, actor, start);
    if (!toegewezen?.ok) throw new DienstFout(toegewezen?.code ?? 'niet-toegestaan', toegewezen?.melding);
    const b = await legBegeleidingVast(tx, {
      huishoudenId: doel.huishoudenId,
      zaakId: zaak.id,
      begeleider: vraag.begeleider,
      reden: vraag.reden,
      momenten: contactmomenten(start.slice(0, 10)),
      door: s.id,
      op: start,
    });
    const feiten = await leesDossierFeiten(tx, doel.huishoudenId);
    await log(
      o,
      ctx,
      tx,
      'persoonlijke-begeleiding',
      'begeleiding starten',
      personenUitFeiten(feiten),
      start,
    );
    return b;
  });
}

/**
 * A guide's caseload: their own (any staff member with `zaak:lezen`), or another guide's for a team
 * lead of team Invordering. Another guide's caseload asked by anyone else is refused.
 */
export async function caseload(
  o: Omgeving,
  ctx: Context,
  vraag: { begeleider?: string } = {},
): Promise<{ begeleider: string; naam: string; regels: CaseloadRegel[] }> {
  const s = vereis(ctx, 'zaak:lezen');
  const wie = vraag.begeleider ?? s.id;
  if (wie !== s.id && !(s.rol === 'teamleider' && s.team === BEGELEIDING_TEAM))
    throw new Geweigerd('U ziet alleen uw eigen caseload.');
  const start = o.klok();
  return o.db.transaction(async (tx) => {
    const regels: CaseloadRegel[] = [];
    const personen: string[] = [];
    for (const b of await caseloadVan(tx, wie)) {
      const feiten = await leesDossierFeiten(tx, b.huishoudenId);
      personen.push(...personenUitFeiten(feiten));
      const aanvrager = feiten.find(
        (f) => f.soort === 'persoon' && !f.vervallenOp && (f.waarde as { rol: string }).rol === 'aanvrager',
      );
      regels.push({
        begeleidingId: b.id,
        huishoudenId: b.huishoudenId,
        zaakId: b.zaakId,
        bsn: aanvrager?.persoonBsn ?? '',
        reden: b.reden,
        gestartOp: b.gestartOp,
        open: (await vorderingenVan(tx, b.huishoudenId)).reduce((x, v) => x + v.saldo, 0),
        contactmomenten: b.contactmomenten,
      });
    }
    await log(o, ctx, tx, 'persoonlijke-begeleiding', 'caseload bekijken', personen, start);
    const naam = (await namenVanMedewerkers(tx)).get(wie) ?? wie;
    return { begeleider: wie, naam, regels };
  });
}

/** The guide writes what was discussed at a contact moment, once. Only the household's own guide. */
export async function contactNoteren(
  o: Omgeving,
  ctx: Context,
  vraag: { contactmomentId: number; notitie: string },
): Promise<void> {
  const s = vereis(ctx, 'contact:vastleggen');
  const start = o.klok();
  await o.db.transaction(async (tx) => {
    const b = await begeleidingVanContactmoment(tx, vraag.contactmomentId);
    // Another guide's household looks exactly like a contact moment that does not exist.
    if (!b || b.begeleider !== s.id) throw new NietGevonden('Dit contactmoment bestaat niet.');
    await noteerContactmoment(tx, {
      contactmomentId: vraag.contactmomentId,
      notitie: vraag.notitie,
      door: s.id,
      op: start,
    });
    const feiten = await leesDossierFeiten(tx, b.huishoudenId);
    await log(
      o,
      ctx,
      tx,
      'persoonlijke-begeleiding',
      'contactmoment noteren',
      personenUitFeiten(feiten),
      start,
    );
  });
}

/** What the citizen sees of their guide: the name and the next planned contact (no notes). */
export interface MijnBegeleider {
  naam: string;
  volgendContact: string | null;
}

export async function mijnBegeleider(
  tx: Sql,
  huishoudenId: number,
  vandaag: string,
): Promise<MijnBegeleider | null> {
  const b = await begeleidingVan(tx, huishoudenId);
  if (!b) return null;
  const naam = (await namenVanMedewerkers(tx)).get(b.begeleider) ?? 'uw begeleider';
  const volgend = b.contactmomenten.find((m) => m.geplandOp >= vandaag && m.notitie === null);
  return { naam, volgendContact: volgend?.geplandOp ?? null };
}
