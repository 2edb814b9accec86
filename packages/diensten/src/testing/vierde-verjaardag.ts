/**
 * A household for the life-event run (issue 16): a single parent (income € 28,000) whose child
 * turns 4 on 1 May 2026, in dagopvang 100 hours a month at € 10 an hour. Pass it to
 * `maakTestOmgeving` as an extra household; a run on 15 March 2026 finds the birthday.
 */
import type { NieuwHuishouden } from '@regelmaat/dossier-opslag';
import { alsNieuwHuishouden, testBsn } from '@regelmaat/dossier-opslag/testing';

export const VIERDE_VERJAARDAG = { datum: '2026-05-01', geboortedatum: '2022-05-01' } as const;

export function vierdeVerjaardagGezin(id: number): NieuwHuishouden & { ouderBsn: string } {
  const h = alsNieuwHuishouden({
    id,
    invoer: {
      berekeningsjaar: 2026,
      aanvrager: { geboortedatum: '1993-02-10', toetsingsinkomen: 28_000 },
      kinderen: [{ geboortedatum: VIERDE_VERJAARDAG.geboortedatum }],
      kinderopvang: [{ kind: 0, soort: 'dagopvang', urenPerMaand: 100, uurprijs: 10 }],
    },
    definitief: { aanvrager: 28_000 },
  });
  return { ...h, ouderBsn: testBsn(id * 10) };
}
