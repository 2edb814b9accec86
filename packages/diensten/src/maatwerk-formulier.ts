/**
 * @module
 * What the maatwerk form of a case shows, gathered in one service: the case, the toeslag and year
 * it is about (the chosen one, else the case's own, else the household's first), what the law gives
 * (computed by the server, never typed in; or why it cannot be computed), comparable earlier
 * decisions, the four-eyes threshold, and — when the case worker asks to check an amount — whether
 * it deviates from the comparable decisions. The web edge only validates and renders.
 */

import { DienstFout } from '@regelmaat/kernel';
import { isRegelingId, REGELING_IDS, type RegelingId } from '@regelmaat/law';
import {
  afwijkingVanVergelijkbaar,
  type VergelijkbaarBesluit,
  type Waarschuwing,
  type Zaak,
} from '@regelmaat/zaken';
import type { Context } from './context';
import { goedkeuringsdrempelVan, standaardUitkomstVoorZaak, vergelijkbaarVoorZaak } from './maatwerk';
import type { Omgeving } from './omgeving';
import { overzicht } from './overzicht';
import { RegelingVeld } from './verzoeken/velden';
import { zaakDetail } from './werk';

export interface MaatwerkFormulierGegevens {
  zaak: Zaak;
  regeling: RegelingId;
  jaar: number;
  standaard: { bedrag: number; omschrijving: string } | { melding: string };
  vergelijkbaar: VergelijkbaarBesluit[];
  drempel: number;
  waarschuwing?: Waarschuwing;
}

export async function maatwerkFormulier(
  o: Omgeving,
  ctx: Context,
  zaakId: number,
  vraag: { regeling?: string; controleerAfwijking?: number } = {},
): Promise<MaatwerkFormulierGegevens> {
  const detail = await zaakDetail(o, ctx, zaakId);
  const z = detail.zaak;
  const jaar = z.jaar ?? Number(o.klok().slice(0, 4));
  const gekozen = RegelingVeld.safeParse(vraag.regeling);
  const regeling: RegelingId = gekozen.success
    ? gekozen.data
    : ([
        z.regeling,
        (await overzicht(o, ctx, { bsn: detail.bsnAanvrager, jaar })).toeslagen[0]?.regeling,
      ].find(isRegelingId) ?? REGELING_IDS[0]);
  let standaard: MaatwerkFormulierGegevens['standaard'];
  try {
    standaard = await standaardUitkomstVoorZaak(o, ctx, zaakId, { regeling, jaar });
  } catch (e) {
    // No standard outcome (no decision, no readable dossier): the form says why.
    if (!(e instanceof DienstFout && e.status === 422)) throw e;
    standaard = { melding: e.message };
  }
  const standaardBedrag = 'bedrag' in standaard ? standaard.bedrag : 0;
  const vergelijkbaar = await vergelijkbaarVoorZaak(o, ctx, zaakId, {
    regeling,
    jaar,
    bedrag: standaardBedrag,
  });
  const waarschuwing =
    vraag.controleerAfwijking !== undefined && 'bedrag' in standaard
      ? afwijkingVanVergelijkbaar(
          { standaardBedrag, afwijkingBedrag: vraag.controleerAfwijking },
          vergelijkbaar,
        )
      : undefined;
  return {
    zaak: z,
    regeling,
    jaar,
    standaard,
    vergelijkbaar,
    drempel: goedkeuringsdrempelVan(o),
    ...(waarschuwing ? { waarschuwing } : {}),
  };
}
