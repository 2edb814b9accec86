/**
 * @module
 * A citizen reports a change (C10): income estimate, rent or moving, childcare hours, a new
 * partner. First a preview — the new monthly amounts and what reporting now avoids (the recovery
 * that would otherwise come after the year) — then, when confirmed, in one transaction: the new
 * facts (old ones superseded, never overwritten), a new advance decision version per toeslag whose
 * amount changes (Awir art. 16: the advance is revised), and the processing log.
 *
 * Maatwerk in force is never dropped by a change (issue 10, item 12). When the advance in force for
 * a toeslag is a maatwerk version, that version stays in force and a case is opened in the maatwerk
 * team's queue ('maatwerk-verzoek', reason WIJZIGING_BIJ_MAATWERK) with the new standard amount, so
 * a case worker decides again on the new facts (a new maatwerk decision, with four-eyes when it
 * needs it). The approved deviation was weighed for the old situation; carrying it over as an
 * absolute or relative amount would put an amount into force that nobody weighed. The preview says
 * exactly this: the amount stays, what the standard rule would now give, and that a case worker
 * will look at it.
 */

import { doelmatigheidsgrens } from '@regelmaat/beschikking';
import type { Sql } from '@regelmaat/db';
import { type Feit, huishoudenUitFeiten } from '@regelmaat/dossier';
import {
  type DossierFeit,
  koppelPartnerclaimAanZaak,
  leesDossierFeiten,
  legPartnerclaimVast,
  vergrendelHuishouden,
  wijzigFeiten,
} from '@regelmaat/dossier-opslag';
import { Conflict, eurosToCents, isValidBsn, Ongeldig } from '@regelmaat/kernel';
import { REGELINGEN, type RegelingId } from '@regelmaat/law';
import { maakZaak } from '@regelmaat/zaken';
import { actorVan, type Context } from './context';
import { type Doel, huishoudenVoor } from './huishouden';
import { datumVan, type Omgeving } from './omgeving';
import { log, personen } from './verwerkingslog';
import { herzieningVan, schrijfHerziening, type WijzigingsEffect } from './voorschot-herzien';

export { eersteOnbetaaldeMaand, WIJZIGING_BIJ_MAATWERK, type WijzigingsEffect } from './voorschot-herzien';

export type Wijziging =
  | { soort: 'inkomen'; persoon: 'aanvrager' | 'toeslagpartner'; bedrag: number }
  | { soort: 'huur'; vanaf: string; kaleHuur: number; servicekosten: number }
  | { soort: 'verhuizing'; vanaf: string; woonplaats: string; kaleHuur?: number; servicekosten?: number }
  | { soort: 'kinderopvang'; kind: number; vanaf: string; urenPerMaand: number; uurprijs?: number }
  | { soort: 'partner'; vanaf: string; bsn: string; geboortedatum: string; inkomen: number };

export interface WijzigingsUitkomst {
  bevestigd: boolean;
  huishoudenId: number;
  jaar: number;
  effecten: WijzigingsEffect[];
  /** Ids of the new advance decisions (only when confirmed). */
  nieuweBeschikkingen: number[];
  /**
   * A partner who is not in the household per the registry (BRP) is recorded as a claim, not as a
   * fact: it is checked in a case (`partner-verificatie`, with its id once confirmed) and counts for
   * nothing until then. No effects and no data of the other person.
   */
  partnerclaim?: { status: 'te-controleren'; zaakId?: number };
  /**
   * Ids of the cases opened for a case worker (only when confirmed): because maatwerk is in force,
   * or because the exception rules found something in the revision (uitval/uitval-buiten-run.ts).
   */
  nieuweZaken: number[];
  /** The year's doelmatigheidsgrens (Awir art. 26a, eurocents): a recovery up to it is not collected. */
  doelmatigheidsgrens?: number;
}

type PartnerWijziging = Extract<Wijziging, { soort: 'partner' }>;

/**
 * Whether a reported partner is a claim (issue 10, item 2): yes unless the registry (facts with
 * source 'brp') already lists this person in the claimant's own household. Checks what any partner
 * report must satisfy first.
 */
function isPartnerclaim(
  w: PartnerWijziging,
  feiten: readonly DossierFeit[],
  jaar: number,
  bsn: { aanvrager: string; toeslagpartner?: string },
): boolean {
  if (bsn.toeslagpartner) {
    throw new Ongeldig([{ naam: 'wijziging', reden: 'er is al een toeslagpartner bij ons bekend' }]);
  }
  if (!isValidBsn(w.bsn)) throw new Ongeldig([{ naam: 'wijziging.bsn', reden: 'is geen geldig BSN' }]);
  if (w.bsn === bsn.aanvrager)
    throw new Ongeldig([{ naam: 'wijziging.bsn', reden: 'is uw eigen BSN; vul het BSN van uw partner in' }]);
  if (!ligtInJaar(w.vanaf, jaar)) throw new Ongeldig([{ naam: 'wijziging.vanaf', reden: `ligt na ${jaar}` }]);
  return !feiten.some(
    (f) => f.soort === 'persoon' && !f.vervallenOp && f.bron === 'brp' && f.persoonBsn === w.bsn,
  );
}

/**
 * Records a partner claim and opens its verification case in the team queue, in the caller's
 * transaction. A second report of the same partner while the first is being checked is refused.
 */
async function claimPartner(
  tx: Sql,
  doel: Doel,
  w: PartnerWijziging,
  jaar: number,
  op: string,
): Promise<number> {
  const claimId = await legPartnerclaimVast(tx, {
    huishoudenId: doel.huishoudenId,
    claimantBsn: doel.bsn,
    partnerBsn: w.bsn,
    vanaf: w.vanaf,
    geboortedatum: w.geboortedatum,
    jaar,
    inkomen: w.inkomen,
    geregistreerdOp: op,
  });
  if (claimId === undefined)
    throw new Conflict(
      'partner-al-opgegeven',
      'U heeft deze partner al doorgegeven. Wij controleren dit nog.',
    );
  const zaak = await maakZaak(
    tx,
    {
      soort: 'partner-verificatie',
      huishoudenId: doel.huishoudenId,
      onderwerp: 'Opgegeven partner controleren met de basisregistratie',
      redenen: ['PARTNER_NIET_IN_BRP'],
      toelichting: { partnerclaim: claimId },
      prioriteit: 2,
      jaar,
    },
    actorVan(doel.sessie),
    op,
  );
  await koppelPartnerclaimAanZaak(tx, claimId, zaak.id);
  return zaak.id;
}

const ligtInJaar = (datum: string, jaar: number) => Number(datum.slice(0, 4)) <= jaar;

/** Supersedes the facts `geldt` from `vanaf` on: earlier parts are kept as copies ending at `vanaf`. */
function vervangVanaf(
  feiten: readonly DossierFeit[],
  geldt: (f: DossierFeit) => boolean,
  vanaf: string,
  op: string,
): { nieuw: Feit[]; vervallen: number[] } {
  const nieuw: Feit[] = [];
  const vervallen: number[] = [];
  for (const f of feiten) {
    if (f.vervallenOp || !geldt(f)) continue;
    if (f.geldigTot && f.geldigTot <= vanaf) continue; // ended before the change: untouched
    vervallen.push(f.id);
    if (!f.geldigVanaf || f.geldigVanaf < vanaf) {
      const { id: _id, ...rest } = f;
      nieuw.push({ ...rest, geldigTot: vanaf, geregistreerdOp: op } as Feit);
    }
  }
  return { nieuw, vervallen };
}

/**
 * The facts a change adds and the ids of those it supersedes, without writing anything (also used to
 * preview a change that a life event will bring, `levensgebeurtenissen/`).
 */
export function alsFeiten(
  w: Wijziging,
  feiten: readonly DossierFeit[],
  jaar: number,
  bsn: { aanvrager: string; toeslagpartner?: string; kinderen: readonly string[] },
  op: string,
): { nieuw: Feit[]; vervallen: number[] } {
  const huidig = feiten.filter((f) => !f.vervallenOp);
  switch (w.soort) {
    case 'inkomen': {
      const persoonBsn = w.persoon === 'aanvrager' ? bsn.aanvrager : bsn.toeslagpartner;
      if (!persoonBsn)
        throw new Ongeldig([{ naam: 'wijziging.persoon', reden: 'u heeft geen toeslagpartner' }]);
      const oud = huidig.filter(
        (f) =>
          f.soort === 'inkomen_schatting' &&
          f.persoonBsn === persoonBsn &&
          (f.waarde as { jaar: number }).jaar === jaar,
      );
      const bedrag = eurosToCents(w.bedrag);
      if (oud.some((f) => (f.waarde as { bedrag: number }).bedrag === bedrag)) {
        throw new Conflict('geen-wijziging', 'Dit inkomen is al bij ons bekend.');
      }
      return {
        vervallen: oud.map((f) => f.id),
        nieuw: [
          {
            soort: 'inkomen_schatting',
            persoonBsn,
            waarde: { jaar, bedrag },
            bron: 'burger',
            geregistreerdOp: op,
          },
        ],
      };
    }
    case 'huur':
    case 'verhuizing': {
      if (!ligtInJaar(w.vanaf, jaar))
        throw new Ongeldig([{ naam: 'wijziging.vanaf', reden: `ligt na ${jaar}` }]);
      const r = vervangVanaf(feiten, (f) => f.soort === 'huur', w.vanaf, op);
      if (w.soort === 'verhuizing') {
        const a = vervangVanaf(feiten, (f) => f.soort === 'adres', w.vanaf, op);
        r.nieuw.push(...a.nieuw);
        r.vervallen.push(...a.vervallen);
        r.nieuw.push({
          soort: 'adres',
          waarde: { woonplaats: w.woonplaats },
          bron: 'burger',
          geldigVanaf: w.vanaf,
          geregistreerdOp: op,
        });
      }
      if (w.kaleHuur !== undefined) {
        r.nieuw.push({
          soort: 'huur',
          waarde: {
            kaleHuur: eurosToCents(w.kaleHuur),
            servicekosten: eurosToCents(w.servicekosten ?? 0),
            zelfstandig: true,
          },
          bron: 'burger',
          geldigVanaf: w.vanaf,
          geregistreerdOp: op,
        });
      }
      return r;
    }
    case 'kinderopvang': {
      const kindBsn = bsn.kinderen[w.kind];
      if (!kindBsn)
        throw new Ongeldig([{ naam: 'wijziging.kind', reden: 'dit kind is niet bij ons bekend' }]);
      if (!ligtInJaar(w.vanaf, jaar))
        throw new Ongeldig([{ naam: 'wijziging.vanaf', reden: `ligt na ${jaar}` }]);
      const oud = huidig.filter((f) => f.soort === 'kinderopvang' && f.persoonBsn === kindBsn).at(-1);
      const oudWaarde = oud?.waarde as Feit<'kinderopvang'>['waarde'] | undefined;
      if (!oudWaarde && w.uurprijs === undefined) {
        throw new Ongeldig([{ naam: 'wijziging.uurprijs', reden: 'is verplicht voor nieuwe opvang' }]);
      }
      const r = vervangVanaf(
        feiten,
        (f) => f.soort === 'kinderopvang' && f.persoonBsn === kindBsn,
        w.vanaf,
        op,
      );
      if (w.urenPerMaand > 0) {
        r.nieuw.push({
          soort: 'kinderopvang',
          persoonBsn: kindBsn,
          waarde: {
            soort: oudWaarde?.soort ?? 'dagopvang',
            urenPerMaand: w.urenPerMaand,
            uurprijs: w.uurprijs !== undefined ? eurosToCents(w.uurprijs) : oudWaarde!.uurprijs,
            geregistreerd: oudWaarde?.geregistreerd ?? true,
          },
          bron: 'burger',
          geldigVanaf: w.vanaf,
          geregistreerdOp: op,
        });
      }
      return r;
    }
    case 'partner': {
      // Only a partner the registry already lists in this household (checked by isPartnerclaim):
      // others are claims and never become facts.
      return {
        vervallen: [],
        nieuw: [
          {
            soort: 'persoon',
            persoonBsn: w.bsn,
            waarde: { rol: 'toeslagpartner', geboortedatum: w.geboortedatum },
            bron: 'burger',
            geldigVanaf: w.vanaf,
            geregistreerdOp: op,
          },
          {
            soort: 'inkomen_schatting',
            persoonBsn: w.bsn,
            waarde: { jaar, bedrag: eurosToCents(w.inkomen) },
            bron: 'burger',
            geregistreerdOp: op,
          },
        ],
      };
    }
  }
}

export async function meldWijziging(
  o: Omgeving,
  ctx: Context,
  vraag: { bsn?: string; jaar?: number; wijziging: Wijziging; bevestig: boolean },
): Promise<WijzigingsUitkomst> {
  const op = o.klok();
  const vandaag = datumVan(op);
  const jaar = vraag.jaar ?? Number(vandaag.slice(0, 4));
  const doel = await huishoudenVoor(o, ctx, vraag.bsn, { burger: 'eigen-huishouden:wijzigen' });
  return o.db.transaction(async (tx) => {
    // Lock the household: two confirmations at once must not both build on the same old decisions.
    await vergrendelHuishouden(tx, doel.huishoudenId);
    const feiten = await leesDossierFeiten(tx, doel.huishoudenId);
    const voor = huishoudenUitFeiten(feiten, { jaar, variant: 'schatting', bekendOp: op });
    const w = vraag.wijziging;
    if (w.soort === 'partner' && isPartnerclaim(w, feiten, jaar, voor.bsn)) {
      // A claim: nothing is computed with it and nothing of the other person is read or shown.
      // Confirmed, it is written — about the claimant and the claimed partner — so both are logged.
      const zaakId = vraag.bevestig ? await claimPartner(tx, doel, w, jaar, op) : undefined;
      await log(
        o,
        ctx,
        tx,
        vraag.bevestig ? 'wijziging-melden' : 'toeslag-berekenen',
        vraag.bevestig ? 'partner opgegeven (te controleren)' : 'voorbeeld partner opgeven',
        vraag.bevestig ? [...personen(voor.bsn), w.bsn] : personen(voor.bsn),
        op,
      );
      return {
        bevestigd: vraag.bevestig,
        huishoudenId: doel.huishoudenId,
        jaar,
        effecten: [],
        nieuweBeschikkingen: [],
        nieuweZaken: [],
        partnerclaim: { status: 'te-controleren' as const, ...(zaakId ? { zaakId } : {}) },
      };
    }
    const { nieuw, vervallen } = alsFeiten(vraag.wijziging, feiten, jaar, voor.bsn, op);
    const na = [
      ...feiten.map((f) => (vervallen.includes(f.id) ? { ...f, vervallenOp: op } : f)),
      ...nieuw.map((f, i) => ({ ...f, id: -1 - i })),
    ];
    const herziening = await herzieningVan(tx, o, doel.huishoudenId, jaar, na, op);
    const { effecten } = herziening;
    let nieuweBeschikkingen: number[] = [];
    let nieuweZaken: number[] = [];
    if (vraag.bevestig) {
      await wijzigFeiten(tx, doel.huishoudenId, nieuw, vervallen, op);
      const uit = await schrijfHerziening(
        tx,
        o,
        doel.huishoudenId,
        jaar,
        herziening,
        { toelichting: `wijziging doorgegeven: ${w.soort}`, wijziging: w.soort },
        op,
      );
      nieuweBeschikkingen = uit.beschikkingen;
      nieuweZaken = uit.zaken;
      await log(o, ctx, tx, 'wijziging-melden', `wijziging ${w.soort}`, personen(herziening.bsn), op);
    } else {
      await log(o, ctx, tx, 'toeslag-berekenen', `voorbeeld wijziging ${w.soort}`, personen(voor.bsn), op);
    }
    return {
      bevestigd: vraag.bevestig,
      huishoudenId: doel.huishoudenId,
      jaar,
      effecten,
      nieuweBeschikkingen,
      nieuweZaken,
      doelmatigheidsgrens: doelmatigheidsgrens(o.wetgeving, jaar),
    };
  });
}
