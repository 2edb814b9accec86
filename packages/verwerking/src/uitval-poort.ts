/**
 * @module
 * The port through which batch runs ask the exception rules (C4) about one household before its
 * decisions go out. The adapter over @regelmaat/uitval lives in uitval-adapter.ts.
 */

import type { DossierHuishouden } from '@regelmaat/dossier';
import type { Eurocent } from '@regelmaat/kernel';
import type { Situatie } from '@regelmaat/law';

export interface UitvalContext {
  jaar: number;
  /** 'herziening': a decision outside the runs (a change, a partner report, maatwerk; @regelmaat/uitval Fase). */
  fase: 'voorschot' | 'definitief' | 'herziening';
  dossier: DossierHuishouden;
  /** The same household as the engine read it (after defaults, with month masks). */
  situatie: Situatie;
  /** Whether the citizen's application (the estimate) states a toeslagpartner. */
  partnerVolgensAanvraag: boolean;
  /** Year amounts per toeslag in eurocents, in the order of `@regelmaat/law`'s REGELINGEN. */
  voorschot: readonly number[];
  /** Definitive year amounts (fase definitief). */
  definitief?: readonly number[];
  /** The advance's joint toetsingsinkomen (eurocents), and the definitive one where known. */
  geschatInkomen: Eurocent;
  definitiefInkomen?: Eurocent;
  /** Whether the tax data knows a partner the application does not (or the reverse). */
  partnerVolgensRegistratie: boolean;
}

export interface UitvalVondst {
  redenen: string[];
  prioriteit: number;
  toelichting: { code: string; toelichting: string; bedrag?: number }[];
}

export type UitvalDetector = (ctx: UitvalContext) => UitvalVondst | null;

/** Detects nothing: for runs where exception detection is switched off. */
export const geenUitval: UitvalDetector = () => null;
