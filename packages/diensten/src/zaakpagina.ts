/**
 * @module
 * Everything the case page shows, in one service call: the case with its history, the household's
 * dossier, its maatwerk decisions, the staff's names, and — for a role that may read decisions —
 * the household's letters. Each part is read by its own service, with that service's right and
 * processing-log record; which parts a role gets is decided here, not in the page's route.
 */

import { heeftRecht } from '@regelmaat/toegang';
import type { Maatwerkbesluit } from '@regelmaat/zaken';
import { type BriefInLijst, brievenVan } from './brieven';
import { type Context, ingelogd } from './context';
import { type DossierOverzicht, dossier } from './dossier';
import { maatwerkVanZaak, medewerkerNamen } from './goedkeuringen';
import type { Omgeving } from './omgeving';
import { type ZaakDetail, zaakDetail } from './werk';

export interface ZaakOverzicht {
  detail: ZaakDetail;
  dossier: DossierOverzicht;
  maatwerk: Maatwerkbesluit[];
  /** Staff id → name. */
  namen: Map<string, string>;
  /** The household's letters; absent for a role that may not read decisions. */
  brieven?: BriefInLijst[];
}

/** The case page's data (right `zaak:lezen`, and each part's own). */
export async function zaakOverzicht(o: Omgeving, ctx: Context, id: number): Promise<ZaakOverzicht> {
  const detail = await zaakDetail(o, ctx, id);
  const [d, maatwerk, namen] = await Promise.all([
    dossier(o, ctx, { bsn: detail.bsnAanvrager }),
    maatwerkVanZaak(o, ctx, id),
    medewerkerNamen(o, ctx),
  ]);
  const brieven = heeftRecht(ingelogd(ctx).rol, 'beschikking:lezen')
    ? (await brievenVan(o, ctx, { bsn: detail.bsnAanvrager })).brieven
    : undefined;
  return { detail, dossier: d, maatwerk, namen, ...(brieven ? { brieven } : {}) };
}
