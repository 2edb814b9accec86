/**
 * @module
 * What follows from a childcare provider's report once it is accepted, in the report's
 * transaction (see `opvang-afstemming.ts` for what it means against the parent's statement):
 *
 * - a **deregistration** ends the parent's childcare on the end date and revises the advance
 *   (`voorschot-herzien.ts`: a new decision version per toeslag whose schedule changes, each with
 *   its letter; maatwerk in force goes to a case worker instead), and the household gets a portal
 *   message saying what changed, who reported it and what to do if it is wrong;
 * - a **difference** with what the parent said opens one case per household and year
 *   (`opvang-afwijking`, team uitval) with both values, and the household gets a message that a
 *   case worker will look at it. Nothing of the parent's statement is changed.
 *
 * Messages are keyed by the provider's report, so a repeated report sends nothing again.
 */
import { doelmatigheidsgrens } from '@regelmaat/beschikking';
import { stuurBericht } from '@regelmaat/brief-opslag';
import type { Sql } from '@regelmaat/db';
import { type DossierFeit, leesDossierFeiten, wijzigFeiten } from '@regelmaat/dossier-opslag';
import { maakZaak, openZaakVan } from '@regelmaat/zaken';
import type { Omgeving } from '../omgeving';
import { herzieningVan, schrijfHerziening } from '../voorschot-herzien';
import type { Afwijking, OpvangMeldingInhoud, Uitschrijving } from './opvang-afstemming';

export interface Melder {
  clientId: string;
  /** The provider's registered name (what the citizen is told). */
  naam: string;
  meldingId: string;
}

/** The message kinds this module sends (the portal words each). */
export const BERICHT_UITSCHRIJVING = 'opvang-uitschrijving';
export const BERICHT_AFWIJKING = 'opvang-afwijking';

const berichtSleutel = (melder: Melder) => `aanbieder:${melder.clientId}:${melder.meldingId}`;

/** The child's date of birth, from `feiten` when the caller has read them (no second read). */
async function geboortedatumKind(
  tx: Sql,
  huishoudenId: number,
  kindBsn: string,
  feiten?: readonly DossierFeit[],
): Promise<string | undefined> {
  const f = (feiten ?? (await leesDossierFeiten(tx, huishoudenId))).find(
    (x) => x.soort === 'persoon' && x.persoonBsn === kindBsn && !x.vervallenOp,
  );
  return (f?.waarde as { geboortedatum?: string } | undefined)?.geboortedatum;
}

/**
 * Applies a deregistration: the parent's childcare ends, the advance is revised, the household is
 * told. Returns the new decisions and the maatwerk cases opened.
 */
export async function verwerkUitschrijving(
  tx: Sql,
  o: Omgeving,
  huishoudenId: number,
  m: OpvangMeldingInhoud,
  u: Uitschrijving,
  melder: Melder,
  op: string,
): Promise<{ beschikkingen: number[]; zaken: number[] }> {
  await wijzigFeiten(tx, huishoudenId, u.nieuw, u.vervallen, op);
  return verwerkUitschrijvingNa(
    tx,
    o,
    huishoudenId,
    m,
    u,
    melder,
    await leesDossierFeiten(tx, huishoudenId),
    op,
  );
}

/**
 * The rest of a deregistration once its facts are written (a batch writes those of all its rows at
 * once): `na` are the household's facts after it. Revises the advance and tells the household.
 */
export async function verwerkUitschrijvingNa(
  tx: Sql,
  o: Omgeving,
  huishoudenId: number,
  m: OpvangMeldingInhoud,
  u: Uitschrijving,
  melder: Melder,
  na: readonly DossierFeit[],
  op: string,
): Promise<{ beschikkingen: number[]; zaken: number[] }> {
  const herziening = await herzieningVan(tx, o, huishoudenId, m.jaar, na, op);
  const uit = await schrijfHerziening(
    tx,
    o,
    huishoudenId,
    m.jaar,
    herziening,
    {
      toelichting: `melding kinderopvang (${melder.naam}): uitgeschreven per ${u.einddatum}`,
      wijziging: 'uitschrijving-kinderopvang',
    },
    op,
  );
  const veranderd = herziening.effecten.filter(
    (e) => e.maatwerk || e.jaarbedragNieuw !== e.jaarbedragNu || e.voorkomenTerugvordering > 0 || e.extra > 0,
  );
  await stuurBericht(tx, {
    huishoudenId,
    soort: BERICHT_UITSCHRIJVING,
    sleutel: berichtSleutel(melder),
    gegevens: {
      aanbieder: melder.naam,
      kindGeboortedatum: (await geboortedatumKind(tx, huishoudenId, m.kindBsn, na)) ?? null,
      einddatum: u.einddatum,
      jaar: m.jaar,
      effecten: veranderd.map((e) => ({
        regeling: e.regeling,
        naam: e.naam,
        jaarbedragNu: e.jaarbedragNu,
        jaarbedragNieuw: e.maatwerk ? e.maatwerk.standaardNieuw : e.jaarbedragNieuw,
        ...(e.volgendeMaand ? { volgendeMaand: e.volgendeMaand } : {}),
        voorkomenTerugvordering: e.voorkomenTerugvordering,
        terugvorderingNaJaar: e.terugvorderingNaJaar,
        extra: e.extra,
        maatwerk: e.maatwerk !== undefined,
      })),
      doelmatigheidsgrens: doelmatigheidsgrens(o.wetgeving, m.jaar),
      beschikkingen: uit.beschikkingen,
    },
    op,
  });
  return uit;
}

/**
 * Opens (or joins) the household's case for a report that differs from what the parent said, with
 * both values, and tells the household when the case is new. Returns the case id. `feiten`: the
 * household's facts when the caller has them (the child's date of birth is read from them).
 */
export async function verwerkAfwijking(
  tx: Sql,
  huishoudenId: number,
  m: OpvangMeldingInhoud,
  a: Afwijking,
  melder: Melder,
  op: string,
  feiten?: readonly DossierFeit[],
): Promise<number> {
  const open = await openZaakVan(tx, huishoudenId, 'opvang-afwijking', m.jaar);
  if (open !== undefined) return open;
  const z = await maakZaak(
    tx,
    {
      soort: 'opvang-afwijking',
      huishoudenId,
      onderwerp: `Kinderopvang ${m.jaar}: de melding van de aanbieder wijkt af van de opgave van de ouder`,
      redenen: ['OPVANG_MELDING_WIJKT_AF'],
      toelichting: {
        aanbieder: melder.clientId,
        meldingId: melder.meldingId,
        soort: m.soort,
        // Both values, in hours and euros as people read them (centihours and cents in the data).
        maanden: a.maanden,
        ...(a.uurprijs ? { uurprijs: a.uurprijs } : {}),
        ...(a.einde ? { einde: a.einde } : {}),
      },
      prioriteit: 2,
      regeling: 'kinderopvangtoeslag',
      jaar: m.jaar,
    },
    { id: `partner:${melder.clientId}`, rol: 'partner' },
    op,
  );
  await stuurBericht(tx, {
    huishoudenId,
    soort: BERICHT_AFWIJKING,
    sleutel: berichtSleutel(melder),
    gegevens: {
      aanbieder: melder.naam,
      kindGeboortedatum: (await geboortedatumKind(tx, huishoudenId, m.kindBsn, feiten)) ?? null,
      jaar: m.jaar,
      maanden: a.maanden,
      ...(a.uurprijs ? { uurprijs: a.uurprijs } : {}),
      ...(a.einde ? { einde: a.einde } : {}),
      zaakId: z.id,
    },
    op,
  });
  return z.id;
}
