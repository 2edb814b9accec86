/**
 * @module
 * Comparing a housing corporation's rent change with what the dossier holds (issue 16). Pure: the
 * household's facts and the report in, what follows out. The corporation's word is a separate
 * source (`bron: verhuurder`) and never silently overwrites what the citizen said:
 *
 * - **Same rent** as the dossier holds for the report's start date: nothing changes.
 * - **A change**: the rent period that runs on the start date ends the day before it (a copy, the
 *   old fact superseded) and the new rent runs from the start date until that period's own end
 *   (a later period the citizen reported is not touched). The engine counts a start after the 1st
 *   of a month from the next month (Awir art. 5 lid 1; `situatie/maanden.ts`).
 * - **A contradiction** — the citizen reported a rent for exactly this start date, or reported the
 *   running rent *after* the corporation drew up its report, and it differs; or the citizen
 *   reported no rent at all on that date — goes to a case worker with both values; nothing changes.
 */
import type { Feit } from '@regelmaat/dossier';
import type { DossierFeit } from '@regelmaat/dossier-opslag';
import { eurocent } from '@regelmaat/kernel';

export interface HuurMeldingInhoud {
  ingangsdatum: string;
  /** Eurocents a month. */
  kaleHuur: number;
  /** Eurocents a month; absent: the servicekosten the dossier holds stay. */
  servicekosten?: number;
}

type HuurWaarde = Feit<'huur'>['waarde'];

/**
 * Both values of a contradiction (eurocents): what the citizen said (null when no rent) and what the
 * corporation reported (`servicekosten` null when it reported none).
 */
export interface HuurAfwijking {
  burger: { kaleHuur: number; servicekosten: number; gemeldOp: string } | null;
  gemeld: { kaleHuur: number; servicekosten: number | null };
}

export type HuurAfstemming =
  | { soort: 'gelijk' }
  | {
      soort: 'wijziging';
      /** The rent that ran on the start date (eurocents). */
      oud: { kaleHuur: number; servicekosten: number };
      nieuwWaarde: HuurWaarde;
      vervallen: number[];
      nieuw: Feit[];
    }
  | { soort: 'afwijking'; afwijking: HuurAfwijking };

const loopt = (f: DossierFeit, datum: string) =>
  (f.geldigVanaf ?? '0000-01-01') <= datum && (f.geldigTot ?? '9999-12-31') > datum;

/**
 * What a rent report means against the household's current facts. `opgesteldOp` is when the
 * corporation drew it up, `op` now (the new facts' recording time).
 */
export function stemHuurAf(
  feiten: readonly DossierFeit[],
  m: HuurMeldingInhoud,
  opgesteldOp: string,
  op: string,
): HuurAfstemming {
  const huur = feiten.filter((f) => f.soort === 'huur' && !f.vervallenOp);
  const lopend = huur.find((f) => loopt(f, m.ingangsdatum));
  const gemeld = { kaleHuur: m.kaleHuur, servicekosten: m.servicekosten ?? null };
  if (!lopend) return { soort: 'afwijking', afwijking: { burger: null, gemeld } };
  const w = lopend.waarde as HuurWaarde;
  const servicekosten = m.servicekosten ?? w.servicekosten;
  if (w.kaleHuur === m.kaleHuur && w.servicekosten === servicekosten) return { soort: 'gelijk' };
  const burgerNieuwer =
    lopend.bron === 'burger' &&
    (lopend.geldigVanaf === m.ingangsdatum || lopend.geregistreerdOp > opgesteldOp);
  if (burgerNieuwer)
    return {
      soort: 'afwijking',
      afwijking: {
        burger: { kaleHuur: w.kaleHuur, servicekosten: w.servicekosten, gemeldOp: lopend.geregistreerdOp },
        gemeld,
      },
    };
  const { id: _id, vervallenOp: _v, ...rest } = lopend;
  const nieuwWaarde: HuurWaarde = {
    kaleHuur: eurocent(m.kaleHuur),
    servicekosten: eurocent(servicekosten),
    zelfstandig: w.zelfstandig,
  };
  const nieuw: Feit[] = [];
  if ((lopend.geldigVanaf ?? '0000-01-01') < m.ingangsdatum)
    nieuw.push({ ...rest, geldigTot: m.ingangsdatum, bron: 'verhuurder', geregistreerdOp: op } as Feit);
  nieuw.push({
    soort: 'huur',
    waarde: nieuwWaarde,
    geldigVanaf: m.ingangsdatum,
    ...(lopend.geldigTot ? { geldigTot: lopend.geldigTot } : {}),
    bron: 'verhuurder',
    geregistreerdOp: op,
  } as Feit);
  return {
    soort: 'wijziging',
    oud: { kaleHuur: w.kaleHuur, servicekosten: w.servicekosten },
    nieuwWaarde,
    vervallen: [lopend.id],
    nieuw,
  };
}
