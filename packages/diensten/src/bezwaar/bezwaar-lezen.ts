/**
 * @module
 * Reading objections: a citizen's own (with their steps, the expected decision date and its
 * letters), one objection for the case worker (the contested decisions, the contacts, the history,
 * the due dates with warnings and the penalty), and one objection letter as data, HTML or PDF. A
 * citizen reaches only their own household's objections; another's looks like one that does not
 * exist. Every read is logged for each person of the household.
 */

import { type BeschikkingVersie, beschikkingVersie, voorschotTotaalVan } from '@regelmaat/beschikking';
import { bezwaarBrievenVan, leesBezwaarBrief, type OpgeslagenBezwaarBrief } from '@regelmaat/brief-opslag';
import {
  type BezwaarBriefSoort,
  bezwaarBriefHtml,
  bezwaarBriefHtmlFragment,
  bezwaarBriefPdf,
} from '@regelmaat/brieven';
import type { Sql } from '@regelmaat/db';
import { leesDossierFeiten, zoekHuishouden } from '@regelmaat/dossier-opslag';
import { eurocent, NietGevonden, Onverwerkbaar } from '@regelmaat/kernel';
import {
  type Bezwaar,
  type BezwaarStuk,
  bezwaarStukken,
  bezwarenVan,
  type Contact,
  contacten,
  type HistorieRegel,
  historie,
  bezwaar as leesBezwaar,
  type Zaak,
  zaak,
} from '@regelmaat/zaken';
import type { BriefFormaat } from '../brieven/brieven';
import { type Context, ingelogd, vereis } from '../context';
import { huishoudenVoor } from '../huishouden';
import { datumVan, type Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';
import { type BezwaarStand, bezwaarStand } from './bezwaar-stand';
import { kenmerkVan } from './bezwaarbrief-vullen';

export interface BezwaarBriefKop {
  id: number;
  soort: BezwaarBriefSoort;
  briefdatum: string;
}

export interface BezwaarOverzicht {
  bezwaar: Bezwaar;
  kenmerk: string;
  stand: BezwaarStand;
  brieven: BezwaarBriefKop[];
  /** The documents sent with it, without their bytes (download: `bezwaarStukDownloaden`). */
  stukken: BezwaarStuk[];
}

async function bestredenVan(tx: Sql, b: Bezwaar): Promise<BeschikkingVersie[]> {
  const r: BeschikkingVersie[] = [];
  for (const id of b.beschikkingIds) r.push((await beschikkingVersie(tx, id))!);
  return r;
}

/** What the penalty depends on: a contested definitive calculation and its settlement. */
async function boeteInvoer(tx: Sql, bestreden: readonly BeschikkingVersie[]) {
  let bedrag = 0;
  let definitief = false;
  for (const v of bestreden)
    if (v.soort === 'definitief') {
      definitief = true;
      bedrag += Math.abs(v.jaarbedrag - (await voorschotTotaalVan(tx, v.id)));
    }
  return { tegenDefinitieveBerekening: definitief, naTeBetalenOfTerugTeVorderen: eurocent(bedrag) };
}

async function overzicht(
  tx: Sql,
  b: Bezwaar,
  vandaag: string,
  brieven: readonly OpgeslagenBezwaarBrief[],
): Promise<BezwaarOverzicht> {
  return {
    bezwaar: b,
    kenmerk: kenmerkVan(b),
    stand: bezwaarStand(b, vandaag, await boeteInvoer(tx, await bestredenVan(tx, b))),
    brieven: brieven
      .filter((x) => x.bezwaarId === b.id)
      .map((x) => ({ id: x.id, soort: x.soort, briefdatum: x.brief.briefdatum })),
    stukken: await bezwaarStukken(tx, b.id),
  };
}

/** A household's objections (a citizen's own; staff by BSN), newest first. */
export async function bezwarenVoor(o: Omgeving, ctx: Context, bsn?: string): Promise<BezwaarOverzicht[]> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, bsn, { burger: 'bezwaar:indienen', staf: 'zaak:lezen' });
  return o.db.transaction(async (tx) => {
    const brieven = await bezwaarBrievenVan(tx, doel.huishoudenId);
    const uit: BezwaarOverzicht[] = [];
    for (const b of await bezwarenVan(tx, doel.huishoudenId))
      uit.push(await overzicht(tx, b, datumVan(start), brieven));
    const bsns = personenUitFeiten(await leesDossierFeiten(tx, doel.huishoudenId));
    await log(o, ctx, tx, 'bezwaar-indienen', 'bezwaren bekijken', bsns, start);
    return uit;
  });
}

export interface BezwaarDossier extends BezwaarOverzicht {
  zaak: Zaak;
  /** The contested decisions; each one's explanation (with its own law version) and letter by its id. */
  bestreden: BeschikkingVersie[];
  contacten: Contact[];
  historie: HistorieRegel[];
}

/** One objection for the case worker. */
export async function bezwaarDossier(o: Omgeving, ctx: Context, id: number): Promise<BezwaarDossier> {
  vereis(ctx, 'zaak:lezen');
  const start = o.klok();
  return o.db.transaction(async (tx) => {
    const b = await leesBezwaar(tx, id);
    if (!b) throw new NietGevonden(`Bezwaar ${id} bestaat niet.`);
    const z = (await zaak(tx, b.zaakId, datumVan(start)))!;
    const brieven = await bezwaarBrievenVan(tx, b.huishoudenId);
    const uit: BezwaarDossier = {
      ...(await overzicht(tx, b, datumVan(start), brieven)),
      zaak: z,
      bestreden: await bestredenVan(tx, b),
      contacten: (await contacten(tx, b.huishoudenId)).filter((c) => c.zaakId === b.zaakId),
      historie: await historie(tx, b.zaakId),
    };
    await log(
      o,
      ctx,
      tx,
      'bezwaar-behandelen',
      'bezwaar inzien',
      personenUitFeiten(await leesDossierFeiten(tx, b.huishoudenId)),
      start,
    );
    return uit;
  });
}

const GEEN_BRIEF = 'Deze brief bestaat niet.';

export interface BezwaarBriefWeergave {
  opgeslagen: OpgeslagenBezwaarBrief;
  html?: string;
  pdf?: Uint8Array;
}

/** One objection letter; a citizen only their own. */
export async function bezwaarBrief(
  o: Omgeving,
  ctx: Context,
  id: number,
  formaat: BriefFormaat = 'data',
): Promise<BezwaarBriefWeergave> {
  const start = o.klok();
  const s = ingelogd(ctx);
  const opgeslagen = await leesBezwaarBrief(o.db, id);
  if (s.rol === 'burger') {
    vereis(ctx, 'bezwaar:indienen');
    const eigen = s.bsn ? await zoekHuishouden(o.db, s.bsn) : undefined;
    if (!opgeslagen || eigen !== opgeslagen.huishoudenId) throw new NietGevonden(GEEN_BRIEF);
  } else {
    vereis(ctx, 'zaak:lezen');
    if (!opgeslagen) throw new NietGevonden(GEEN_BRIEF);
  }
  const weergave: BezwaarBriefWeergave = {
    opgeslagen,
    ...(formaat === 'pdf'
      ? { pdf: bezwaarBriefPdf(opgeslagen.brief) }
      : formaat === 'html'
        ? { html: bezwaarBriefHtml(opgeslagen.brief) }
        : formaat === 'html-fragment'
          ? { html: bezwaarBriefHtmlFragment(opgeslagen.brief) }
          : {}),
  };
  await o.db.transaction(async (tx) => {
    const bsns = personenUitFeiten(await leesDossierFeiten(tx, opgeslagen.huishoudenId));
    await log(o, ctx, tx, 'brief-inzien', `bezwaarbrief bekijken (${formaat})`, bsns, start);
  });
  return weergave;
}
