/**
 * @module
 * Where an objection stands, for the person and the case worker: the steps done and to come, the
 * expected decision date (and why it moved), the warnings before each due date, and the penalty for
 * a late decision (Awir 12 lid 2, Awb 4:17) — computed from the stored objection and today. Pure.
 */
import { type Dwangsom, dwangsom, type Termijnstand, termijnstand } from '@regelmaat/brieven';
import type { Eurocent } from '@regelmaat/kernel';
import type { Bezwaar } from '@regelmaat/zaken';

export interface BezwaarStap {
  stap: 'ontvangen' | 'gronden' | 'gesprek' | 'hoorzitting' | 'beslissing';
  gedaan: boolean;
  /** When it was done, or what is awaited (a date). */
  op?: string;
}

export interface BezwaarStand {
  stappen: BezwaarStap[];
  /** The expected decision date, as it stands now. */
  verwachteBeslisdatum: string;
  /**
   * Why the date moved, when it did: an advisory committee hears it (twelve weeks, Awb 7:10 lid 1),
   * postponed (with the reason) and/or waited for the grounds.
   */
  verschoven?: { adviescommissie?: boolean; verdaagd?: string; grondenAfgewacht?: boolean };
  /** Warnings for the case worker: each due date still open, with where it stands today. */
  termijnen: { naam: 'beslistermijn' | 'hersteltermijn'; datum: string; stand: Termijnstand }[];
  dwangsom: Dwangsom;
}

export function bezwaarStand(
  b: Bezwaar,
  vandaag: string,
  boete: { tegenDefinitieveBerekening: boolean; naTeBetalenOfTerugTeVorderen: Eurocent },
): BezwaarStand {
  const open = b.fase !== 'beslist' && b.fase !== 'ingetrokken';
  const stappen: BezwaarStap[] = [
    { stap: 'ontvangen', gedaan: true, op: b.ontvangenOp },
    ...(b.hersteltermijn !== null
      ? [
          b.gronden !== null
            ? {
                stap: 'gronden' as const,
                gedaan: true,
                ...(b.grondenOntvangenOp ? { op: b.grondenOntvangenOp } : {}),
              }
            : { stap: 'gronden' as const, gedaan: false, op: b.hersteltermijn },
        ]
      : []),
    { stap: 'gesprek', gedaan: b.gebeldContactId !== null },
    {
      stap: 'hoorzitting',
      gedaan: b.hoorzitting === 'gehouden' || b.hoorzitting === 'overgeslagen',
      ...(b.hoorzittingOp ? { op: b.hoorzittingOp } : {}),
    },
    { stap: 'beslissing', gedaan: b.fase === 'beslist', op: b.beslistOp?.slice(0, 10) ?? b.beslistermijn },
  ];
  const termijnen: BezwaarStand['termijnen'] = [];
  if (open)
    termijnen.push({
      naam: 'beslistermijn',
      datum: b.beslistermijn,
      stand: termijnstand(b.beslistermijn, vandaag),
    });
  if (open && b.gronden === null && b.hersteltermijn)
    termijnen.push({
      naam: 'hersteltermijn',
      datum: b.hersteltermijn,
      stand: termijnstand(b.hersteltermijn, vandaag),
    });
  const verschoven = {
    ...(b.adviescommissie ? { adviescommissie: true } : {}),
    ...(b.verdagingReden ? { verdaagd: b.verdagingReden } : {}),
    ...(b.grondenOntvangenOp && b.hersteltermijn ? { grondenAfgewacht: true } : {}),
  };
  return {
    stappen,
    verwachteBeslisdatum: b.beslistermijn,
    ...(Object.keys(verschoven).length ? { verschoven } : {}),
    termijnen,
    dwangsom: dwangsom({
      ...boete,
      laatsteDagBeslistermijn: b.beslistermijn,
      ...(b.ingebrekestellingOp ? { ingebrekestellingOntvangen: b.ingebrekestellingOp } : {}),
      totEnMet: b.beslistOp?.slice(0, 10) ?? vandaag,
    }),
  };
}
