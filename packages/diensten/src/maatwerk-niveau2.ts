/**
 * @module
 * The level-2 maatwerk page (issue 17): an approved decision "for comparable cases", the open
 * cases that are really comparable (same regeling and year, the same exception rules, each rule's
 * amount alike — zaken/vergelijkbare-zaak.ts) each with its reasons, and the proposals made so far
 * with their review, and the open cases that share a rule but are not comparable, each with the
 * reason (so nobody wonders why a case is missing). Proposing and reviewing are `stelRemedieVoor` and `beoordeelRemedie`
 * (maatwerk.ts). Reading logs every household shown: the decision's case, each comparable and each
 * not-comparable case shown.
 */

import { NietGevonden } from '@regelmaat/kernel';
import {
  huishoudensVanBesluit,
  type Maatwerkbesluit,
  type MaatwerkToepassing,
  maatwerkbesluit,
  type NietVergelijkbaar,
  nietVergelijkbareOpenZaken,
  toepassingen,
  type VergelijkbareZaak,
  vergelijkbareOpenZakenMetRedenen,
} from '@regelmaat/zaken';
import { type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import { huishoudensVanZaken, logHuishoudens } from './verwerkingslog';

export interface Niveau2Overzicht {
  besluit: Maatwerkbesluit;
  vergelijkbaar: VergelijkbareZaak[];
  /** Open cases sharing a rule that are not comparable, each with the reason (not offered). */
  nietVergelijkbaar: NietVergelijkbaar;
  toepassingen: MaatwerkToepassing[];
}

export async function niveau2Overzicht(
  o: Omgeving,
  ctx: Context,
  besluitId: number,
): Promise<Niveau2Overzicht> {
  vereis(ctx, 'zaak:lezen');
  const start = o.klok();
  return o.db.transaction(async (tx) => {
    const besluit = await maatwerkbesluit(tx, besluitId);
    if (!besluit) throw new NietGevonden(`Maatwerkbesluit ${besluitId} bestaat niet.`);
    const vergelijkbaar =
      besluit.niveau === 'geval' ? [] : await vergelijkbareOpenZakenMetRedenen(tx, besluitId);
    const nietVergelijkbaar =
      besluit.niveau === 'geval' ? { zaken: [], aantal: 0 } : await nietVergelijkbareOpenZaken(tx, besluitId);
    const t = await toepassingen(tx, besluitId);
    const huishoudens = [
      ...(await huishoudensVanBesluit(tx, besluitId)),
      ...vergelijkbaar.map((v) => v.zaak.huishoudenId),
      ...nietVergelijkbaar.zaken.map((v) => v.zaak.huishoudenId),
      ...(await huishoudensVanZaken(
        tx,
        t.map((x) => x.zaakId),
      )),
    ];
    await logHuishoudens(o, ctx, tx, 'maatwerk-vastleggen', 'vergelijkbare zaken zoeken', huishoudens, start);
    return { besluit, vergelijkbaar, nietVergelijkbaar, toepassingen: t };
  });
}
