/**
 * @module
 * What a health insurer's report of the start or end of insurance means for zorgtoeslag (issue 16).
 * Pure. Zorgtoeslag is for a **verzekerde** (Wet op de zorgtoeslag art. 1 lid 1, art. 2 lid 1), on
 * **application** (Awir art. 15 lid 1); a month counts with the circumstances on its first day
 * (Awir art. 5 lid 1):
 *
 * - **end**: the last insured day is `datum`; from the first day of the next month the person is no
 *   verzekerde, so zorgtoeslag (of the applicant; half for a partner, Wzt art. 2 lid 4) ends from
 *   that month;
 * - **start**: insured from `datum`; a month counts when the person is insured on its first day, so
 *   from the month of `datum` when it is the 1st, else from the next month. The start begins
 *   zorgtoeslag only for someone who applied: the applicant or toeslagpartner of a household in the
 *   dossier. Anyone else (a co-resident, an adult child, a person without a dossier) did not apply;
 *   nothing starts (no deemed application applies, Awir art. 15).
 */
import type { FeitWaarden } from '@regelmaat/dossier';
import type { DossierFeit } from '@regelmaat/dossier-opslag';

export interface VerzekeringMeldingInhoud {
  bsn: string;
  gebeurtenis: 'begin' | 'einde';
  datum: string;
}

export type VerzekeringAfstemming =
  | { soort: 'geen-aanvraag' }
  | { soort: 'gelijk' }
  | {
      soort: 'wijziging';
      rol: 'aanvrager' | 'toeslagpartner';
      /** The status the dossier holds now. */
      nu: FeitWaarden['zorgverzekering']['status'];
      /** The first month the change counts (`YYYY-MM-01`). */
      vanaf: string;
    };

/** The first day of the month after `datum`. */
export function eersteVanVolgendeMaand(datum: string): string {
  const j = Number(datum.slice(0, 4));
  const m = Number(datum.slice(5, 7));
  return m === 12 ? `${j + 1}-01-01` : `${j}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The first month a report counts from (Awir art. 5 lid 1), as `YYYY-MM-01`. */
export function telVanaf(m: Pick<VerzekeringMeldingInhoud, 'gebeurtenis' | 'datum'>): string {
  if (m.gebeurtenis === 'begin' && m.datum.endsWith('-01')) return m.datum;
  return eersteVanVolgendeMaand(m.datum);
}

export function stemVerzekeringAf(
  feiten: readonly DossierFeit[] | undefined,
  m: VerzekeringMeldingInhoud,
): VerzekeringAfstemming {
  if (!feiten) return { soort: 'geen-aanvraag' };
  const persoon = feiten.find((f) => f.soort === 'persoon' && !f.vervallenOp && f.persoonBsn === m.bsn);
  const rol = (persoon?.waarde as FeitWaarden['persoon'] | undefined)?.rol;
  if (rol !== 'aanvrager' && rol !== 'toeslagpartner') return { soort: 'geen-aanvraag' };
  const nieuwste = feiten
    .filter((f) => f.soort === 'zorgverzekering' && !f.vervallenOp && f.persoonBsn === m.bsn)
    .sort((a, b) => (a.geregistreerdOp < b.geregistreerdOp ? -1 : 1))
    .at(-1);
  const nu = nieuwste ? (nieuwste.waarde as FeitWaarden['zorgverzekering']).status : 'verzekerd';
  if (m.gebeurtenis === 'begin' ? nu === 'verzekerd' : nu === 'geen') return { soort: 'gelijk' };
  return { soort: 'wijziging', rol, nu, vanaf: telVanaf(m) };
}
