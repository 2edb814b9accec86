/**
 * @module
 * The zienswijze before a high recovery (issue 15, Awir art. 26b). A definitive run holds the
 * decisions of a household whose recovery is € 1,500 or more, opens a hearing case in team
 * Invordering and writes the zienswijze letter as data (@regelmaat/invordering). Here:
 * - the person reads the letter and responds in the portal (own household only; another's
 *   zienswijze looks exactly like one that does not exist); a case worker writes down a response
 *   given by phone (`contact:vastleggen`);
 * - the case worker who holds the case decides it (`zaak:behandelen`): only after a response or
 *   once the term has passed, and never while a maatwerk decision of the case waits for a team
 *   lead's approval (four-eyes, migration 013). A lower recovery (Awir art. 13b, 26 lid 2) comes
 *   only from the existing maatwerk flow; whether it was lowered is read from the case's maatwerk
 *   decisions in force, never taken from the request. Deciding writes a decision version
 *   (aanleiding 'zienswijze', dated today) for every toeslag still held, books the recoveries and
 *   back-payments of the year's definitive decisions in force, and closes the case — one transaction.
 * Every read and write is logged for each person of the household.
 */
import {
  beschikkingenVan,
  doelmatigheidsgrens,
  geldende,
  stelEenAangehoudenVast,
} from '@regelmaat/beschikking';
import { type ZienswijzeBrief, zienswijzeBriefHtmlFragment } from '@regelmaat/brieven';
import type { Sql } from '@regelmaat/db';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import {
  bewaarAfronding,
  bewaarReactie,
  boekBeschikkingen,
  type Zienswijze,
  zienswijze,
  zienswijzenVan,
  zienswijzeVanZaak,
} from '@regelmaat/invordering';
import { Conflict, eurocent, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { REGELINGEN, type RegelingId } from '@regelmaat/law';
import { maatwerkbesluitenVanZaak, sluitZaak, type Zaak, zaak } from '@regelmaat/zaken';
import { schrijfAangepasteVersie } from '../aangepaste-versie';
import { AFZENDER } from '../brieven/afzender';
import { woonplaatsVan } from '../brieven/brief-vullen';
import { actorVan, type Context, vereis } from '../context';
import { huishoudenVoor } from '../huishouden';
import type { Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';
import { valideer } from '../verzoeken/valideer';
import { ZienswijzeReactieVerzoek } from '../verzoeken/zienswijze';

const naamVan = (regeling: string) => REGELINGEN.find((r) => r.id === regeling)?.naam ?? regeling;

/** Where the person responds online (the portal page of the recovery). */
export const ZIENSWIJZE_URL = 'https://regelmaat.example/mijn/terugbetalen';

/** The reference on the letter: year of the letter and the zienswijze's id. */
export const zienswijzeKenmerk = (z: Pick<Zienswijze, 'id' | 'briefdatum'>) =>
  `ZW-${z.briefdatum.slice(0, 4)}-${String(z.id).padStart(6, '0')}`;

/** The zienswijze letter from the stored data; the addressee from the dossier as known at the letter date. */
export async function zienswijzeBriefVan(o: Omgeving, tx: Sql, z: Zienswijze): Promise<ZienswijzeBrief> {
  const feiten = await leesDossierFeiten(tx, z.huishoudenId);
  const aanvrager = feiten.find(
    (f) => f.soort === 'persoon' && (f.waarde as { rol?: string }).rol === 'aanvrager',
  )?.persoonBsn;
  return {
    sjabloon: z.sjabloon,
    zienswijze: { id: String(z.id) },
    briefdatum: z.briefdatum,
    gegevens: {
      kenmerk: zienswijzeKenmerk(z),
      geadresseerde: {
        naam: 'heer of mevrouw',
        bsn: aanvrager ?? '',
        adres: { regels: [woonplaatsVan(feiten, `${z.briefdatum}T23:59:59.999Z`)] },
      },
      afzender: AFZENDER,
      berekeningsjaar: z.jaar,
      regels: z.berekening.map((r) => ({
        naam: naamVan(r.regeling),
        voorschot: eurocent(r.voorschot),
        jaarbedrag: eurocent(r.jaarbedrag),
        terug: eurocent(r.terug),
        nabetaling: eurocent(r.nabetaling),
      })),
      totaal: eurocent(z.terugTeVorderen),
      reagerenUiterlijk: z.reagerenUiterlijk,
      reactieUrl: ZIENSWIJZE_URL,
      doelmatigheidsgrens: eurocent(doelmatigheidsgrens(o.wetgeving, z.jaar)),
    },
  };
}

/** The letter as an HTML `<article>` (values escaped by @regelmaat/brieven), for a page. */
export const zienswijzeHtml = (z: { brief: ZienswijzeBrief }): string => zienswijzeBriefHtmlFragment(z.brief);

export interface ZienswijzeOverzicht extends Zienswijze {
  /** The letter as data, to render. */
  brief: ZienswijzeBrief;
  /** Whether the person can still respond (not yet decided). */
  open: boolean;
}

async function overzicht(o: Omgeving, tx: Sql, z: Zienswijze): Promise<ZienswijzeOverzicht> {
  return { ...z, brief: await zienswijzeBriefVan(o, tx, z), open: z.afronding === null };
}

async function bsnsVan(tx: Sql, huishoudenId: number): Promise<string[]> {
  return personenUitFeiten(await leesDossierFeiten(tx, huishoudenId));
}

/** A household's zienswijzen with their letters (citizen: their own; staff: by `bsn`). */
export async function zienswijzenVoor(
  o: Omgeving,
  ctx: Context,
  vraag: { bsn?: string },
): Promise<ZienswijzeOverzicht[]> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, vraag.bsn, {
    burger: 'eigen-huishouden:lezen',
    staf: 'beschikking:lezen',
  });
  return o.db.transaction(async (tx) => {
    const lijst = await zienswijzenVan(tx, doel.huishoudenId);
    const uit = await Promise.all(lijst.map((z) => overzicht(o, tx, z)));
    if (uit.length > 0)
      await log(o, ctx, tx, 'brief-inzien', 'zienswijze tonen', await bsnsVan(tx, doel.huishoudenId), start);
    return uit;
  });
}

/** The person responds in the portal to their own household's zienswijze, while it is not decided. */
export async function reageerOpZienswijze(
  o: Omgeving,
  ctx: Context,
  id: number,
  tekst: string,
): Promise<ZienswijzeOverzicht> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, undefined, { burger: 'eigen-huishouden:wijzigen' });
  const reactie = valideer(ZienswijzeReactieVerzoek, { tekst }).tekst;
  return o.db.transaction(async (tx) => {
    const z = Number.isSafeInteger(id) && id > 0 ? await zienswijze(tx, id) : undefined;
    if (!z || z.huishoudenId !== doel.huishoudenId) throw new NietGevonden('Deze brief bestaat niet.');
    await bewaarReactie(tx, { zienswijzeId: z.id, kanaal: 'portaal', tekst: reactie, op: start });
    await log(o, ctx, tx, 'contact-vastleggen', 'zienswijze geven', await bsnsVan(tx, z.huishoudenId), start);
    return overzicht(o, tx, (await zienswijze(tx, z.id))!);
  });
}

async function zaakMetZienswijze(tx: Sql, zaakId: number): Promise<{ z: Zaak; w: Zienswijze }> {
  const z = Number.isSafeInteger(zaakId) && zaakId > 0 ? await zaak(tx, zaakId) : undefined;
  if (!z) throw new NietGevonden(`Zaak ${zaakId} bestaat niet.`);
  const w = await zienswijzeVanZaak(tx, z.id);
  if (!w) throw new NietGevonden(`Zaak ${zaakId} heeft geen zienswijze.`);
  return { z, w };
}

/** The zienswijze of a hearing case, with its letter (staff). */
export async function zienswijzeVanZaakVoor(
  o: Omgeving,
  ctx: Context,
  zaakId: number,
): Promise<ZienswijzeOverzicht> {
  vereis(ctx, 'zaak:lezen');
  const start = o.klok();
  return o.db.transaction(async (tx) => {
    const { w } = await zaakMetZienswijze(tx, zaakId);
    await log(o, ctx, tx, 'zaak-behandelen', 'zienswijze tonen', await bsnsVan(tx, w.huishoudenId), start);
    return overzicht(o, tx, w);
  });
}

/** A case worker writes down the response the person gave by phone. */
export async function legTelefonischeZienswijzeVast(
  o: Omgeving,
  ctx: Context,
  zaakId: number,
  tekst: string,
): Promise<ZienswijzeOverzicht> {
  const s = vereis(ctx, 'contact:vastleggen');
  const start = o.klok();
  const reactie = valideer(ZienswijzeReactieVerzoek, { tekst }).tekst;
  return o.db.transaction(async (tx) => {
    const { w } = await zaakMetZienswijze(tx, zaakId);
    await bewaarReactie(tx, {
      zienswijzeId: w.id,
      kanaal: 'telefoon',
      tekst: reactie,
      door: s.id,
      op: start,
    });
    await log(
      o,
      ctx,
      tx,
      'contact-vastleggen',
      'zienswijze telefonisch vastleggen',
      await bsnsVan(tx, w.huishoudenId),
      start,
    );
    return overzicht(o, tx, (await zienswijze(tx, w.id))!);
  });
}

export interface ZienswijzeBesluit {
  zienswijze: ZienswijzeOverzicht;
  uitkomst: 'ongewijzigd' | 'verlaagd';
  /** The decision versions written now for the toeslagen that were held (aanleiding 'zienswijze'). */
  vrijgegeven: number[];
  /** How many recoveries and back-payments were booked. */
  vorderingen: number;
  nabetalingen: number;
}

/**
 * The case worker who holds the hearing case decides it: the held decisions go out, the recoveries
 * are booked and the case is closed. `versie` is the case's version (optimistic locking).
 */
export async function rondZienswijzeAf(
  o: Omgeving,
  ctx: Context,
  zaakId: number,
  invoer: { versie: number; motivering: string },
): Promise<ZienswijzeBesluit> {
  const s = vereis(ctx, 'zaak:behandelen');
  const op = o.klok();
  const vandaag = op.slice(0, 10);
  if (typeof invoer.motivering !== 'string' || invoer.motivering.trim() === '')
    throw new Ongeldig([{ naam: 'motivering', reden: 'Schrijf op hoe u de zienswijze heeft gewogen.' }]);
  return o.db.transaction(async (tx) => {
    const { z, w } = await zaakMetZienswijze(tx, zaakId);
    if (w.afronding) throw new Conflict('niet-toegestaan', 'Over deze zienswijze is al beslist.');
    if (z.behandelaar !== s.id)
      throw new Conflict(
        'niet-toegestaan',
        'Pak de zaak eerst op. Alleen de behandelaar beslist over de zienswijze.',
      );
    // Awir art. 26b: the person must have had the chance to respond.
    if (w.reacties.length === 0 && vandaag <= w.reagerenUiterlijk)
      throw new Conflict(
        'niet-toegestaan',
        `Er is nog geen reactie en de termijn loopt tot en met ${w.reagerenUiterlijk}. Wacht op de reactie of de termijn.`,
      );
    const besluiten = await maatwerkbesluitenVanZaak(tx, z.id);
    if (besluiten.some((b) => b.status === 'wacht-op-goedkeuring'))
      throw new Conflict(
        'niet-toegestaan',
        'Een maatwerkbesluit van deze zaak wacht op goedkeuring van een teamleider (vier ogen). Beslis daarna.',
      );
    const verlaagd = besluiten.some((b) => b.status === 'van-kracht');
    const uitkomst = verlaagd ? 'verlaagd' : 'ongewijzigd';
    const vrijgegeven: number[] = [];
    for (const r of new Set(w.berekening.map((x) => x.regeling))) {
      const alle = await beschikkingenVan(tx, w.huishoudenId);
      const huidig = geldende(alle, w.jaar, 'definitief').get(r as RegelingId);
      if (huidig?.status !== 'aangehouden') continue;
      // A maatwerk decision of this case (Awir 26 lid 2, approved) was held while the case was
      // open: it is the decision the zienswijze's outcome rests on, so it is made as it is.
      if (huidig.aanleiding === 'maatwerk') {
        await stelEenAangehoudenVast(tx, huidig.id);
        vrijgegeven.push(huidig.id);
        continue;
      }
      vrijgegeven.push(
        await schrijfAangepasteVersie(o, tx, {
          aanleiding: 'zienswijze',
          huishoudenId: w.huishoudenId,
          regeling: r as RegelingId,
          jaar: w.jaar,
          bedrag: (basis) => basis.jaarbedrag,
          toelichting:
            w.reacties.length > 0
              ? 'zienswijze: reactie gewogen'
              : 'zienswijze: geen reactie binnen de termijn',
        }),
      );
    }
    const inKracht = [...geldende(await beschikkingenVan(tx, w.huishoudenId), w.jaar, 'definitief').values()]
      .filter((b) => b.status === 'vastgesteld')
      .map((b) => b.id);
    const geboekt = await boekBeschikkingen(tx, inKracht);
    await bewaarAfronding(tx, {
      zienswijzeId: w.id,
      uitkomst,
      motivering: invoer.motivering,
      door: s.id,
      op,
    });
    await sluitZaak(
      tx,
      z.id,
      invoer.versie,
      verlaagd
        ? 'Zienswijze gewogen; terugvordering verlaagd met maatwerk'
        : 'Zienswijze gewogen; terugvordering ongewijzigd',
      actorVan(s),
      op,
    );
    const bsns = await bsnsVan(tx, w.huishoudenId);
    await log(o, ctx, tx, 'zaak-behandelen', 'zienswijze afronden', bsns, op);
    await log(o, ctx, tx, 'definitief-vaststellen', 'terugvordering na zienswijze vaststellen', bsns, op);
    return {
      zienswijze: await overzicht(o, tx, (await zienswijze(tx, w.id))!),
      uitkomst,
      vrijgegeven,
      vorderingen: geboekt.vorderingen,
      nabetalingen: geboekt.nabetalingen,
    };
  });
}
