/**
 * @module
 * The letter a maatwerk decision will get, before it is sent: while it waits for a team lead's
 * approval, the case worker and the team lead read the letter the citizen would receive. It is
 * filled as the decision version would be written (`schrijfMaatwerkVersie` in ../maatwerk.ts): on
 * the definitive decision in force, else on the advance in force with the payments already made
 * kept. Nothing is stored: the letter is fixed only when the decision takes effect.
 */

import {
  type BeschikkingVersie,
  beschikkingenVan,
  betalingenVan,
  geldende,
  nieuwSchema,
  voorschotTotaalVan,
} from '@regelmaat/beschikking';
import { briefHtmlFragment } from '@regelmaat/brieven';
import { huishoudenUitFeiten } from '@regelmaat/dossier';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { eurocent, NietGevonden, Onverwerkbaar } from '@regelmaat/kernel';
import type { RegelingId } from '@regelmaat/law';
import { maatwerkbesluit } from '@regelmaat/zaken';
import { beschikkingMetUitleg } from '../beschikkingen';
import { type Context, vereis } from '../context';
import type { Omgeving } from '../omgeving';
import { log, personen } from '../verwerkingslog';
import { vulBrief } from './brief-vullen';
import { onderwerpVan } from './brieven';

export interface MaatwerkBriefVoorbeeld {
  maatwerkbesluitId: number;
  onderwerp: string;
  /** The letter's `<article>`, marked as a preview in its number. */
  html: string;
}

export async function maatwerkBriefVoorbeeld(
  o: Omgeving,
  ctx: Context,
  maatwerkbesluitId: number,
): Promise<MaatwerkBriefVoorbeeld> {
  vereis(ctx, 'zaak:lezen');
  const op = o.klok();
  const besluit = await maatwerkbesluit(o.db, maatwerkbesluitId);
  if (!besluit) throw new NietGevonden('Dit maatwerkbesluit bestaat niet.');
  const regeling = besluit.regeling as RegelingId;
  const alle = await beschikkingenVan(o.db, besluit.huishoudenId);
  const definitief = geldende(alle, besluit.jaar, 'definitief').get(regeling);
  const basis = definitief ?? geldende(alle, besluit.jaar, 'voorschot').get(regeling);
  if (!basis)
    throw new Onverwerkbaar(
      'geen-beschikking',
      `Er is geen beschikking ${regeling} ${besluit.jaar} om aan te passen.`,
    );
  const uitleg = await beschikkingMetUitleg(o, ctx, basis.id);
  if (!uitleg.berekening)
    throw new Onverwerkbaar('brief-niet-te-maken', 'De berekening van de beschikking is niet te herhalen.');
  const berekening = uitleg.berekening;
  return o.db.transaction(async (tx) => {
    const bedrag = besluit.afwijking.bedrag;
    const maandbedragen = definitief
      ? definitief.maandbedragen
      : nieuwSchema(
          bedrag,
          (await betalingenVan(tx, besluit.huishoudenId, besluit.jaar)).get(regeling) ??
            new Array(12).fill(null),
        );
    const versie: BeschikkingVersie = {
      ...basis,
      jaarbedrag: eurocent(bedrag),
      maandbedragen,
      aanleiding: 'maatwerk',
      vorigeId: basis.id,
      maatwerkbesluitId: besluit.id,
      aangemaaktOp: op,
    };
    const feiten = await leesDossierFeiten(tx, besluit.huishoudenId);
    const dossier = huishoudenUitFeiten(feiten, {
      jaar: basis.jaar,
      bekendOp: basis.bekendOp,
      variant: basis.soort === 'definitief' ? 'definitief' : 'schatting',
    });
    const brief = vulBrief({
      beschikking: versie,
      versieNummer:
        1 +
        alle.filter((b) => b.regeling === regeling && b.jaar === besluit.jaar && b.soort === basis.soort)
          .length,
      vorige: basis,
      berekening,
      dossier,
      feiten,
      ...(definitief ? { alBetaald: await voorschotTotaalVan(tx, definitief.id) } : {}),
      maatwerk: besluit,
    });
    const voorbeeld = {
      ...brief,
      beschikking: { ...brief.beschikking, id: 'voorbeeld' },
      gegevens: { ...brief.gegevens, beschikkingsnummer: 'voorbeeld (nog niet verzonden)' },
    };
    await log(o, ctx, tx, 'brief-inzien', 'voorbeeld brief maatwerk', personen(dossier.bsn), op);
    return {
      maatwerkbesluitId: besluit.id,
      onderwerp: onderwerpVan(versie),
      html: briefHtmlFragment(voorbeeld),
    };
  });
}
