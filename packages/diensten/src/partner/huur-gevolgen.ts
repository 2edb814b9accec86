/**
 * @module
 * What follows from a housing corporation's rent change once it is accepted, in the report's
 * transaction (see `huur-afstemming.ts` for what it means against the dossier):
 *
 * - a **change** supersedes the running rent and revises the advance (`voorschot-herzien.ts`: a new
 *   decision version per toeslag whose schedule changes, each with its letter; maatwerk in force
 *   goes to a case worker instead); when the toeslagen change the household gets a portal message
 *   saying what changed, who reported it and what to do if it is wrong;
 * - a **contradiction** with what the citizen said opens one case per household and year
 *   (`partner-afwijking`, team uitval) with both values, and the household gets a message that a
 *   case worker will look at it. Nothing the citizen said is changed.
 *
 * Messages are keyed by the corporation's report, so a repeated report sends nothing again.
 */
import { doelmatigheidsgrens } from '@regelmaat/beschikking';
import { stuurBericht } from '@regelmaat/brief-opslag';
import type { Sql } from '@regelmaat/db';
import { leesDossierFeiten, wijzigFeiten } from '@regelmaat/dossier-opslag';
import { maakZaak, openZaakVan } from '@regelmaat/zaken';
import type { Omgeving } from '../omgeving';
import { herzieningVan, schrijfHerziening, type WijzigingsEffect } from '../voorschot-herzien';
import type { HuurAfstemming, HuurAfwijking, HuurMeldingInhoud } from './huur-afstemming';
import type { Melder } from './opvang-gevolgen';

export const BERICHT_HUUR = 'huur-wijziging';
export const BERICHT_HUUR_AFWIJKING = 'huur-afwijking';

export const berichtSleutel = (melder: Melder) => `partner:${melder.clientId}:${melder.meldingId}`;

/** The values of an effect a message states (the portal words them with `effectZinnen`). */
export function berichtEffect(e: WijzigingsEffect) {
  return {
    regeling: e.regeling,
    naam: e.naam,
    jaarbedragNu: e.jaarbedragNu,
    jaarbedragNieuw: e.maatwerk ? e.maatwerk.standaardNieuw : e.jaarbedragNieuw,
    ...(e.volgendeMaand ? { volgendeMaand: e.volgendeMaand } : {}),
    voorkomenTerugvordering: e.voorkomenTerugvordering,
    terugvorderingNaJaar: e.terugvorderingNaJaar,
    extra: e.extra,
    maatwerk: e.maatwerk !== undefined,
  };
}

/** Whether an effect changes anything the citizen gets (or a case worker must decide again). */
export const isVeranderd = (e: WijzigingsEffect) =>
  e.maatwerk !== undefined ||
  e.jaarbedragNieuw !== e.jaarbedragNu ||
  e.voorkomenTerugvordering > 0 ||
  e.extra > 0;

/**
 * Applies a rent change: the rent is superseded from the start date, the advance of that year is
 * revised, and when a toeslag changes the household is told. Returns the new decisions and cases.
 */
export async function verwerkHuurwijziging(
  tx: Sql,
  o: Omgeving,
  huishoudenId: number,
  m: HuurMeldingInhoud,
  w: Extract<HuurAfstemming, { soort: 'wijziging' }>,
  melder: Melder,
  op: string,
): Promise<{ beschikkingen: number[]; zaken: number[] }> {
  const jaar = Number(m.ingangsdatum.slice(0, 4));
  await wijzigFeiten(tx, huishoudenId, w.nieuw, w.vervallen, op);
  const na = await leesDossierFeiten(tx, huishoudenId);
  const herziening = await herzieningVan(tx, o, huishoudenId, jaar, na, op);
  const uit = await schrijfHerziening(
    tx,
    o,
    huishoudenId,
    jaar,
    herziening,
    {
      toelichting: `melding woningcorporatie (${melder.naam}): huur per ${m.ingangsdatum}`,
      wijziging: 'huur-verhuurder',
    },
    op,
  );
  const veranderd = herziening.effecten.filter(isVeranderd);
  if (uit.beschikkingen.length > 0 || uit.zaken.length > 0 || veranderd.length > 0) {
    await stuurBericht(tx, {
      huishoudenId,
      soort: BERICHT_HUUR,
      sleutel: berichtSleutel(melder),
      gegevens: {
        verhuurder: melder.naam,
        ingangsdatum: m.ingangsdatum,
        jaar,
        oud: w.oud,
        nieuw: { kaleHuur: w.nieuwWaarde.kaleHuur, servicekosten: w.nieuwWaarde.servicekosten },
        effecten: veranderd.map(berichtEffect),
        doelmatigheidsgrens: doelmatigheidsgrens(o.wetgeving, jaar),
        beschikkingen: uit.beschikkingen,
      },
      op,
    });
  }
  return uit;
}

/**
 * Opens (or joins) the household's case for a rent that contradicts what the citizen said, with
 * both values, and tells the household when the case is new. Returns the case id.
 */
export async function verwerkHuurAfwijking(
  tx: Sql,
  huishoudenId: number,
  m: HuurMeldingInhoud,
  a: HuurAfwijking,
  melder: Melder,
  op: string,
): Promise<number> {
  const jaar = Number(m.ingangsdatum.slice(0, 4));
  const open = await openZaakVan(tx, huishoudenId, 'partner-afwijking', jaar);
  if (open !== undefined) return open;
  const z = await maakZaak(
    tx,
    {
      soort: 'partner-afwijking',
      huishoudenId,
      onderwerp: `Huurtoeslag ${jaar}: de huur die de verhuurder meldt wijkt af van de opgave van de huurder`,
      redenen: ['HUUR_MELDING_WIJKT_AF'],
      // Both values (eurocents); the corporation by its client id, no BSN (the case is the household's).
      toelichting: {
        verhuurder: melder.clientId,
        meldingId: melder.meldingId,
        ingangsdatum: m.ingangsdatum,
        ...a,
      },
      prioriteit: 2,
      regeling: 'huurtoeslag',
      jaar,
    },
    { id: `partner:${melder.clientId}`, rol: 'partner' },
    op,
  );
  await stuurBericht(tx, {
    huishoudenId,
    soort: BERICHT_HUUR_AFWIJKING,
    sleutel: berichtSleutel(melder),
    gegevens: { verhuurder: melder.naam, ingangsdatum: m.ingangsdatum, jaar, ...a, zaakId: z.id },
    op,
  });
  return z.id;
}
