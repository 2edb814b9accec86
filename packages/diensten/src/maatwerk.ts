/**
 * @module
 * Maatwerk with accountability (C6). A case worker records a structured decision (deviation, legal
 * ground, weighing, the three questions, level); the standard outcome it departs from is what the
 * law gives, computed here (`standaardUitkomstVan`), never taken from the request. Above the
 * approval threshold, and for every level 2 or 3 remedy, a team lead other than the author must
 * approve it (four-eyes) before it takes effect; the database refuses it otherwise (migration 013). Taking effect
 * issues a new decision version for the toeslag and year that refers to the record: the year amount
 * becomes the deviation's amount; for an advance, payments already made stay and the rest is spread
 * over the remaining months; for a definitive decision the settlement is made again (Awir art. 24,
 * 26, 26a). Comparable earlier decisions are shown first, with a warning when the choice departs.
 */

import { beschikkingenVan, geldende, herbereken } from '@regelmaat/beschikking';
import type { Sql } from '@regelmaat/db';
import { huishoudenUitFeiten } from '@regelmaat/dossier';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { Conflict, eurocent, formatCents, NietGevonden, Ongeldig, Onverwerkbaar } from '@regelmaat/kernel';
import { REGELINGEN, type RegelingId } from '@regelmaat/law';
import {
  afwijkingVanVergelijkbaar,
  beoordeelToepassing,
  GOEDKEURINGSDREMPEL,
  huishoudensVanBesluit,
  keurGoed,
  legMaatwerkVast,
  type Maatwerkbesluit,
  type MaatwerkInvoer,
  type MaatwerkToepassing,
  maatwerkbesluit,
  markeerVanKracht,
  stelToepassingVoor,
  type VergelijkbaarBesluit,
  vergelijkbareBesluiten,
  vergelijkbareOpenZaken,
  type Waarschuwing,
  wijsAf,
  type Zaak,
  zaak,
} from '@regelmaat/zaken';
import { schrijfAangepasteVersie } from './aangepaste-versie';
import { actorVan, type Context, vereis } from './context';
import { huishoudtype } from './huishoudtype';
import type { Omgeving } from './omgeving';
import { signaalVanMaatwerk } from './signalen';
import { huishoudensVanZaken, log, logHuishoudens, personen, personenUitFeiten } from './verwerkingslog';

async function huishoudenVanZaak(sql: Sql, z: Zaak, moment: string, jaar: number) {
  const feiten = await leesDossierFeiten(sql, z.huishoudenId);
  return huishoudenUitFeiten(feiten, { jaar, variant: 'schatting', bekendOp: moment });
}

async function zaakOf404(sql: Sql, id: number): Promise<Zaak> {
  const z = await zaak(sql, id);
  if (!z) throw new NietGevonden(`Zaak ${id} bestaat niet.`);
  return z;
}

/**
 * The approval threshold in force (eurocents): the configured one, never above the legal maximum
 * `GOEDKEURINGSDREMPEL` that the database also enforces (a higher setting has no effect).
 */
export function goedkeuringsdrempelVan(o: Omgeving): number {
  const d = o.instellingen.goedkeuringsdrempel;
  return Number.isSafeInteger(d) && d >= 0 ? Math.min(d, GOEDKEURINGSDREMPEL) : GOEDKEURINGSDREMPEL;
}

/** Why a request may not carry the standard outcome (API 400 and service refusal). */
export const STANDAARD_NIET_MEESTUREN =
  'stuur geen standaarduitkomst mee: die berekent de server uit de beschikking of het dossier (vier-ogenprincipe)';

/** What a case worker asks for: everything but the standard outcome, which the server computes. */
export type MaatwerkVraag = Omit<MaatwerkInvoer, 'huishoudtype' | 'redenen' | 'standaardUitkomst'>;

export interface StandaardUitkomst {
  /** What the law gives for the year (eurocents). */
  bedrag: number;
  /** Where the amount comes from, in Dutch (stored with the decision). */
  omschrijving: string;
  /** The decision version it was read from (definitive), or the advance in force (recomputed). */
  beschikkingId: number;
  soort: 'voorschot' | 'definitief';
}

/**
 * The standard outcome of a household, toeslag and year: what the law gives, never a maatwerk
 * amount. With a definitive decision in force: its amount, or — when that is a maatwerk version —
 * the amount of the newest version before the maatwerk ones. Otherwise the advance recomputed from
 * the dossier as known now (the same computation a reported change uses), so a maatwerk advance in
 * force or a change reported since does not shift the standard. 422 when there is no decision to
 * adjust or the dossier cannot be computed.
 */
export async function standaardUitkomstVan(
  o: Omgeving,
  tx: Sql,
  huishoudenId: number,
  regeling: RegelingId,
  jaar: number,
  op: string,
): Promise<StandaardUitkomst> {
  const alle = await beschikkingenVan(tx, huishoudenId);
  const naam = REGELINGEN.find((r) => r.id === regeling)?.naamInZin ?? regeling;
  const definitief = geldende(alle, jaar, 'definitief').get(regeling);
  if (definitief) {
    const perId = new Map(alle.map((b) => [b.id, b]));
    let v = definitief;
    while (v.aanleiding === 'maatwerk' && v.vorigeId !== undefined && perId.has(v.vorigeId))
      v = perId.get(v.vorigeId)!;
    if (v.aanleiding === 'maatwerk')
      throw new Onverwerkbaar(
        'geen-standaarduitkomst',
        `De standaarduitkomst ${naam} ${jaar} is niet te bepalen: er is geen definitieve berekening zonder maatwerk.`,
      );
    return {
      bedrag: v.jaarbedrag,
      omschrijving: `Definitieve berekening ${naam} ${jaar} volgens de wet (beschikking #${v.id})`,
      beschikkingId: v.id,
      soort: 'definitief',
    };
  }
  const voorschot = geldende(alle, jaar, 'voorschot').get(regeling);
  if (!voorschot)
    throw new Onverwerkbaar('geen-beschikking', `Er is geen beschikking ${naam} ${jaar} om aan te passen.`);
  const h = herbereken(await leesDossierFeiten(tx, huishoudenId), jaar, op, o.wetgeving);
  const bedrag = h.jaarbedragen.get(regeling);
  if (h.problemen.length > 0 || bedrag === undefined || bedrag < 0)
    throw new Onverwerkbaar(
      'geen-standaarduitkomst',
      `De standaarduitkomst ${naam} ${jaar} is niet te berekenen uit het dossier.`,
    );
  return {
    bedrag,
    omschrijving: `Voorschot ${naam} ${jaar} volgens de wet, berekend uit het dossier zoals nu bekend`,
    beschikkingId: voorschot.id,
    soort: 'voorschot',
  };
}

/** The standard outcome for a case (shown on the maatwerk form); logged for every person concerned. */
export async function standaardUitkomstVoorZaak(
  o: Omgeving,
  ctx: Context,
  zaakId: number,
  vraag: { regeling: RegelingId; jaar: number },
): Promise<StandaardUitkomst> {
  vereis(ctx, 'zaak:lezen');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const z = await zaakOf404(tx, zaakId);
    const uit = await standaardUitkomstVan(o, tx, z.huishoudenId, vraag.regeling, vraag.jaar, op);
    const bsns = personenUitFeiten(await leesDossierFeiten(tx, z.huishoudenId));
    await log(o, ctx, tx, 'toeslag-berekenen', 'standaarduitkomst voor maatwerk', bsns, op);
    return uit;
  });
}

export async function vergelijkbaarVoorZaak(
  o: Omgeving,
  ctx: Context,
  zaakId: number,
  vraag: { regeling: RegelingId; jaar: number; bedrag: number },
): Promise<VergelijkbaarBesluit[]> {
  vereis(ctx, 'zaak:lezen');
  const start = o.klok();
  return o.db.transaction(async (tx) => {
    const z = await zaakOf404(tx, zaakId);
    const d = await huishoudenVanZaak(tx, z, start, vraag.jaar);
    const uit = await vergelijkbareBesluiten(tx, {
      regeling: vraag.regeling,
      redenen: z.redenen,
      bedrag: vraag.bedrag,
      huishoudtype: huishoudtype(d.invoer),
    });
    // This case's dossier was read; the comparable decisions carry the weighing of other cases.
    const andere = await huishoudensVanZaken(
      tx,
      uit.map((v) => v.besluit.zaakId),
    );
    await logHuishoudens(
      o,
      ctx,
      tx,
      'maatwerk-vastleggen',
      'vergelijkbare besluiten zoeken',
      [z.huishoudenId, ...andere],
      start,
    );
    return uit;
  });
}

/** Issues the decision version that puts an approved maatwerk decision into effect. */
async function laatIngaan(o: Omgeving, tx: Sql, b: Maatwerkbesluit, op: string): Promise<number> {
  const z = await zaakOf404(tx, b.zaakId);
  const id = await schrijfAangepasteVersie(o, tx, {
    aanleiding: 'maatwerk',
    huishoudenId: z.huishoudenId,
    regeling: b.regeling as RegelingId,
    jaar: b.jaar,
    bedrag: () => b.afwijking.bedrag,
    maatwerkbesluitId: b.id,
    toelichting: `maatwerk: ${b.grondslag}`,
  });
  await markeerVanKracht(tx, b.id, id, op);
  return id;
}

export interface MaatwerkUitkomst {
  besluit: Maatwerkbesluit;
  /** A warning when the choice departs from comparable earlier decisions. */
  waarschuwing?: Waarschuwing;
  /** The new decision version, when the decision took effect at once (below the threshold). */
  beschikkingId?: number;
  /** The signal a level-3 (structural) decision raised for policy. */
  signaalId?: number;
}

export async function legMaatwerkbesluitVast(
  o: Omgeving,
  ctx: Context,
  vraag: MaatwerkVraag,
): Promise<MaatwerkUitkomst> {
  const s = vereis(ctx, 'maatwerk:vastleggen');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    // A standard outcome in the request would let the author choose what the threshold compares
    // with: refuse it (the API's schema refuses it too, with the same message).
    if ('standaardUitkomst' in (vraag as object))
      throw new Ongeldig([{ naam: 'standaardUitkomst', reden: STANDAARD_NIET_MEESTUREN }]);
    const z = await zaakOf404(tx, vraag.zaakId);
    const d = await huishoudenVanZaak(tx, z, op, vraag.jaar);
    const standaard = await standaardUitkomstVan(
      o,
      tx,
      z.huishoudenId,
      vraag.regeling as RegelingId,
      vraag.jaar,
      op,
    );
    const invoer: MaatwerkInvoer = {
      ...vraag,
      standaardUitkomst: { bedrag: standaard.bedrag, omschrijving: standaard.omschrijving },
      huishoudtype: huishoudtype(d.invoer),
      redenen: z.redenen,
    };
    const vergelijkbaar = await vergelijkbareBesluiten(tx, {
      regeling: vraag.regeling,
      redenen: z.redenen,
      bedrag: standaard.bedrag,
      huishoudtype: invoer.huishoudtype,
    });
    const besluit = await legMaatwerkVast(tx, invoer, actorVan(s), op, {
      goedkeuringsdrempel: goedkeuringsdrempelVan(o),
    });
    const waarschuwing = afwijkingVanVergelijkbaar(
      { standaardBedrag: standaard.bedrag, afwijkingBedrag: vraag.afwijking.bedrag },
      vergelijkbaar,
    );
    let beschikkingId: number | undefined;
    if (besluit.status === 'goedgekeurd') beschikkingId = await laatIngaan(o, tx, besluit, op);
    await log(o, ctx, tx, 'maatwerk-vastleggen', 'maatwerkbesluit vastleggen', personen(d.bsn), op);
    // Level 3 (structural) means the law works out unfairly beyond this case: policy hears of it
    // without anyone having to remember to tell them (issue 17).
    const signaal =
      besluit.niveau === 'structureel' ? await signaalVanMaatwerk(o, ctx, tx, besluit, op) : undefined;
    return {
      ...(signaal ? { signaalId: signaal.id } : {}),
      besluit: beschikkingId ? { ...besluit, status: 'van-kracht' as Maatwerkbesluit['status'] } : besluit,
      ...(waarschuwing ? { waarschuwing } : {}),
      ...(beschikkingId ? { beschikkingId } : {}),
    };
  });
}

export async function keurMaatwerkGoed(
  o: Omgeving,
  ctx: Context,
  besluitId: number,
): Promise<MaatwerkUitkomst> {
  const s = vereis(ctx, 'maatwerk:goedkeuren');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const besluit = await keurGoed(tx, besluitId, actorVan(s), op);
    // The approver approves a deviation from the law's outcome as it stands now: when the facts (a
    // reported change) moved the standard outcome since recording, approving it would put an
    // amount into force that nobody weighed against the new standard.
    const z = await zaakOf404(tx, besluit.zaakId);
    const nu = await standaardUitkomstVan(
      o,
      tx,
      z.huishoudenId,
      besluit.regeling as RegelingId,
      besluit.jaar,
      op,
    );
    if (nu.bedrag !== besluit.standaardUitkomst.bedrag)
      throw new Conflict(
        'standaard-veranderd',
        `De standaarduitkomst is veranderd sinds het vastleggen (${formatCents(eurocent(besluit.standaardUitkomst.bedrag))} → ${formatCents(eurocent(nu.bedrag))}). Wijs het besluit af; de behandelaar legt het opnieuw vast.`,
      );
    const beschikkingId = await laatIngaan(o, tx, besluit, op);
    const d = await huishoudenVanZaak(tx, z, op, besluit.jaar);
    await log(o, ctx, tx, 'maatwerk-vastleggen', 'maatwerkbesluit goedkeuren', personen(d.bsn), op);
    return { besluit: { ...besluit, status: 'van-kracht' as Maatwerkbesluit['status'] }, beschikkingId };
  });
}

export async function wijsMaatwerkAf(
  o: Omgeving,
  ctx: Context,
  besluitId: number,
  toelichting: string,
): Promise<Maatwerkbesluit> {
  const s = vereis(ctx, 'maatwerk:goedkeuren');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const b = await wijsAf(tx, besluitId, toelichting, actorVan(s), op);
    const huishoudens = await huishoudensVanZaken(tx, [b.zaakId]);
    await logHuishoudens(o, ctx, tx, 'maatwerk-vastleggen', 'maatwerkbesluit afwijzen', huishoudens, op);
    return b;
  });
}

/** Level 2: open cases comparable to a decision, to apply the same remedy after review per case. */
export async function vergelijkbareZakenVoor(o: Omgeving, ctx: Context, besluitId: number): Promise<Zaak[]> {
  vereis(ctx, 'zaak:lezen');
  const start = o.klok();
  return o.db.transaction(async (tx) => {
    const zaken = await vergelijkbareOpenZaken(tx, besluitId);
    // The decision's own case was read to compare with, and the cases found are shown.
    const huishoudens = [
      ...(await huishoudensVanBesluit(tx, besluitId)),
      ...zaken.map((z) => z.huishoudenId),
    ];
    await logHuishoudens(o, ctx, tx, 'maatwerk-vastleggen', 'vergelijkbare zaken zoeken', huishoudens, start);
    return zaken;
  });
}

export async function stelRemedieVoor(o: Omgeving, ctx: Context, besluitId: number, zaakIds: number[]) {
  const s = vereis(ctx, 'maatwerk:vastleggen');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const t = await stelToepassingVoor(tx, besluitId, zaakIds, actorVan(s), op);
    const huishoudens = [
      ...(await huishoudensVanBesluit(tx, besluitId)),
      ...(await huishoudensVanZaken(
        tx,
        t.map((x) => x.zaakId),
      )),
    ];
    await logHuishoudens(
      o,
      ctx,
      tx,
      'maatwerk-vastleggen',
      'maatwerk voorstellen voor zaken',
      huishoudens,
      op,
    );
    return t;
  });
}

/**
 * Level 2, per case: the reviewer (not the proposer) applies or skips the remedy. Applying it issues
 * a new decision version for that case's household that refers to the original decision record:
 * the same relative deviation from the standard outcome, on this household's own standard outcome
 * for the regeling and year (`standaardUitkomstVan`). The original decision was approved by a team
 * lead with its total effect in view (level 2 always needs four-eyes). Skipping only records the review and its reasons.
 */
export async function beoordeelRemedie(
  o: Omgeving,
  ctx: Context,
  toepassingId: number,
  oordeel: 'toegepast' | 'overgeslagen',
  toelichting: string,
): Promise<{ toepassing: MaatwerkToepassing; beschikkingId?: number }> {
  const s = vereis(ctx, 'maatwerk:vastleggen');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const toepassing = await beoordeelToepassing(tx, toepassingId, oordeel, toelichting, actorVan(s), op);
    if (oordeel !== 'toegepast') {
      const huishoudens = await huishoudensVanZaken(tx, [toepassing.zaakId]);
      await logHuishoudens(o, ctx, tx, 'maatwerk-vastleggen', 'maatwerk overgeslagen', huishoudens, op);
      return { toepassing };
    }
    const origineel = await maatwerkbesluit(tx, toepassing.besluitId);
    if (!origineel) throw new NietGevonden(`Maatwerkbesluit ${toepassing.besluitId} bestaat niet.`);
    const z = await zaakOf404(tx, toepassing.zaakId);
    const standaard = origineel.standaardUitkomst.bedrag;
    // This household's own standard outcome (what the law gives it), not a maatwerk amount in force.
    const eigen = await standaardUitkomstVan(
      o,
      tx,
      z.huishoudenId,
      origineel.regeling as RegelingId,
      origineel.jaar,
      op,
    );
    const beschikkingId = await schrijfAangepasteVersie(o, tx, {
      aanleiding: 'maatwerk',
      huishoudenId: z.huishoudenId,
      regeling: origineel.regeling as RegelingId,
      jaar: origineel.jaar,
      // The same relative deviation from this household's own standard outcome (whole euros).
      bedrag: () =>
        standaard === 0
          ? origineel.afwijking.bedrag
          : Math.round((eigen.bedrag * origineel.afwijking.bedrag) / standaard / 100) * 100,
      maatwerkbesluitId: origineel.id,
      toelichting: `maatwerk niveau 2: oplossing van besluit ${origineel.id} toegepast (voorstel ${toepassing.id})`,
    });
    const bsns = personenUitFeiten(await leesDossierFeiten(tx, z.huishoudenId));
    await log(o, ctx, tx, 'maatwerk-vastleggen', 'maatwerk toegepast op vergelijkbare zaak', bsns, op);
    return { toepassing, beschikkingId };
  });
}
