/**
 * Small hand-made dossiers for tests of the batch runs: households with an estimate in January
 * and, later, final incomes from the tax authority.
 */

import { copyLine, type Db } from '@regelmaat/db';
import { type Feit, feit, feitenUitAanvraag } from '@regelmaat/dossier';
import { eurosToCents } from '@regelmaat/kernel';
import type { HuishoudenInvoer } from '@regelmaat/law';
import { FEIT_KOLOMMEN, type NieuwHuishouden } from '../feiten-schrijven';

export const AANVRAAG_OP = '2025-12-01T10:00:00.000Z';
export const DEFINITIEF_OP = '2027-05-01T10:00:00.000Z';

/** BSN 9 digits passing the 11-proef, from a number (test helper). */
export function testBsn(n: number): string {
  for (let d9 = 0; d9 < 10; d9++) {
    for (let extra = 0; extra < 11; extra++) {
      const base = String(200_000_00 + n * 11 + extra).padStart(8, '0');
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += (9 - i) * Number(base[i]);
      if ((sum - d9) % 11 === 0) return base + d9;
    }
  }
  throw new Error('no BSN');
}

export interface TestHuishouden {
  id: number;
  invoer: HuishoudenInvoer;
  /** Final incomes (euros) of aanvrager and partner. */
  definitief: { aanvrager: number; toeslagpartner?: number };
}

/** Household i of a simple, varied set for 2026. */
export function testHuishouden(i: number): TestHuishouden {
  const inkomen = 12_000 + ((i * 7919) % 40) * 1_000;
  const partner = i % 3 === 0;
  const kinderen = i % 4 === 1 ? [{ geboortedatum: `20${10 + (i % 10)}-0${1 + (i % 9)}-15` }] : [];
  const invoer: HuishoudenInvoer = {
    berekeningsjaar: 2026,
    aanvrager: { geboortedatum: `19${60 + (i % 35)}-05-10`, toetsingsinkomen: inkomen },
    ...(partner ? { toeslagpartner: { geboortedatum: '1985-02-02', toetsingsinkomen: 8_000 } } : {}),
    kinderen,
    huur: i % 2 === 0 ? [{ kaleHuur: 500 + (i % 7) * 60 }] : [],
  };
  // Every fifth household earns much more than estimated: a recovery.
  const factor = i % 5 === 0 ? 1.6 : 1.02;
  return {
    id: i + 1,
    invoer,
    definitief: { aanvrager: Math.round(inkomen * factor), ...(partner ? { toeslagpartner: 8_000 } : {}) },
  };
}

export function alsNieuwHuishouden(t: TestHuishouden): NieuwHuishouden {
  const bsn = {
    aanvrager: testBsn(t.id * 10),
    ...(t.invoer.toeslagpartner ? { toeslagpartner: testBsn(t.id * 10 + 1) } : {}),
    kinderen: (t.invoer.kinderen ?? []).map((_, k) => testBsn(t.id * 10 + 2 + k)),
    medebewoners: [],
  };
  return { id: t.id, bsnAanvrager: bsn.aanvrager, feiten: feitenUitAanvraag(t.invoer, bsn, AANVRAAG_OP) };
}

/** The tax authority's final incomes for a household, as facts. */
export function definitieveFeiten(t: TestHuishouden): { id: number; feiten: Feit[] } {
  const h = alsNieuwHuishouden(t);
  const aanvrager = h.bsnAanvrager;
  const partner = h.feiten.find(
    (f) => f.soort === 'persoon' && (f.waarde as { rol: string }).rol === 'toeslagpartner',
  )?.persoonBsn;
  const feiten: Feit[] = [
    feit(
      'inkomen_definitief',
      { jaar: 2026, bedrag: eurosToCents(t.definitief.aanvrager) },
      'belastingdienst',
      DEFINITIEF_OP,
      aanvrager,
    ),
  ];
  if (partner && t.definitief.toeslagpartner !== undefined) {
    feiten.push(
      feit(
        'inkomen_definitief',
        { jaar: 2026, bedrag: eurosToCents(t.definitief.toeslagpartner) },
        'belastingdienst',
        DEFINITIEF_OP,
        partner,
      ),
    );
  }
  return { id: t.id, feiten };
}

/** Writes the final incomes of the first `n` test households (COPY), as the tax authority reports them at `DEFINITIEF_OP`. */
export async function schrijfDefinitieveFeiten(db: Db, n: number): Promise<void> {
  const copy = Array.from({ length: n }, (_, i) => definitieveFeiten(testHuishouden(i)))
    .flatMap(({ id, feiten }) =>
      feiten.map((f) =>
        copyLine([id, f.soort, f.persoonBsn ?? null, f.waarde, null, null, f.bron, f.geregistreerdOp, null]),
      ),
    )
    .join('');
  await db.copyFrom('feit', FEIT_KOLOMMEN, copy);
}

/** The first `n` test households as dossiers to write. */
export function testDossiers(n: number): NieuwHuishouden[] {
  return Array.from({ length: n }, (_, i) => alsNieuwHuishouden(testHuishouden(i)));
}
