/**
 * @module
 * Making an objection (Awb 6:4): a citizen from the portal against their own decision, or a case
 * worker registering one that came in by post or phone with its date of receipt. Either way the
 * objection covers every decision of the same letter (Awir 37), its terms come from the term module
 * (objection term Awir 35 / Awb 6:7, on time 6:9, hersteltermijn 6:6, decision term 7:10), a case
 * lands in team bezwaar's queue, and the receipt (Awb 6:14) is written at once — all in one
 * transaction with the processing log for every person of the household. There is no objection
 * against an offsetting (verrekening, Awir 12 lid 1); this system makes none, and the form says to
 * object against the decision it follows from.
 */
import { type BeschikkingVersie, beschikkingenVan, beschikkingVersie } from '@regelmaat/beschikking';
import { bewaarBezwaarBrief, type OpgeslagenBezwaarBrief } from '@regelmaat/brief-opslag';
import { beslistermijn, bezwaartermijn, hersteltermijn, tijdigheid } from '@regelmaat/brieven';
import { bsnAanvragerVan, leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { Conflict, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import type { Sessie } from '@regelmaat/toegang';
import {
  type Bezwaar,
  type BezwaarKanaal,
  type BezwaarStuk,
  bewaarBezwaarStukken,
  openBezwaar,
  openBezwaarTegen,
} from '@regelmaat/zaken';
import { magBeschikking } from '../beschikkingen';
import { briefdatumVan, woonplaatsVan } from '../brieven/brief-vullen';
import { actorVan, type Context, ingelogd, vereis } from '../context';
import { datumVan, type Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';
import { keurStukken, type StukInvoer, uploaderVan } from './bezwaar-stukken';
import { naamVan, vulBezwaarBrief } from './bezwaarbrief-vullen';

export interface BezwaarVraag {
  /** The decision objected against (any decision of its letter). */
  beschikkingId: number;
  /** Why; absent or empty: a pro forma objection, the grounds follow (Awb 6:6). */
  gronden?: string;
  telefoon?: string;
  /** When and how the person prefers to be called. */
  voorkeur?: string;
  /** Documents sent with it (PDF, JPEG or PNG; see `keurStukken`). */
  stukken?: readonly StukInvoer[];
}

export interface BezwaarRegistratie extends BezwaarVraag {
  kanaal: Exclude<BezwaarKanaal, 'portaal'>;
  ontvangenOp: string;
  /** By post: the postmark date (Awb 6:9 lid 2). */
  gepostOp?: string;
}

export interface IngediendBezwaar {
  bezwaar: Bezwaar;
  ontvangstbevestiging: OpgeslagenBezwaarBrief;
  stukken: BezwaarStuk[];
}

const GEEN = 'Deze beschikking bestaat niet.';

/**
 * The decisions of the same letter as `b` (Awir 37): a yearly run sends one letter per household
 * with every toeslag of that year and kind, so the run's versions of the same kind, year and date;
 * a version made outside a run (a change, maatwerk, an objection) has a letter of its own.
 */
export function inDezelfdeBrief(
  b: BeschikkingVersie,
  alle: readonly BeschikkingVersie[],
): BeschikkingVersie[] {
  if (b.aanleiding !== 'run') return [b];
  return alle.filter(
    (x) =>
      x.status === 'vastgesteld' &&
      x.aanleiding === 'run' &&
      x.jaar === b.jaar &&
      x.soort === b.soort &&
      briefdatumVan(x) === briefdatumVan(b),
  );
}

async function maakBezwaar(
  o: Omgeving,
  ctx: Context,
  s: Sessie,
  b: BeschikkingVersie,
  v: BezwaarVraag & { kanaal: BezwaarKanaal; ontvangenOp: string; gepostOp?: string },
  start: string,
): Promise<IngediendBezwaar> {
  const vandaag = datumVan(start);
  const briefdatum = briefdatumVan(b);
  const fouten: { naam: string; reden: string }[] = [];
  if (v.ontvangenOp > vandaag) fouten.push({ naam: 'ontvangenOp', reden: 'ligt na vandaag' });
  // Received before the letter date: a premature objection against a decision that already exists
  // is admissible (Awb 6:10 lid 1 onder a); the terms still count from the letter date.
  if (v.gepostOp !== undefined && v.gepostOp > v.ontvangenOp)
    fouten.push({ naam: 'gepostOp', reden: 'ligt na de datum van ontvangst' });
  if (fouten.length) throw new Ongeldig(fouten);
  const gekeurd = await keurStukken(v.stukken ?? []);
  const gronden = v.gronden?.trim() ? v.gronden.trim() : undefined;
  const termijn = bezwaartermijn(briefdatum);
  const tijdig = tijdigheid({
    laatsteDag: termijn.laatsteDag,
    ontvangenOp: v.ontvangenOp,
    ...(v.gepostOp ? { gepostOp: v.gepostOp } : {}),
  });
  return o.db.transaction(async (tx) => {
    const bestreden = inDezelfdeBrief(b, await beschikkingenVan(tx, b.huishoudenId));
    const loopt = await openBezwaarTegen(
      tx,
      bestreden.map((x) => x.id),
    );
    if (loopt)
      throw new Conflict(
        'bezwaar-loopt-al',
        `Tegen dit besluit loopt al een bezwaar (ontvangen op ${loopt.ontvangenOp}). Vul dat bezwaar aan in plaats van een nieuw te maken.`,
      );
    const regelingen = [...new Set(bestreden.map((x) => x.regeling))];
    const bezwaar = await openBezwaar(
      tx,
      {
        huishoudenId: b.huishoudenId,
        beschikkingIds: bestreden.map((x) => x.id),
        onderwerp: `Bezwaar tegen ${regelingen.map((r) => naamVan(r).toLowerCase()).join(', ')} ${b.jaar}`,
        ...(regelingen.length === 1 ? { regeling: regelingen[0]! } : {}),
        jaar: b.jaar,
        briefdatum,
        kanaal: v.kanaal,
        ontvangenOp: v.ontvangenOp,
        ...(v.gepostOp ? { gepostOp: v.gepostOp } : {}),
        laatsteDagBezwaartermijn: termijn.laatsteDag,
        tijdig: tijdig.tijdig,
        ...(gronden ? { gronden } : { hersteltermijn: hersteltermijn(vandaag) }),
        contact: {
          ...(v.telefoon?.trim() ? { telefoon: v.telefoon.trim() } : {}),
          ...(v.voorkeur?.trim() ? { voorkeur: v.voorkeur.trim() } : {}),
        },
        beslistermijn: beslistermijn({
          laatsteDagBezwaartermijn: termijn.laatsteDag,
          ontvangenOp: v.ontvangenOp,
        }).laatsteDag,
      },
      actorVan(s),
      start,
    );
    const stukken = await bewaarBezwaarStukken(
      tx,
      { bezwaarId: bezwaar.id, huishoudenId: b.huishoudenId },
      gekeurd,
      uploaderVan(s),
      start,
    );
    const feiten = await leesDossierFeiten(tx, b.huishoudenId);
    const bsns = personenUitFeiten(feiten);
    const brief = vulBezwaarBrief({
      soort: 'ontvangstbevestiging',
      bezwaar,
      bestreden,
      bsn: (await bsnAanvragerVan(tx, b.huishoudenId)) ?? bsns[0]!,
      woonplaats: woonplaatsVan(feiten, start),
      briefdatum: vandaag,
    });
    const ontvangstbevestiging = await bewaarBezwaarBrief(tx, {
      huishoudenId: b.huishoudenId,
      brief,
      op: start,
    });
    await log(
      o,
      ctx,
      tx,
      'bezwaar-indienen',
      `bezwaar ${v.kanaal === 'portaal' ? 'indienen' : 'registreren'}${stukken.length ? ` met ${stukken.length} ${stukken.length === 1 ? 'stuk' : 'stukken'}` : ''}`,
      bsns,
      start,
    );
    return { bezwaar, ontvangstbevestiging, stukken };
  });
}

export async function bestredenOf404(o: Omgeving, ctx: Context, id: number): Promise<BeschikkingVersie> {
  const b = await beschikkingVersie(o.db, id);
  if (!b || b.status !== 'vastgesteld') {
    ingelogd(ctx);
    throw new NietGevonden(GEEN);
  }
  await magBeschikking(o, ctx, b, GEEN);
  return b;
}

/** A citizen objects from the portal against their own decision; received today. */
export async function dienBezwaarIn(
  o: Omgeving,
  ctx: Context,
  vraag: BezwaarVraag,
): Promise<IngediendBezwaar> {
  const start = o.klok();
  const s = vereis(ctx, 'bezwaar:indienen');
  const b = await bestredenOf404(o, ctx, vraag.beschikkingId);
  return maakBezwaar(o, ctx, s, b, { ...vraag, kanaal: 'portaal', ontvangenOp: datumVan(start) }, start);
}

/** A case worker registers an objection that came in by post or phone, with its date of receipt. */
export async function registreerBezwaar(
  o: Omgeving,
  ctx: Context,
  vraag: BezwaarRegistratie,
): Promise<IngediendBezwaar> {
  const start = o.klok();
  const s = vereis(ctx, 'zaak:behandelen');
  const b = await bestredenOf404(o, ctx, vraag.beschikkingId);
  if (vraag.gepostOp !== undefined && vraag.kanaal !== 'post')
    throw new Ongeldig([{ naam: 'gepostOp', reden: 'hoort alleen bij een bezwaar per post' }]);
  return maakBezwaar(o, ctx, s, b, vraag, start);
}
