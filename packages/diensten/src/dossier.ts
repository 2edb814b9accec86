/**
 * @module
 * The dossier of a household as a case worker sees it: every fact with its source, validity and
 * when it was recorded or superseded; every decision version; payments; cases and contacts.
 */

import { type BeschikkingVersie, beschikkingenVan, betalingenVan } from '@regelmaat/beschikking';
import type { Feit } from '@regelmaat/dossier';
import { huishoudenUitFeiten } from '@regelmaat/dossier';
import { leesDossierFeiten, type Partnerclaim, partnerclaimsVan } from '@regelmaat/dossier-opslag';
import { type Contact, contacten, werkvoorraad, type Zaak } from '@regelmaat/zaken';
import type { Context } from './context';
import { huishoudenVoor } from './huishouden';
import { datumVan, type Omgeving } from './omgeving';
import { log, personen } from './verwerkingslog';

export interface DossierOverzicht {
  huishoudenId: number;
  personen: { bsn: string; rol: string; geboortedatum: string }[];
  feiten: (Feit & { id: number })[];
  beschikkingen: BeschikkingVersie[];
  betalingen: { regeling: string; maand: number; bedrag: number }[];
  zaken: Zaak[];
  contacten: Contact[];
  /**
   * Partners this household's applicant declared who are not in the household per the registry
   * (issue 10, item 2): claims to verify in their `partner-verificatie` case. Not members: nothing
   * of the claimed person's own dossier is shown here.
   */
  partnerclaims: Partnerclaim[];
}

export type { Partnerclaim };

export async function dossier(o: Omgeving, ctx: Context, vraag: { bsn: string }): Promise<DossierOverzicht> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, vraag.bsn, { staf: 'dossier:lezen' });
  const jaar = Number(datumVan(start).slice(0, 4));
  return o.db.transaction(async (tx) => {
    const feiten = await leesDossierFeiten(tx, doel.huishoudenId);
    const bekend = huishoudenUitFeiten(feiten, { jaar, variant: 'schatting', bekendOp: start });
    const beschikkingen = await beschikkingenVan(tx, doel.huishoudenId);
    const betaald = await betalingenVan(tx, doel.huishoudenId, jaar);
    const zaken = await werkvoorraad(tx, { huishoudenId: doel.huishoudenId, limiet: 100 }, datumVan(start));
    const c = await contacten(tx, doel.huishoudenId);
    const partnerclaims = await partnerclaimsVan(tx, doel.huishoudenId);
    // The claims name other persons (the claimed partners): they are logged too.
    await log(
      o,
      ctx,
      tx,
      'dossier-inzien',
      'dossier inzien',
      [...personen(bekend.bsn), ...partnerclaims.map((p) => p.partnerBsn)],
      start,
    );
    return {
      huishoudenId: doel.huishoudenId,
      personen: feiten
        .filter((f) => f.soort === 'persoon' && !f.vervallenOp)
        .map((f) => {
          const w = f.waarde as { rol: string; geboortedatum: string };
          return { bsn: f.persoonBsn!, rol: w.rol, geboortedatum: w.geboortedatum };
        }),
      feiten,
      beschikkingen,
      betalingen: [...betaald].flatMap(([regeling, maanden]) =>
        maanden.flatMap((bedrag, i) => (bedrag === null ? [] : [{ regeling, maand: i + 1, bedrag }])),
      ),
      zaken: zaken.zaken,
      contacten: c,
      partnerclaims,
    };
  });
}
