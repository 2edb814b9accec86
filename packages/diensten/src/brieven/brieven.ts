/**
 * @module
 * A household's letters (issue 13): the list, one letter as data, HTML or PDF, and recording that a
 * letter was sent. Every decision version that was made (status `vastgesteld`) has a letter; its data
 * is fixed (`@regelmaat/brief-opslag`) the first time anyone opens it, from the decision's own stored
 * snapshot, so runs write no letters and render nothing. A citizen reaches only their own
 * household's letters (another's looks exactly like one that does not exist); staff need
 * `beschikking:lezen`. Every read is logged for each person the letter concerns.
 */
import { createHash } from 'node:crypto';
import {
  type BeschikkingVersie,
  beschikkingenVan,
  beschikkingVersie,
  doelmatigheidsgrens,
  eigenWetgeving,
  vereffeningVan,
} from '@regelmaat/beschikking';
import {
  bewaarBrief,
  briefKoppenVan,
  leesBrief,
  legVerzendingVast,
  type OpgeslagenBrief,
} from '@regelmaat/brief-opslag';
import { type BriefSoort, briefHtml, briefHtmlFragment, briefPdf, controleerBrief } from '@regelmaat/brieven';
import type { Sql } from '@regelmaat/db';
import { huishoudenUitFeiten } from '@regelmaat/dossier';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { zienswijzenVan } from '@regelmaat/invordering';
import { Conflict, NietGevonden, Onverwerkbaar } from '@regelmaat/kernel';
import { REGELINGEN } from '@regelmaat/law';
import { maatwerkbesluit } from '@regelmaat/zaken';
import { beschikkingMetUitleg, magBeschikking } from '../beschikkingen';
import { type Context, ingelogd, vereis } from '../context';
import { huishoudenVoor } from '../huishouden';
import type { Omgeving } from '../omgeving';
import { log, personen } from '../verwerkingslog';
import { type BriefBron, briefdatumVan, briefSoortVan, vulBrief } from './brief-vullen';

export interface BriefInLijst {
  beschikkingId: number;
  soort: BriefSoort;
  onderwerp: string;
  briefdatum: string;
  regeling: BeschikkingVersie['regeling'];
  jaar: number;
  /** Whether its data has been fixed (it was opened before). */
  vastgelegd: boolean;
  verzonden?: { op: string; pdfSha256: string };
}

const SOORT_TITEL: Record<BriefSoort, string> = {
  voorschot: 'Voorschot',
  wijziging: 'Wijziging van uw voorschot',
  maatwerk: 'Besluit op maat',
  'definitieve-berekening': 'Definitieve berekening',
};

/** The subject of a letter as listed: kind, toeslag and year, e.g. "Voorschot zorgtoeslag 2026". */
export function onderwerpVan(
  b: Pick<BeschikkingVersie, 'soort' | 'aanleiding' | 'regeling' | 'jaar'>,
): string {
  const naam = REGELINGEN.find((r) => r.id === b.regeling)?.naam ?? b.regeling;
  return `${SOORT_TITEL[briefSoortVan(b)]} ${naam.toLowerCase()} ${b.jaar}`;
}

const heeftBrief = (b: BeschikkingVersie) => b.status === 'vastgesteld';

/** A household's letters, newest first (by letter date, then decision). */
export async function brievenVan(
  o: Omgeving,
  ctx: Context,
  vraag: { bsn?: string },
): Promise<{ huishoudenId: number; brieven: BriefInLijst[] }> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, vraag.bsn, {
    burger: 'eigen-huishouden:lezen',
    staf: 'beschikking:lezen',
  });
  return o.db.transaction(async (tx) => {
    const versies = (await beschikkingenVan(tx, doel.huishoudenId)).filter(heeftBrief);
    const koppen = await briefKoppenVan(tx, doel.huishoudenId);
    const brieven = versies.map((b): BriefInLijst => {
      const k = koppen.get(b.id);
      return {
        beschikkingId: b.id,
        soort: k?.soort ?? briefSoortVan(b),
        onderwerp: onderwerpVan(b),
        briefdatum: k?.briefdatum ?? briefdatumVan(b),
        regeling: b.regeling,
        jaar: b.jaar,
        vastgelegd: k !== undefined,
        ...(k?.verzonden ? { verzonden: k.verzonden } : {}),
      };
    });
    brieven.sort((a, b) =>
      a.briefdatum === b.briefdatum
        ? b.beschikkingId - a.beschikkingId
        : a.briefdatum < b.briefdatum
          ? 1
          : -1,
    );
    const feiten = await leesDossierFeiten(tx, doel.huishoudenId);
    const bsns = feiten.filter((f) => f.soort === 'persoon' && f.persoonBsn && !f.vervallenOp);
    await log(
      o,
      ctx,
      tx,
      'brief-inzien',
      'brieven bekijken',
      bsns.map((f) => f.persoonBsn!),
      start,
    );
    return { huishoudenId: doel.huishoudenId, brieven };
  });
}

const GEEN_BRIEF = 'Deze brief bestaat niet.';

/** The decision of a letter, if the caller may see it (same answer for "not yours" and "none"). */
async function beschikkingVanBrief(o: Omgeving, ctx: Context, id: number): Promise<BeschikkingVersie> {
  const b = await beschikkingVersie(o.db, id);
  if (!b || !heeftBrief(b)) {
    ingelogd(ctx);
    throw new NietGevonden(GEEN_BRIEF);
  }
  await magBeschikking(o, ctx, b, GEEN_BRIEF);
  return b;
}

/** The persons a decision's letter concerns: the household as known when the decision was made. */
async function betrokkenen(tx: Sql, b: BeschikkingVersie) {
  const feiten = await leesDossierFeiten(tx, b.huishoudenId);
  const dossier = huishoudenUitFeiten(feiten, {
    jaar: b.jaar,
    bekendOp: b.bekendOp,
    variant: b.soort === 'definitief' ? 'definitief' : 'schatting',
  });
  return { feiten, dossier, bsns: personen(dossier.bsn) };
}

/** How many versions came before this one (1 for the first). */
async function versieNummer(tx: Sql, b: BeschikkingVersie): Promise<number> {
  let n = 1;
  let v: BeschikkingVersie | undefined = b;
  while (v?.vorigeId) {
    n++;
    v = await beschikkingVersie(tx, v.vorigeId);
  }
  return n;
}

/**
 * Fixes the letter's data from the decision's snapshot (first open). The explanation comes first,
 * from the decision service (its own transaction: on the embedded database one at a time).
 */
async function legBriefVast(
  o: Omgeving,
  ctx: Context,
  b: BeschikkingVersie,
  op: string,
): Promise<OpgeslagenBrief> {
  // The appendix comes from the decision's own explanation, as the decision service gives it.
  const uitleg = await beschikkingMetUitleg(o, ctx, b.id);
  if (!uitleg.berekening)
    throw new Onverwerkbaar(
      'brief-niet-te-maken',
      'De brief kan niet worden gemaakt: de berekening van deze beschikking is niet meer te herhalen.',
    );
  const berekening = uitleg.berekening;
  return o.db.transaction(async (tx) => {
    const { feiten, dossier } = await betrokkenen(tx, b);
    const vorige = b.vorigeId ? await beschikkingVersie(tx, b.vorigeId) : undefined;
    const maatwerk = b.maatwerkbesluitId ? await maatwerkbesluit(tx, b.maatwerkbesluitId) : undefined;
    const zienswijze = b.aanleiding === 'zienswijze' ? await zienswijzeUitkomst(tx, b) : undefined;
    const brief = vulBrief({
      beschikking: b,
      versieNummer: await versieNummer(tx, b),
      ...(vorige ? { vorige } : {}),
      berekening,
      dossier,
      feiten,
      ...(b.soort === 'definitief' ? await afrekeningVan(tx, b, o.wetgeving) : {}),
      ...(maatwerk ? { maatwerk } : {}),
      ...(zienswijze ? { zienswijze } : {}),
    });
    // An incomplete letter is refused before its data is fixed: a refusal writes nothing.
    controleerBrief(brief);
    return bewaarBrief(tx, { huishoudenId: b.huishoudenId, brief, op });
  });
}

/**
 * How the zienswijze that held this decision was decided (Awir art. 26b): the latest decided
 * zienswijze of the household's year, decided in the same transaction that wrote the decision version.
 */
async function zienswijzeUitkomst(tx: Sql, b: BeschikkingVersie): Promise<BriefBron['zienswijze']> {
  const z = (await zienswijzenVan(tx, b.huishoudenId))
    .filter((x) => x.jaar === b.jaar && x.afronding !== null)
    .at(-1);
  if (!z?.afronding) return undefined;
  return {
    gereageerd: z.reacties.length > 0,
    reagerenUiterlijk: z.reagerenUiterlijk,
    uitkomst: z.afronding.uitkomst,
    motivering: z.afronding.motivering,
  };
}

/**
 * What a definitive decision settled: the advances, and the recovery with the doelmatigheidsgrens
 * of the decision's own law (Awir art. 26a; the grens in force on 1 January after the year).
 */
async function afrekeningVan(
  tx: Sql,
  b: BeschikkingVersie,
  geldend: Omgeving['wetgeving'],
): Promise<Pick<BriefBron, 'alBetaald' | 'terugvordering'>> {
  const v = await vereffeningVan(tx, b.id);
  if (!v) return { alBetaald: 0 };
  const eigen = await eigenWetgeving(tx, b.parameterVersie, geldend);
  // Without the decision's own law the letter names no grens (a generic sentence instead of a guess).
  const grens = eigen.status === 'bewaard' ? doelmatigheidsgrens(eigen.wetgeving, b.jaar) : undefined;
  return {
    alBetaald: v.voorschotTotaal,
    terugvordering: {
      terugTeVorderen: v.terugTeVorderen,
      ...(grens === undefined ? {} : { doelmatigheidsgrens: grens }),
    },
  };
}

export type BriefFormaat = 'data' | 'html' | 'html-fragment' | 'pdf';

export interface BriefWeergave {
  opgeslagen: OpgeslagenBrief;
  onderwerp: string;
  html?: string;
  pdf?: Uint8Array;
}

function render(o: OpgeslagenBrief, formaat: BriefFormaat): Pick<BriefWeergave, 'html' | 'pdf'> {
  if (formaat === 'pdf') return { pdf: briefPdf(o.brief) };
  if (formaat === 'html') return { html: briefHtml(o.brief) };
  if (formaat === 'html-fragment') return { html: briefHtmlFragment(o.brief) };
  return {};
}

/** One letter, as data, HTML or PDF; its data is fixed the first time it is opened. */
export async function brief(
  o: Omgeving,
  ctx: Context,
  id: number,
  formaat: BriefFormaat = 'data',
): Promise<BriefWeergave> {
  const start = o.klok();
  const b = await beschikkingVanBrief(o, ctx, id);
  const opgeslagen = (await leesBrief(o.db, id)) ?? (await legBriefVast(o, ctx, b, start));
  const weergave = { opgeslagen, onderwerp: onderwerpVan(b), ...render(opgeslagen, formaat) };
  await o.db.transaction(async (tx) => {
    const { bsns } = await betrokkenen(tx, b);
    await log(o, ctx, tx, 'brief-inzien', `brief bekijken (${formaat})`, bsns, start);
  });
  return weergave;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Records that a letter was sent, with the SHA-256 of its PDF (rendered now: the same bytes every
 * time). Once recorded it stays: again with the same bytes changes nothing; other bytes (a changed
 * renderer) are a 409.
 */
export async function legBriefVerzendingVast(
  o: Omgeving,
  ctx: Context,
  id: number,
): Promise<{
  beschikkingId: number;
  huishoudenId: number;
  verzondenOp: string;
  pdfSha256: string;
  alVastgelegd: boolean;
}> {
  vereis(ctx, 'zaak:behandelen');
  const w = await brief(o, ctx, id, 'pdf');
  const hash = sha256(w.pdf!);
  return o.db.transaction(async (tx) => {
    const op = o.klok();
    const v = await legVerzendingVast(tx, id, hash, op);
    if (v.uitkomst === 'geen-brief') throw new NietGevonden('Deze brief bestaat niet.');
    if (v.uitkomst === 'ander-pdf')
      throw new Conflict(
        'brief-andere-pdf',
        'Deze brief is al verzonden met een PDF die niet gelijk is aan de PDF van nu.',
      );
    const { bsns } = await betrokkenen(tx, (await beschikkingVersie(tx, id))!);
    await log(o, ctx, tx, 'brief-inzien', 'brief verzonden', bsns, op);
    return {
      beschikkingId: id,
      huishoudenId: w.opgeslagen.huishoudenId,
      verzondenOp: v.op,
      pdfSha256: v.pdfSha256,
      alVastgelegd: v.uitkomst === 'al-vastgelegd',
    };
  });
}
