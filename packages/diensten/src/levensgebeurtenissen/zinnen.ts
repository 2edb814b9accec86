/**
 * @module
 * The sentences a life-event message (issue 16, C8) says about the change the household is asked
 * to report, per toeslag — the same truthful sentences as the change preview (`effectZinnen`,
 * `wijziging-zinnen.ts`), so a message never says "U krijgt € 4 meer" for a rounding remainder nor
 * that reporting in time avoids a recovery when no month is left to pay (December):
 *
 * - `perJaar`: the year amount now and after, only when they differ;
 * - `perMaand`: the first month not yet paid and its new amount, only when that amount changes;
 * - then `effectZinnen`: avoided recovery, recovery after the year (or too small to recover), more
 *   money (over the months left or after the year), a change too small to count, no change;
 * - `maatwerk`: a case worker's decision in force (its amount stays until a case worker decides).
 *
 * The closing advice says that reporting in time avoids a recovery only when one of the sentences
 * says by how much (`adviesVoorkomen`). Pure: from the values stored in the message alone.
 */
import type { WijzigingsEffect } from '../voorschot-herzien';
import { effectZinnen, type Zin } from '../wijziging-zinnen';

/** An effect as a life-event message stores it (the portal words it from these values). */
export interface BerichtEffect {
  regeling: string;
  naam: string;
  jaarbedragNu: number;
  /** With maatwerk in force: what the standard rule would give (the amount itself stays). */
  jaarbedragNieuw: number;
  volgendeMaand?: { maand: number; nu: number; nieuw: number };
  voorkomenTerugvordering: number;
  /** Absent in messages from before it was recorded. */
  terugvorderingNaJaar?: number;
  extra: number;
  maatwerk: boolean;
}

/** The effect of a revision as the message stores it. */
export function berichtEffect(x: WijzigingsEffect): BerichtEffect {
  return {
    regeling: x.regeling,
    naam: x.naam,
    jaarbedragNu: x.jaarbedragNu,
    jaarbedragNieuw: x.maatwerk ? x.maatwerk.standaardNieuw : x.jaarbedragNieuw,
    ...(x.volgendeMaand ? { volgendeMaand: x.volgendeMaand } : {}),
    voorkomenTerugvordering: x.voorkomenTerugvordering,
    terugvorderingNaJaar: x.terugvorderingNaJaar,
    extra: x.extra,
    maatwerk: x.maatwerk !== undefined,
  };
}

export type GebeurtenisZin =
  | { soort: 'perJaar'; nu: number; nieuw: number }
  | { soort: 'perMaand'; maand: number; nu: number; bedrag: number }
  | { soort: 'maatwerk' }
  | Zin;

/** The sentences about one toeslag; `doelmatigheidsgrens` of the year (Awir art. 26a, eurocents). */
export function gebeurtenisEffectZinnen(e: BerichtEffect, doelmatigheidsgrens: number): GebeurtenisZin[] {
  if (e.maatwerk) return [{ soort: 'maatwerk' }];
  const zinnen: GebeurtenisZin[] = [];
  if (e.jaarbedragNieuw !== e.jaarbedragNu)
    zinnen.push({ soort: 'perJaar', nu: e.jaarbedragNu, nieuw: e.jaarbedragNieuw });
  const v = e.volgendeMaand;
  if (v && v.nieuw !== v.nu) zinnen.push({ soort: 'perMaand', maand: v.maand, nu: v.nu, bedrag: v.nieuw });
  zinnen.push(
    ...effectZinnen(
      {
        jaarbedragNu: e.jaarbedragNu,
        jaarbedragNieuw: e.jaarbedragNieuw,
        ...(v ? { volgendeMaand: v } : {}),
        voorkomenTerugvordering: e.voorkomenTerugvordering,
        terugvorderingNaJaar: e.terugvorderingNaJaar ?? 0,
        extra: e.extra,
      },
      doelmatigheidsgrens,
    ),
  );
  return zinnen;
}

/** Whether the message's advice may say that reporting in time avoids a recovery. */
export function adviesVoorkomen(effecten: readonly BerichtEffect[], doelmatigheidsgrens: number): boolean {
  return effecten.some((e) =>
    gebeurtenisEffectZinnen(e, doelmatigheidsgrens).some((z) => z.soort === 'voorkomen'),
  );
}
