/**
 * @module
 * The case worker's work on an objection, each step one transaction with its processing log for
 * every person of the household: the call (its contact recorded; it may end in a withdrawal), the
 * hearing planned and held or skipped with its ground (Awb 7:2, 7:3), grounds added to a pro forma
 * objection (6:6, the decision term moves by the days waited, 7:10 lid 2), the judgment on a late
 * objection (6:11), the one postponement with its letter (7:10 lid 3), a notice of default (4:17),
 * and the decision (7:11) — four-eyes above the approval threshold as for maatwerk. When the
 * decision is in force: a (partly) upheld objection gets a new decision version linked to it (its
 * own letter follows as for every version), and the decision letter is written.
 */
import {
  type BeschikkingVersie,
  beschikkingenVan,
  beschikkingVersie,
  geldende,
} from '@regelmaat/beschikking';
import { bewaarBezwaarBrief } from '@regelmaat/brief-opslag';
import { type BeslissingOpBezwaar, type BezwaarBriefSoort, beslistermijn } from '@regelmaat/brieven';
import type { Sql } from '@regelmaat/db';
import { bsnAanvragerVan, leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { eurocent, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import type { RegelingId } from '@regelmaat/law';
import type { Recht } from '@regelmaat/toegang';
import {
  type Actor,
  type Beslissing,
  type Bezwaar,
  beoordeelTermijnoverschrijding,
  keurBeslissingGoed,
  koppelNieuweBeschikking,
  bezwaar as leesBezwaar,
  legContactVast,
  legGesprekVast,
  legHoorzittingVast,
  legIngebrekestellingVast,
  type OverslaanGrond,
  planHoorzitting,
  slaHoorzittingOver,
  stelBeslissingVoor,
  verdaag,
  vulGrondenAan,
  wijsBeslissingAf,
  zetAdviescommissie,
} from '@regelmaat/zaken';
import { schrijfAangepasteVersie } from '../aangepaste-versie';
import { woonplaatsVan } from '../brieven/brief-vullen';
import { actorVan, type Context, vereis } from '../context';
import { goedkeuringsdrempelVan } from '../maatwerk';
import { datumVan, type Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';
import { beslistermijnVan } from './bezwaar-beslistermijn';
import { OVERSLAAN_B1 } from './bezwaarbrief-teksten';
import { naamVan, nietOntvankelijkVan, vulBezwaarBrief } from './bezwaarbrief-vullen';

type Stap = (tx: Sql, b: Bezwaar, actor: Actor, op: string) => Promise<Bezwaar>;

async function bestredenVan(tx: Sql, b: Bezwaar): Promise<BeschikkingVersie[]> {
  const r: BeschikkingVersie[] = [];
  for (const id of b.beschikkingIds) r.push((await beschikkingVersie(tx, id))!);
  return r;
}

async function schrijfBrief(
  tx: Sql,
  b: Bezwaar,
  soort: BezwaarBriefSoort,
  op: string,
  extra: { verdaging?: { reden: string; oudeTermijn: string }; beslissing?: BeslissingOpBezwaar },
) {
  const feiten = await leesDossierFeiten(tx, b.huishoudenId);
  const brief = vulBezwaarBrief({
    soort,
    bezwaar: b,
    bestreden: await bestredenVan(tx, b),
    bsn: (await bsnAanvragerVan(tx, b.huishoudenId))!,
    woonplaats: woonplaatsVan(feiten, op),
    briefdatum: datumVan(op),
    ...extra,
  });
  return bewaarBezwaarBrief(tx, { huishoudenId: b.huishoudenId, brief, op });
}

/** One step: the right, the objection, the step, what follows, the log — in one transaction. */
async function stap(
  o: Omgeving,
  ctx: Context,
  recht: Recht,
  bezwaarId: number,
  naam: string,
  doe: Stap,
  daarna?: (tx: Sql, b: Bezwaar, actor: Actor, op: string) => Promise<Bezwaar>,
): Promise<Bezwaar> {
  const s = vereis(ctx, recht);
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const voor = await leesBezwaar(tx, bezwaarId);
    if (!voor) throw new NietGevonden(`Bezwaar ${bezwaarId} bestaat niet.`);
    let b = await doe(tx, voor, actorVan(s), op);
    if (daarna) b = await daarna(tx, b, actorVan(s), op);
    await log(
      o,
      ctx,
      tx,
      'bezwaar-behandelen',
      naam,
      personenUitFeiten(await leesDossierFeiten(tx, b.huishoudenId)),
      op,
    );
    return b;
  });
}

/** The call is done: its outcome is recorded as a contact on the case; it may end in a withdrawal. */
export function legBezwaarGesprekVast(
  o: Omgeving,
  ctx: Context,
  bezwaarId: number,
  g: { uitkomst: string; ingetrokken: boolean },
): Promise<Bezwaar> {
  if (!g.uitkomst?.trim()) throw new Ongeldig([{ naam: 'uitkomst', reden: 'is verplicht' }]);
  return stap(
    o,
    ctx,
    'contact:vastleggen',
    bezwaarId,
    'bezwaar: gesprek vastleggen',
    async (tx, b, actor, op) => {
      const c = await legContactVast(
        tx,
        {
          huishoudenId: b.huishoudenId,
          zaakId: b.zaakId,
          kanaal: 'telefoon',
          richting: 'uitgaand',
          onderwerp: 'Gesprek over uw bezwaar',
          uitkomst: g.uitkomst.trim(),
        },
        actor,
        op,
      );
      return legGesprekVast(tx, b.id, { contactId: c.id, ingetrokken: g.ingetrokken }, actor, op);
    },
  );
}

export function planBezwaarHoorzitting(o: Omgeving, ctx: Context, bezwaarId: number, h: { op: string }) {
  if (h.op < datumVan(o.klok())) throw new Ongeldig([{ naam: 'op', reden: 'ligt in het verleden' }]);
  return stap(o, ctx, 'zaak:behandelen', bezwaarId, 'bezwaar: hoorzitting plannen', (tx, b, a, op) =>
    planHoorzitting(tx, b.id, h.op, a, op),
  );
}

export function legBezwaarHoorzittingVast(
  o: Omgeving,
  ctx: Context,
  bezwaarId: number,
  h: { verslag: string },
) {
  return stap(o, ctx, 'zaak:behandelen', bezwaarId, 'bezwaar: hoorzitting vastleggen', (tx, b, a, op) =>
    legHoorzittingVast(tx, b.id, h.verslag.trim(), a, op),
  );
}

export function slaBezwaarHoorzittingOver(
  o: Omgeving,
  ctx: Context,
  bezwaarId: number,
  h: { grond: OverslaanGrond; toelichting: string },
) {
  return stap(o, ctx, 'zaak:behandelen', bezwaarId, 'bezwaar: hoorzitting overslaan', (tx, b, a, op) =>
    slaHoorzittingOver(tx, b.id, h.grond, h.toelichting.trim(), a, op),
  );
}

/** The grounds of a pro forma objection came in on `ontvangenOp`: the decision term moves (7:10 lid 2). */
export function vulBezwaarGrondenAan(
  o: Omgeving,
  ctx: Context,
  bezwaarId: number,
  g: { gronden: string; ontvangenOp: string },
) {
  const vandaag = datumVan(o.klok());
  if (g.ontvangenOp > vandaag) throw new Ongeldig([{ naam: 'ontvangenOp', reden: 'ligt na vandaag' }]);
  return stap(o, ctx, 'zaak:behandelen', bezwaarId, 'bezwaar: gronden aanvullen', (tx, b, a, op) => {
    const gevraagd = datumVan(b.aangemaaktOp);
    // Suspended from the request to the day of repair, or to the end of the term when later (6:6).
    const tot = b.hersteltermijn && g.ontvangenOp > b.hersteltermijn ? b.hersteltermijn : g.ontvangenOp;
    const termijn = beslistermijn({
      laatsteDagBezwaartermijn: b.laatsteDagBezwaartermijn,
      ontvangenOp: b.ontvangenOp,
      adviescommissie: b.adviescommissie,
      opschorting: { van: gevraagd, tot: tot < gevraagd ? gevraagd : tot },
      verdaagd: b.verdaagdOp !== null,
    });
    return vulGrondenAan(
      tx,
      b.id,
      { gronden: g.gronden.trim(), op: g.ontvangenOp, beslistermijn: termijn.laatsteDag },
      a,
      op,
    );
  });
}

export function beoordeelTeLaatBezwaar(
  o: Omgeving,
  ctx: Context,
  bezwaarId: number,
  v: { verschoonbaar: boolean; toelichting: string },
) {
  return stap(
    o,
    ctx,
    'zaak:behandelen',
    bezwaarId,
    'bezwaar: termijnoverschrijding beoordelen',
    (tx, b, a, op) =>
      beoordeelTermijnoverschrijding(
        tx,
        b.id,
        { verschoonbaar: v.verschoonbaar, toelichting: v.toelichting.trim() },
        a,
        op,
      ),
  );
}

/** The one postponement (7:10 lid 3), with its reason; the person gets a letter at once. */
export function verdaagBezwaar(o: Omgeving, ctx: Context, bezwaarId: number, v: { reden: string }) {
  let oud = '';
  return stap(
    o,
    ctx,
    'zaak:behandelen',
    bezwaarId,
    'bezwaar: beslissing verdagen',
    (tx, b, a, op) => {
      oud = b.beslistermijn;
      const nieuw = beslistermijnVan(b, { verdaagd: true });
      return verdaag(tx, b.id, { reden: v.reden.trim(), beslistermijn: nieuw, vandaag: datumVan(op) }, a, op);
    },
    async (tx, b, _a, op) => {
      await schrijfBrief(tx, b, 'verdaging', op, { verdaging: { reden: v.reden.trim(), oudeTermijn: oud } });
      return b;
    },
  );
}

/**
 * An advisory committee (Awb 7:13) hears the objection: the decision term is twelve weeks instead
 * of six (7:10 lid 1), and the expected decision date moves. Only before the decision.
 */
export function stelAdviescommissieIn(o: Omgeving, ctx: Context, bezwaarId: number) {
  return stap(o, ctx, 'zaak:behandelen', bezwaarId, 'bezwaar: adviescommissie inschakelen', (tx, b, a, op) =>
    zetAdviescommissie(
      tx,
      b.id,
      { beslistermijn: beslistermijnVan(b, { adviescommissie: true }), vandaag: datumVan(op) },
      a,
      op,
    ),
  );
}

export function legBezwaarIngebrekestellingVast(
  o: Omgeving,
  ctx: Context,
  bezwaarId: number,
  i: { ontvangenOp: string },
) {
  if (i.ontvangenOp > datumVan(o.klok()))
    throw new Ongeldig([{ naam: 'ontvangenOp', reden: 'ligt na vandaag' }]);
  return stap(o, ctx, 'zaak:behandelen', bezwaarId, 'bezwaar: ingebrekestelling vastleggen', (tx, b, a, op) =>
    legIngebrekestellingVast(tx, b.id, i.ontvangenOp, a, op),
  );
}

export interface BeslissingVraag {
  beslissing: Beslissing;
  motivering: string;
  /** For gegrond / deels-gegrond: the toeslag (one of the contested) and its new year amount. */
  regeling?: string;
  nieuwJaarbedrag?: number;
}

/** The decision version in force now for the objection's toeslag and year. */
export async function inWerking(tx: Sql, b: Bezwaar, regeling: string): Promise<BeschikkingVersie> {
  const bestreden = await bestredenVan(tx, b);
  const x = bestreden.find((v) => v.regeling === regeling);
  if (!x) throw new Ongeldig([{ naam: 'regeling', reden: `het bezwaar gaat niet over ${regeling}` }]);
  const alle = await beschikkingenVan(tx, b.huishoudenId);
  return (
    geldende(alle, x.jaar, 'definitief').get(regeling as RegelingId) ??
    geldende(alle, x.jaar, 'voorschot').get(regeling as RegelingId) ??
    x
  );
}

/** When the decision is in force: the new decision version (upheld) and the decision letter. */
async function inWerkingStellen(
  o: Omgeving,
  tx: Sql,
  b: Bezwaar,
  actor: Actor,
  op: string,
): Promise<Bezwaar> {
  if (b.fase !== 'beslist') return b;
  let nieuw: BeslissingOpBezwaar['nieuw'];
  if (b.nieuweRegeling && b.nieuwJaarbedrag !== null) {
    const basis = await inWerking(tx, b, b.nieuweRegeling);
    const id = await schrijfAangepasteVersie(o, tx, {
      aanleiding: 'bezwaar',
      bezwaarId: b.id,
      huishoudenId: b.huishoudenId,
      regeling: b.nieuweRegeling as RegelingId,
      jaar: basis.jaar,
      bedrag: () => b.nieuwJaarbedrag!,
      toelichting: `bezwaar ${b.id}: ${b.beslissing}`,
    });
    b = await koppelNieuweBeschikking(tx, b, id, actor, op);
    nieuw = {
      naam: naamVan(b.nieuweRegeling!),
      jaar: basis.jaar,
      oudJaarbedrag: eurocent(b.nieuwJaarbedrag! - b.bedragVerschil!),
      nieuwJaarbedrag: eurocent(b.nieuwJaarbedrag!),
    };
  }
  const hoorzitting: BeslissingOpBezwaar['hoorzitting'] =
    b.hoorzitting === 'gehouden'
      ? { gehouden: true, ...(b.hoorzittingOp ? { op: b.hoorzittingOp } : {}) }
      : { gehouden: false, reden: OVERSLAAN_B1[b.hoorzittingOverslaanGrond!] };
  await schrijfBrief(tx, b, 'beslissing-op-bezwaar', op, {
    beslissing: {
      uitkomst: b.beslissing!,
      motivering: b.motivering!,
      hoorzitting,
      ...(b.beslissing === 'niet-ontvankelijk'
        ? { nietOntvankelijk: nietOntvankelijkVan(b, datumVan(op))! }
        : {}),
      ...(nieuw ? { nieuw } : {}),
    },
  });
  return b;
}

/**
 * The behandelaar decides. The change of the amount is computed here from the decision in force
 * (never taken from the request); above the approval threshold a team lead must approve it.
 */
export function beslisOpBezwaar(o: Omgeving, ctx: Context, bezwaarId: number, v: BeslissingVraag) {
  const omhoog = v.beslissing === 'gegrond' || v.beslissing === 'deels-gegrond';
  if (omhoog && (v.regeling === undefined || v.nieuwJaarbedrag === undefined))
    throw new Ongeldig([
      ...(v.regeling === undefined
        ? [{ naam: 'regeling', reden: 'is verplicht bij een (deels) gegrond bezwaar' }]
        : []),
      ...(v.nieuwJaarbedrag === undefined
        ? [{ naam: 'nieuwJaarbedrag', reden: 'is verplicht bij een (deels) gegrond bezwaar' }]
        : []),
    ]);
  if (!omhoog && (v.regeling !== undefined || v.nieuwJaarbedrag !== undefined))
    throw new Ongeldig([
      { naam: 'nieuwJaarbedrag', reden: 'hoort niet bij een ongegrond of niet-ontvankelijk bezwaar' },
    ]);
  if (!v.motivering?.trim()) throw new Ongeldig([{ naam: 'motivering', reden: 'is verplicht (Awb 7:12)' }]);
  return stap(
    o,
    ctx,
    'zaak:behandelen',
    bezwaarId,
    'bezwaar: beslissen',
    async (tx, b, a, op) => {
      let verschil: number | undefined;
      if (omhoog) verschil = v.nieuwJaarbedrag! - (await inWerking(tx, b, v.regeling!)).jaarbedrag;
      const vierOgen = verschil !== undefined && Math.abs(verschil) > goedkeuringsdrempelVan(o);
      return stelBeslissingVoor(
        tx,
        b.id,
        {
          beslissing: v.beslissing,
          motivering: v.motivering.trim(),
          ...(omhoog
            ? { nieuweRegeling: v.regeling!, nieuwJaarbedrag: v.nieuwJaarbedrag!, bedragVerschil: verschil! }
            : {}),
        },
        vierOgen,
        a,
        op,
      );
    },
    (tx, b, a, op) => inWerkingStellen(o, tx, b, a, op),
  );
}

/** A team lead, not the author, approves the decision: it takes effect. */
export function keurBezwaarBeslissingGoed(o: Omgeving, ctx: Context, bezwaarId: number) {
  return stap(
    o,
    ctx,
    'bezwaar:goedkeuren',
    bezwaarId,
    'bezwaar: beslissing goedkeuren',
    (tx, b, a, op) => keurBeslissingGoed(tx, b.id, a, op),
    (tx, b, a, op) => inWerkingStellen(o, tx, b, a, op),
  );
}

export function wijsBezwaarBeslissingAf(
  o: Omgeving,
  ctx: Context,
  bezwaarId: number,
  w: { toelichting: string },
) {
  if (!w.toelichting?.trim()) throw new Ongeldig([{ naam: 'toelichting', reden: 'is verplicht' }]);
  return stap(o, ctx, 'bezwaar:goedkeuren', bezwaarId, 'bezwaar: beslissing terugsturen', (tx, b, a, op) =>
    wijsBeslissingAf(tx, b.id, w.toelichting.trim(), a, op),
  );
}
