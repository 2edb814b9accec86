/**
 * @module
 * The set-based path of a provider's monthly batch (issue 16, `bench:partner`): every row of one
 * request that needs no other provider's contract is handled in one transaction — household and
 * client lookups, the facts (read again once the contracts are locked), earlier report ids, the
 * contracts locked, the facts written, the reports stored and the processing log each in one
 * statement for the whole request, instead of ≈ 17 round trips per row.
 *
 * A row that recomputes an advance (a deregistration) or opens a case (a difference with what the
 * parent said) is handled in the same transaction, after the facts of all rows are written, with
 * the single report's own steps (`opvang-gevolgen.ts`: the revision, its decisions, the exception
 * rules, the message or the case) — about ten statements for such a row instead of ≈ 30 in a
 * transaction of its own. When one of them is refused (a dossier the change makes inconsistent),
 * the whole request's transaction is rolled back and done again without that row, which then goes
 * the single report's way and gets the single report's answer: nothing half written.
 *
 * The guarantees are those of `meldOpvanguren`, row by row: the provider is the session's client
 * and may report only on its own clients; a report id is stored once (a repeat changes nothing,
 * another content under the same id is refused); an older report than the newest accepted one
 * changes nothing; every report is logged for every person of its household, each row its own
 * operation (a child span of the request). Rows about a contract another provider holds, or two
 * rows about the same household or with the same id in one request, are handed back (`langzaam`)
 * for `meldOpvanguren`, one at a time, after this transaction committed.
 */
import type { Sql } from '@regelmaat/db';
import {
  type DossierFeit,
  type FeitWijziging,
  leesDossierFeitenVan,
  personenPerHuishouden,
  wijzigFeitenVan,
  zoekHuishoudens,
} from '@regelmaat/dossier-opslag';
import { DienstFout, Geweigerd, Ongeldig } from '@regelmaat/kernel';
import { activiteitId, kindSpan, logVerwerkingenBulk, type Verwerking } from '@regelmaat/logboek';
import {
  claimOpvangcontracten,
  contractSleutel,
  eerdereMeldingen,
  legOpvangMeldingenVast,
  type OpvangMeldingRij,
  werkOpvangcontractenBij,
} from '@regelmaat/partner-opslag';
import { klantenVan, partnerNaam } from '@regelmaat/toegang';
import type { Context } from '../context';
import type { Omgeving } from '../omgeving';
import {
  type AanbiederWaarde,
  aanbiederFeiten,
  aanbiederWaarde,
  antwoord,
  herhaling,
  isKindIn,
  type MeldingAntwoord,
  type MeldingUitkomst,
  meldingRij,
  type VoorbereideMelding,
  zelfdeMelding,
} from '../partner';
import { type Afstemming, stemOpvangAf } from './opvang-afstemming';
import { verwerkAfwijking, verwerkUitschrijvingNa } from './opvang-gevolgen';

export type SnelUitkomst = { antwoord: MeldingAntwoord } | { fout: DienstFout };

export interface SnelResultaat {
  /** The rows answered here, by their index in the request. */
  klaar: Map<number, SnelUitkomst>;
  /** The rows for `meldOpvanguren`, in request order. */
  langzaam: number[];
}

/** Thrown inside the transaction when a report id was stored meanwhile by another one: all rows go the slow way. */
class GelijktijdigeHerhaling extends Error {}

/** Thrown inside the transaction when a row that recomputes was refused: the request is done again without it. */
class ZwareRijGeweigerd extends Error {
  constructor(readonly i: number) {
    super(`rij ${i} geweigerd`);
  }
}

interface Rij {
  i: number;
  v: VoorbereideMelding;
}

/** The rows whose household or report id occurs more than once among `rijen`. */
function dubbelen(rijen: readonly (Rij & { h: number })[]): Set<number> {
  const perH = new Map<number, number>();
  const perId = new Map<string, number>();
  for (const r of rijen) {
    perH.set(r.h, (perH.get(r.h) ?? 0) + 1);
    perId.set(r.v.meldingId, (perId.get(r.v.meldingId) ?? 0) + 1);
  }
  return new Set(rijen.filter((r) => perH.get(r.h)! > 1 || perId.get(r.v.meldingId)! > 1).map((r) => r.i));
}

export async function meldOpvangRijenSamen(
  o: Omgeving,
  ctx: Context,
  clientId: string,
  rijen: readonly Rij[],
): Promise<SnelResultaat> {
  // Rows whose recomputation was refused go the single report's way (it gives their answer).
  const apart = new Set<number>();
  for (;;) {
    try {
      return await o.db.transaction((tx) => samen(tx, o, ctx, clientId, rijen, apart));
    } catch (e) {
      if (e instanceof ZwareRijGeweigerd && !apart.has(e.i)) {
        apart.add(e.i);
        continue;
      }
      if (!(e instanceof GelijktijdigeHerhaling)) throw e;
      return { klaar: new Map(), langzaam: rijen.map((r) => r.i) };
    }
  }
}

async function samen(
  tx: Sql,
  o: Omgeving,
  ctx: Context,
  clientId: string,
  alle: readonly Rij[],
  apart: ReadonlySet<number>,
): Promise<SnelResultaat> {
  const op = o.klok();
  const klaar = new Map<number, SnelUitkomst>();
  const langzaam: number[] = [...apart];
  const rijen = alle.filter((r) => !apart.has(r.i));
  const huishoudens = await zoekHuishoudens(
    tx,
    rijen.map((r) => r.v.m.kindBsn),
  );
  const klanten = await klantenVan(tx, clientId, [...huishoudens.values()]);
  const bekend: (Rij & { h: number })[] = [];
  for (const r of rijen) {
    const h = huishoudens.get(r.v.m.kindBsn);
    // An unknown child and a child of another provider's client get the same answer.
    if (h === undefined || !klanten.has(h))
      klaar.set(r.i, { fout: new Geweigerd('Dit kind hoort niet bij een klant van uw organisatie.') });
    else bekend.push({ ...r, h });
  }
  const dubbel = dubbelen(bekend);
  const enkel = bekend.filter((r) => !dubbel.has(r.i));
  const feiten = await leesDossierFeitenVan(
    tx,
    enkel.map((r) => r.h),
  );
  const eerder = await eerdereMeldingen(
    tx,
    clientId,
    enkel.map((r) => r.v.meldingId),
  );
  const nieuw: (Rij & { h: number })[] = [];
  const gelogd: { h: number; naam: string }[] = [];
  for (const r of enkel) {
    if (!isKindIn(feiten.get(r.h)!, r.v.m.kindBsn)) {
      klaar.set(r.i, { fout: new Ongeldig([{ naam: 'kindBsn', reden: 'is geen kind in dit huishouden' }]) });
      continue;
    }
    const e = eerder.get(r.v.meldingId);
    if (!e) {
      nieuw.push(r);
      continue;
    }
    try {
      klaar.set(r.i, { antwoord: herhaling(r.v, e) });
      gelogd.push({ h: r.h, naam: 'opvanguren opnieuw gemeld' });
    } catch (f) {
      klaar.set(r.i, { fout: f as DienstFout });
    }
  }

  const contracten = await claimOpvangcontracten(
    tx,
    nieuw.map((r) => ({
      kindBsn: r.v.m.kindBsn,
      jaar: r.v.m.jaar,
      clientId,
      huishoudenId: r.h,
      sinds: op,
      opgesteldOp: r.v.opgesteldOp,
    })),
  );
  // Read again under the contracts' locks: a report committed while this one waited is seen.
  const actueel = await leesDossierFeitenVan(
    tx,
    nieuw.map((r) => r.h),
  );
  const bijwerken: { kindBsn: string; jaar: number; opgesteldOp: string }[] = [];
  const wijzigingen: FeitWijziging[] = [];
  const opslaan: OpvangMeldingRij[] = [];
  const zwaar: (Rij & { h: number; afstemming: Afstemming })[] = [];
  for (const r of nieuw) {
    const { m, opgesteldOp } = r.v;
    const contract = contracten.get(contractSleutel(m.kindBsn, m.jaar))!;
    let uitkomst: MeldingUitkomst;
    if (contract.clientId !== clientId) {
      // Another provider holds the contract: a case, the single report's way.
      langzaam.push(r.i);
      continue;
    }
    if (Date.parse(opgesteldOp) < Date.parse(contract.nieuwsteOpgesteldOp)) uitkomst = 'verouderd';
    else {
      const huishoudenFeiten = actueel.get(r.h)!;
      const oud = aanbiederFeiten(huishoudenFeiten, m);
      const waarde = aanbiederWaarde(m);
      if (oud.some((f) => zelfdeMelding(f.waarde as AanbiederWaarde, waarde))) uitkomst = 'al-bekend';
      else {
        // What the report means against what the parent said, before the provider's hours are
        // recorded beside it (a separate source: the parent's statement is not overwritten).
        const afstemming = stemOpvangAf(huishoudenFeiten, m, opgesteldOp, op);
        wijzigingen.push({
          huishoudenId: r.h,
          nieuw: [
            {
              soort: 'opvanguren_aanbieder',
              persoonBsn: m.kindBsn,
              waarde,
              bron: 'aanbieder',
              geregistreerdOp: op,
            },
          ],
          vervallen: oud.map((f) => f.id),
        });
        uitkomst = 'verwerkt';
        if (afstemming.uitschrijving || afstemming.afwijking) {
          // Recomputes the advance or opens a case: after the facts of all rows are written (a
          // deregistration's own facts with them: the parent's childcare ending on the end date).
          const u = afstemming.uitschrijving;
          if (u) wijzigingen.push({ huishoudenId: r.h, nieuw: u.nieuw, vervallen: u.vervallen });
          bijwerken.push({ kindBsn: m.kindBsn, jaar: m.jaar, opgesteldOp });
          zwaar.push({ ...r, afstemming });
          gelogd.push({ h: r.h, naam: 'opvanguren gemeld' });
          continue;
        }
      }
      bijwerken.push({ kindBsn: m.kindBsn, jaar: m.jaar, opgesteldOp });
    }
    opslaan.push(meldingRij(r.v, clientId, r.h, op, uitkomst, null));
    klaar.set(r.i, { antwoord: antwoord(uitkomst, r.v.meldingId, false) });
    gelogd.push({ h: r.h, naam: 'opvanguren gemeld' });
  }
  await werkOpvangcontractenBij(tx, bijwerken);
  await wijzigFeitenVan(tx, wijzigingen, op);
  if (zwaar.length > 0) {
    const naam = (await partnerNaam(tx, clientId)) ?? clientId;
    // The facts after the writes above, of the households a deregistration revises.
    const na = await leesDossierFeitenVan(
      tx,
      zwaar.filter((r) => r.afstemming.uitschrijving).map((r) => r.h),
    );
    for (const r of zwaar) {
      const { uitkomst, beschikkingen, zaakId } = await gevolgen(
        tx,
        o,
        r,
        { clientId, naam, meldingId: r.v.meldingId },
        na.get(r.h) ?? actueel.get(r.h)!,
        op,
      );
      opslaan.push(meldingRij(r.v, clientId, r.h, op, uitkomst, zaakId));
      klaar.set(r.i, { antwoord: antwoord(uitkomst, r.v.meldingId, false, { beschikkingen, zaakId }) });
    }
  }
  const opgeslagen = await legOpvangMeldingenVast(tx, opslaan);
  if (opgeslagen.size !== opslaan.length) throw new GelijktijdigeHerhaling();

  const personen = await personenPerHuishouden(
    tx,
    gelogd.map((g) => g.h),
  );
  const eind = o.klok();
  const actor = ctx.sessie ? { id: ctx.sessie.id, rol: ctx.sessie.rol } : { id: 'anoniem', rol: 'anoniem' };
  await logVerwerkingenBulk(
    tx,
    gelogd
      .filter((g) => personen.get(g.h)!.length > 0)
      .map(
        (g): Verwerking => ({
          trace: kindSpan(ctx.trace),
          activiteit: activiteitId('partner-feit-melden'),
          naam: g.naam,
          betrokkenen: personen.get(g.h)!,
          start: op,
          eind,
          actor,
          sleutel: o.sleutels.pseudoniem,
        }),
      ),
  );
  langzaam.push(...dubbel);
  langzaam.sort((a, b) => a - b);
  return { klaar, langzaam };
}

/**
 * What an accepted row that recomputes or opens a case leads to, as in `meldOpvanguren`: the
 * deregistration's revision (`herberekend` when it decided something) and the difference's case
 * (`afwijking`). `feiten`: the household's facts after the request's writes. A refusal (a dossier
 * the change makes inconsistent) rolls the request back.
 */
async function gevolgen(
  tx: Sql,
  o: Omgeving,
  r: Rij & { h: number; afstemming: Afstemming },
  melder: { clientId: string; naam: string; meldingId: string },
  feiten: readonly DossierFeit[],
  op: string,
): Promise<{ uitkomst: MeldingUitkomst; beschikkingen: number[]; zaakId: number | null }> {
  const { m } = r.v;
  let uitkomst: MeldingUitkomst = 'verwerkt';
  let beschikkingen: number[] = [];
  let zaakId: number | null = null;
  try {
    if (r.afstemming.uitschrijving) {
      const g = await verwerkUitschrijvingNa(tx, o, r.h, m, r.afstemming.uitschrijving, melder, feiten, op);
      beschikkingen = g.beschikkingen;
      if (g.beschikkingen.length > 0 || g.zaken.length > 0) uitkomst = 'herberekend';
    }
    if (r.afstemming.afwijking) {
      zaakId = await verwerkAfwijking(tx, r.h, m, r.afstemming.afwijking, melder, op, feiten);
      uitkomst = 'afwijking';
    }
  } catch (e) {
    if (e instanceof DienstFout) throw new ZwareRijGeweigerd(r.i);
    throw e;
  }
  return { uitkomst, beschikkingen, zaakId };
}
