/**
 * @module
 * The penalty (dwangsom) when the decision on an objection is late.
 * - Awir art. 12 lid 2: paragraph 4.1.3.2 Awb (art. 4:17–4:20) applies to Dienst Toeslagen only to
 *   the beschikking tot toekenning (art. 14: the definitive calculation) and decisions on
 *   objections against it; for an objection against an advance (voorschot) there is no penalty.
 *   The amount is € 10 for every week in default, at most € 100; at most € 30 when the toekenning
 *   leads to a back-payment or recovery smaller than € 100 (onder a); none when that amount is
 *   smaller than € 30 (onder b). (Verified in the consolidated Awir, 2026-01-01.)
 * - Awb art. 4:17 lid 3: the first day is the day two weeks have passed after the day on which the
 *   decision term had ended and a written notice of default (ingebrekestelling) was received. A
 *   notice received before the term ended does not count (it cannot put the organ in default).
 * - "Every week in default": we count whole weeks from the first day up to the day before the
 *   decision (our reading; needs confirmation). The € 100 cap of art. 12 replaces the 42 days of
 *   4:17 lid 1 for Dienst Toeslagen (€ 10 × 42 days would never reach it).
 */
import { type CivilDate, type Eurocent, eurocent } from '@regelmaat/kernel';
import { dagnummerVan, uitDagnummer } from './kalender';

export const DWANGSOM_AWIR = {
  perWeek: 1_000,
  maximum: 10_000,
  klein: { onder: 10_000, maximum: 3_000 },
  geen: { onder: 3_000 },
  bron: 'Awir art. 12 lid 2 (tekst 2026-01-01); Awb art. 4:17 lid 3',
} as const;

/** Awb art. 4:17 lid 3: two weeks. */
export const DWANGSOM_WACHTDAGEN = 14;

export interface DwangsomInvoer {
  /** Whether the contested decision is the definitive calculation (Awir art. 14). */
  readonly tegenDefinitieveBerekening: boolean;
  /** The back-payment or recovery of that calculation, eurocents, ≥ 0. */
  readonly naTeBetalenOfTerugTeVorderen: Eurocent;
  /** The last day of the decision term. */
  readonly laatsteDagBeslistermijn: CivilDate;
  /** The day a written notice of default was received. */
  readonly ingebrekestellingOntvangen?: CivilDate;
  /** The day the decision was given, or today while none was given. */
  readonly totEnMet: CivilDate;
}

export type Dwangsom =
  | { readonly soort: 'niet-van-toepassing'; readonly reden: 'geen-definitieve-berekening' }
  | {
      readonly soort: 'niet-van-toepassing';
      readonly reden: 'bedrag-onder-30';
      /** The amount below which no penalty is owed (Awir art. 12 lid 2 onder b). */
      readonly ondergrens: Eurocent;
    }
  | { readonly soort: 'geen-ingebrekestelling' }
  | { readonly soort: 'ingebrekestelling-te-vroeg' }
  | {
      readonly soort: 'loopt' | 'nog-niet';
      /** The first day a penalty is owed. */
      readonly eersteDag: CivilDate;
      readonly wekenInGebreke: number;
      readonly bedrag: Eurocent;
      /** The penalty for each full week in default (Awir art. 12 lid 2). */
      readonly perWeek: Eurocent;
      readonly maximum: Eurocent;
    };

export function dwangsom(i: DwangsomInvoer): Dwangsom {
  if (!i.tegenDefinitieveBerekening)
    return { soort: 'niet-van-toepassing', reden: 'geen-definitieve-berekening' };
  if (i.naTeBetalenOfTerugTeVorderen < 0) throw new RangeError('bedrag moet ≥ 0 zijn');
  if (i.naTeBetalenOfTerugTeVorderen < DWANGSOM_AWIR.geen.onder)
    return {
      soort: 'niet-van-toepassing',
      reden: 'bedrag-onder-30',
      ondergrens: eurocent(DWANGSOM_AWIR.geen.onder),
    };
  if (!i.ingebrekestellingOntvangen) return { soort: 'geen-ingebrekestelling' };
  const einde = dagnummerVan(i.laatsteDagBeslistermijn);
  const ontvangen = dagnummerVan(i.ingebrekestellingOntvangen);
  if (ontvangen <= einde) return { soort: 'ingebrekestelling-te-vroeg' };
  const eerste = ontvangen + DWANGSOM_WACHTDAGEN;
  const maximum =
    i.naTeBetalenOfTerugTeVorderen < DWANGSOM_AWIR.klein.onder
      ? DWANGSOM_AWIR.klein.maximum
      : DWANGSOM_AWIR.maximum;
  const dagen = dagnummerVan(i.totEnMet) - eerste;
  const weken = Math.max(0, Math.floor(dagen / 7));
  return {
    soort: dagen >= 0 ? 'loopt' : 'nog-niet',
    eersteDag: uitDagnummer(eerste),
    wekenInGebreke: weken,
    bedrag: eurocent(Math.min(maximum, weken * DWANGSOM_AWIR.perWeek)),
    perWeek: eurocent(DWANGSOM_AWIR.perWeek),
    maximum: eurocent(maximum),
  };
}
