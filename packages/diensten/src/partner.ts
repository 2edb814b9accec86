/**
 * @module
 * Partner feeds (first part of C9): a childcare provider reports the hours it provided for a child
 * in a year, month by month. A partner may write facts only about its own clients (households
 * linked to its client id). Reports are not last-write-wins (migration 017):
 *
 * - the provider is the authenticated client of the session, never a field of the report;
 * - every report carries its own id (`meldingId`); a provider's id is stored once (unique key), so a
 *   repeat changes nothing and answers as the first time, and the same id with other content is
 *   refused (409) and changes nothing;
 * - the first provider whose report for a child and year is accepted holds that contract; a report
 *   of another provider for the same child and year is not applied but opens a case
 *   (`partner-conflict`, team uitval) and is answered 409;
 * - a report drawn up (`opgesteldOp`) before the newest accepted one for that child and year
 *   changes nothing.
 *
 * Every report received is logged for every person of the household, in the same transaction.
 */
import { createHash } from 'node:crypto';
import type { Sql } from '@regelmaat/db';
import type { Feit } from '@regelmaat/dossier';
import { type DossierFeit, leesDossierFeiten, wijzigFeiten, zoekHuishouden } from '@regelmaat/dossier-opslag';
import { Conflict, eurosToCents, Geweigerd, Ongeldig } from '@regelmaat/kernel';
import {
  claimOpvangcontract,
  type EerdereMelding,
  eerdereMelding,
  legOpvangMeldingVast,
  type OpvangMeldingRij,
  type OpvangMeldingUitkomst,
  werkOpvangcontractenBij,
} from '@regelmaat/partner-opslag';
import { isKlantVan, partnerNaam } from '@regelmaat/toegang';
import { maakZaak, openZaakVan } from '@regelmaat/zaken';
import { type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import { stemOpvangAf } from './partner/opvang-afstemming';
import { verwerkAfwijking, verwerkUitschrijving } from './partner/opvang-gevolgen';
import { logHuishoudens } from './verwerkingslog';

export interface OpvangurenMelding {
  /**
   * The provider's own id of this report (idempotency key per provider). Absent (older clients): an
   * id derived from the content, so an exact repeat still changes nothing.
   */
  meldingId?: string;
  /** When the provider drew up the report (ISO timestamp); absent: the moment it is received. */
  opgesteldOp?: string;
  /** BSN of the child. */
  kindBsn: string;
  jaar: number;
  soort: 'dagopvang' | 'buitenschoolse-opvang' | 'gastouderopvang';
  /** Hours per month, januari..december (0 = no care that month). */
  uren: number[];
  /** Average hourly rate in euros (Awir art. 38 lid 4 onder d). */
  uurprijs?: number;
  /** Last day of the contract: the child is deregistered (Awir art. 38 lid 4 onder e), in `jaar`. */
  einddatum?: string;
}

export type MeldingUitkomst = OpvangMeldingUitkomst;

export interface MeldingAntwoord {
  verwerkt: boolean;
  melding: string;
  /** What happened to the report; a repeat of a report id answers what happened the first time. */
  uitkomst: MeldingUitkomst;
  meldingId: string;
  /** True when this report id was received before (nothing changed now). */
  herhaald: boolean;
  /** The new advance decisions this report caused (a deregistration; empty for a repeat). */
  beschikkingen: number[];
  /** The case opened (or joined) because the report differs from what the parent said. */
  zaakId?: number;
}

const MELDINGEN: Record<MeldingUitkomst, string> = {
  verwerkt: 'De uren zijn verwerkt.',
  'al-bekend': 'Deze uren waren al bekend; er is niets gewijzigd.',
  verouderd:
    'Er is al een nieuwere melding voor dit kind en jaar verwerkt; deze oudere melding verandert niets.',
  conflict:
    'Een andere aanbieder heeft voor dit kind en jaar al uren gemeld. Uw melding is niet verwerkt; een medewerker neemt contact op.',
  afwijking:
    'De melding is vastgelegd. Zij wijkt af van wat de ouder opgaf; een medewerker zoekt uit wat klopt. Er is niets aan de toeslag veranderd.',
  herberekend:
    'De uitschrijving is verwerkt. Het voorschot van de ouder is opnieuw berekend en de ouder heeft bericht gekregen.',
};

/** Hash of what a report says (not its id or provider): a replayed id must say the same. */
function inhoudHash(m: OpvangurenMelding, opgesteldOp: string): string {
  return createHash('sha256')
    .update(JSON.stringify([m.kindBsn, m.jaar, m.soort, m.uren, opgesteldOp, ...extra(m)]))
    .digest('hex');
}

/** The fields added in migration 026, only when present (so older reports keep their hash). */
const extra = (m: OpvangurenMelding): unknown[] =>
  m.uurprijs === undefined && m.einddatum === undefined ? [] : [m.uurprijs ?? null, m.einddatum ?? null];

const VERANDERT: readonly MeldingUitkomst[] = ['verwerkt', 'afwijking', 'herberekend'];

/** `verwerkt`: this request changed the dossier (never for a repeat, as before migration 017). */
export function antwoord(
  uitkomst: MeldingUitkomst,
  meldingId: string,
  herhaald: boolean,
  gevolgen: { beschikkingen: number[]; zaakId?: number | null } = { beschikkingen: [] },
): MeldingAntwoord {
  return {
    verwerkt: VERANDERT.includes(uitkomst) && !herhaald,
    melding: herhaald
      ? `Deze melding was al ontvangen; er is niets gewijzigd. (${MELDINGEN[uitkomst]})`
      : MELDINGEN[uitkomst],
    uitkomst,
    meldingId,
    herhaald,
    beschikkingen: herhaald ? [] : gevolgen.beschikkingen,
    ...(gevolgen.zaakId ? { zaakId: gevolgen.zaakId } : {}),
  };
}

/** A report checked and keyed: its id, when it was drawn up, and the hash of what it says. */
export interface VoorbereideMelding {
  m: OpvangurenMelding;
  meldingId: string;
  opgesteldOp: string;
  inhoud: string;
}

/**
 * Checks what can be checked of a report without the database (throws `Ongeldig`) and keys it: the
 * report id (derived from the content when absent), when it was drawn up, and the content hash.
 */
export function bereidMeldingVoor(m: OpvangurenMelding, op: string): VoorbereideMelding {
  const opgesteld = m.opgesteldOp === undefined ? Date.parse(op) : Date.parse(m.opgesteldOp);
  if (Number.isNaN(opgesteld)) throw new Ongeldig([{ naam: 'opgesteldOp', reden: 'is geen tijdstip' }]);
  const opgesteldOp = new Date(opgesteld).toISOString();
  if (Date.parse(opgesteldOp) > Date.parse(op) + 5 * 60_000) {
    throw new Ongeldig([{ naam: 'opgesteldOp', reden: 'ligt in de toekomst' }]);
  }
  if (m.einddatum !== undefined && Number(m.einddatum.slice(0, 4)) !== m.jaar) {
    throw new Ongeldig([{ naam: 'einddatum', reden: `ligt niet in ${m.jaar}` }]);
  }
  const meldingId =
    m.meldingId ??
    `afgeleid-${createHash('sha256')
      .update(JSON.stringify([m.kindBsn, m.jaar, m.soort, m.uren, ...extra(m)]))
      .digest('hex')
      .slice(0, 32)}`;
  const inhoud = m.meldingId ? inhoudHash(m, opgesteldOp) : inhoudHash(m, '');
  return { m, meldingId, opgesteldOp, inhoud };
}

/** The answer to a report id received before: the same content repeats, other content is refused. */
export function herhaling(v: VoorbereideMelding, eerder: EerdereMelding): MeldingAntwoord {
  if (eerder.inhoud !== v.inhoud) {
    throw new Conflict(
      'melding-id-hergebruikt',
      `Melding ${v.meldingId} is al ontvangen met een andere inhoud. Geef een nieuwe melding een nieuw meldingId.`,
    );
  }
  return antwoord(eerder.uitkomst, v.meldingId, true);
}

/** The provider's facts (hours) for this child and year still in force. */
export function aanbiederFeiten(feiten: readonly DossierFeit[], m: OpvangurenMelding): DossierFeit[] {
  return feiten.filter(
    (f) =>
      f.soort === 'opvanguren_aanbieder' &&
      !f.vervallenOp &&
      f.persoonBsn === m.kindBsn &&
      (f.waarde as { jaar: number }).jaar === m.jaar,
  );
}

/** The fact value a report records (facts hold eurocents; the report gives euros). */
export function aanbiederWaarde(m: OpvangurenMelding): AanbiederWaarde {
  return {
    jaar: m.jaar,
    soort: m.soort,
    uren: m.uren,
    ...(m.uurprijs !== undefined ? { uurprijs: eurosToCents(m.uurprijs) } : {}),
    ...(m.einddatum !== undefined ? { einddatum: m.einddatum } : {}),
  };
}

export type AanbiederWaarde = Feit<'opvanguren_aanbieder'>['waarde'];

/** Whether the household's facts hold this child (the report is about a child of the household). */
export function isKindIn(feiten: readonly DossierFeit[], kindBsn: string): boolean {
  return feiten.some(
    (f) => f.soort === 'persoon' && f.persoonBsn === kindBsn && (f.waarde as { rol: string }).rol === 'kind',
  );
}

/** The row stored for a report. */
export function meldingRij(
  v: VoorbereideMelding,
  clientId: string,
  huishoudenId: number,
  op: string,
  uitkomst: MeldingUitkomst,
  zaakId: number | null,
): OpvangMeldingRij {
  return {
    clientId,
    meldingId: v.meldingId,
    huishoudenId,
    kindBsn: v.m.kindBsn,
    jaar: v.m.jaar,
    soort: v.m.soort,
    uren: v.m.uren,
    opgesteldOp: v.opgesteldOp,
    ontvangenOp: op,
    inhoud: v.inhoud,
    uitkomst,
    zaakId,
    uurprijs: v.m.uurprijs ?? null,
    einddatum: v.m.einddatum ?? null,
  };
}

export async function meldOpvanguren(
  o: Omgeving,
  ctx: Context,
  m: OpvangurenMelding,
): Promise<MeldingAntwoord> {
  const s = vereis(ctx, 'feit:melden');
  // The provider comes from the authenticated client of the session, never from the report.
  const clientId = s.clientId;
  if (!clientId) throw new Geweigerd('Alleen een partnerorganisatie meldt opvanguren.');
  const op = o.klok();
  const v = bereidMeldingVoor(m, op);
  const { meldingId, opgesteldOp } = v;
  const huishoudenId = await zoekHuishouden(o.db, m.kindBsn);
  // An unknown child and a child of another provider's client get the same answer.
  if (huishoudenId === undefined || !(await isKlantVan(o.db, clientId, huishoudenId))) {
    throw new Geweigerd('Dit kind hoort niet bij een klant van uw organisatie.');
  }
  const uit = await o.db
    .transaction(async (tx) => {
      const feiten = await leesDossierFeiten(tx, huishoudenId);
      if (!isKindIn(feiten, m.kindBsn))
        throw new Ongeldig([{ naam: 'kindBsn', reden: 'is geen kind in dit huishouden' }]);

      // Idempotency: the report id is stored once per provider (unique key, also under concurrency).
      const eerder = await eerdereMelding(tx, clientId, meldingId);
      if (eerder) {
        const a = herhaling(v, eerder);
        await logHuishoudens(
          o,
          ctx,
          tx,
          'partner-feit-melden',
          'opvanguren opnieuw gemeld',
          [huishoudenId],
          op,
        );
        return a;
      }

      // The contract of this child and year: the first accepted provider holds it (row locked).
      const contract = await claimOpvangcontract(tx, {
        kindBsn: m.kindBsn,
        jaar: m.jaar,
        clientId,
        huishoudenId,
        sinds: op,
        opgesteldOp,
      });
      let uitkomst: MeldingUitkomst;
      let zaakId: number | null = null;
      let beschikkingen: number[] = [];
      if (contract.clientId !== clientId) {
        uitkomst = 'conflict';
        zaakId = await conflictZaak(tx, huishoudenId, m, clientId, contract.clientId, meldingId, op);
      } else if (Date.parse(opgesteldOp) < Date.parse(contract.nieuwsteOpgesteldOp)) {
        uitkomst = 'verouderd';
      } else {
        await werkOpvangcontractenBij(tx, [{ kindBsn: m.kindBsn, jaar: m.jaar, opgesteldOp }]);
        // Read again under the contract's lock: a report committed while this one waited is seen.
        const actueel = await leesDossierFeiten(tx, huishoudenId);
        const oud = aanbiederFeiten(actueel, m);
        const waarde = aanbiederWaarde(m);
        const gelijk = oud.some((f) => zelfdeMelding(f.waarde as AanbiederWaarde, waarde));
        if (gelijk) uitkomst = 'al-bekend';
        else {
          // What the report means against what the parent said, before the provider's hours are
          // recorded beside it (a separate source: the parent's statement is not overwritten).
          const afstemming = stemOpvangAf(actueel, m, opgesteldOp, op);
          await wijzigFeiten(
            tx,
            huishoudenId,
            [
              {
                soort: 'opvanguren_aanbieder',
                persoonBsn: m.kindBsn,
                waarde,
                bron: 'aanbieder',
                geregistreerdOp: op,
              },
            ],
            oud.map((f) => f.id),
            op,
          );
          uitkomst = 'verwerkt';
          const melder = { clientId, naam: (await partnerNaam(tx, clientId)) ?? clientId, meldingId };
          if (afstemming.uitschrijving) {
            const g = await verwerkUitschrijving(
              tx,
              o,
              huishoudenId,
              m,
              afstemming.uitschrijving,
              melder,
              op,
            );
            beschikkingen = g.beschikkingen;
            if (g.beschikkingen.length > 0 || g.zaken.length > 0) uitkomst = 'herberekend';
          }
          if (afstemming.afwijking) {
            zaakId = await verwerkAfwijking(tx, huishoudenId, m, afstemming.afwijking, melder, op);
            uitkomst = 'afwijking';
          }
        }
      }
      const opgeslagen = await legOpvangMeldingVast(
        tx,
        meldingRij(v, clientId, huishoudenId, op, uitkomst, zaakId),
      );
      // The same report id arrived at the same time in another transaction that committed first:
      // this one changes nothing (rolled back) and answers as a repeat.
      if (!opgeslagen) throw new GelijktijdigeHerhaling();
      await logHuishoudens(o, ctx, tx, 'partner-feit-melden', 'opvanguren gemeld', [huishoudenId], op);
      return antwoord(uitkomst, meldingId, false, { beschikkingen, zaakId });
    })
    .catch(async (e: unknown) => {
      if (!(e instanceof GelijktijdigeHerhaling)) throw e;
      const eerder = await eerdereMelding(o.db, clientId, meldingId);
      if (!eerder || eerder.inhoud !== v.inhoud) {
        throw new Conflict(
          'melding-id-hergebruikt',
          `Melding ${meldingId} is al ontvangen met een andere inhoud.`,
        );
      }
      return antwoord(eerder.uitkomst, meldingId, true);
    });
  // A conflicting report is kept (with its case) and then refused: the provider must act on it.
  if (uit.uitkomst === 'conflict') throw new Conflict('opvangcontract-andere-aanbieder', uit.melding);
  return uit;
}

class GelijktijdigeHerhaling extends Error {}

/** Whether a stored provider report says the same as a new one (hours, kind, rate, end). */
export function zelfdeMelding(
  a: { soort: string; uren: number[]; uurprijs?: number; einddatum?: string },
  b: { soort: string; uren: number[]; uurprijs?: number; einddatum?: string },
): boolean {
  return (
    a.soort === b.soort &&
    a.uren.join() === b.uren.join() &&
    a.uurprijs === b.uurprijs &&
    a.einddatum === b.einddatum
  );
}

/**
 * The case for a report that conflicts with the contract another provider holds: one open case per
 * household and year (a further conflicting report joins it). The case names both providers and
 * both hour lists, never the BSN (the case belongs to the household).
 */
async function conflictZaak(
  tx: Sql,
  huishoudenId: number,
  m: OpvangurenMelding,
  clientId: string,
  houder: string,
  meldingId: string,
  op: string,
): Promise<number> {
  const open = await openZaakVan(tx, huishoudenId, 'partner-conflict', m.jaar);
  if (open !== undefined) return open;
  const z = await maakZaak(
    tx,
    {
      soort: 'partner-conflict',
      huishoudenId,
      onderwerp: `Twee aanbieders melden opvanguren voor hetzelfde kind (${m.jaar})`,
      redenen: ['OPVANGUREN_CONFLICT'],
      toelichting: { houder, melder: clientId, meldingId, soort: m.soort, uren: m.uren },
      prioriteit: 2,
      regeling: 'kinderopvangtoeslag',
      jaar: m.jaar,
    },
    { id: `partner:${clientId}`, rol: 'partner' },
    op,
  );
  return z.id;
}
