import { beschikkingenVan, geldende, vereffeningVan } from '@regelmaat/beschikking';
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import { wetgeving } from '@regelmaat/law';
import { beforeAll, expect, it } from 'vitest';
import type { JaarResultaat, VariantNaam, VariantResultaat } from './resultaat';
import { simuleerJaar } from './simuleer';
import { opvangStopt } from './testing/opvang-stopt';

const SLEUTEL = 'jaarsimulatie-test-pseudoniemsleutel-32-bytes';
const N = 200;
const GEZIN = opvangStopt(N);
const GEZIN_ID = N + 1;

/** The recovery (eurocents) of the constructed household after the year. */
async function terugvorderingVan(db: Db, huishoudenId: number): Promise<number> {
  let som = 0;
  for (const b of geldende(await beschikkingenVan(db, huishoudenId), 2026, 'definitief').values())
    som += (await vereffeningVan(db, b.id))?.terugTeVorderen ?? 0;
  return som;
}

/** The latest moment anything was recorded, per table (none may lie after the simulated end). */
async function laatsteMomenten(db: Db): Promise<Record<string, string | null>> {
  const r = await db.query<Record<string, string | null>>(
    `SELECT (SELECT max(geregistreerd_op) FROM feit)::text AS feit,
            (SELECT max(aangemaakt_op) FROM zaak)::text AS zaak,
            (SELECT max(afgerond_op) FROM zaak)::text AS zaak_afgerond,
            (SELECT max(aangemaakt_op) FROM beschikking)::text AS beschikking,
            (SELECT max(tijdstip) FROM contact)::text AS contact,
            (SELECT max(verzonden_op) FROM bericht)::text AS bericht,
            (SELECT max(end_time) FROM verwerking)::text AS verwerking`,
  );
  return r.rows[0]!;
}

const zonderTijd = (v: VariantResultaat) => ({ ...v, secondenPerMaand: [] });

describeEachDatabase('jaarsimulatie on $naam', (testDb) => {
  let r: JaarResultaat;
  const opvang = new Map<VariantNaam, number>();
  const momenten = new Map<VariantNaam, { einde: string; laatste: Record<string, string | null> }>();

  beforeAll(async () => {
    r = await simuleerJaar({
      huishoudens: N,
      seed: 7,
      wetgeving: wetgeving(),
      openDb: () => testDb.open(),
      database: testDb.naam as JaarResultaat['database'],
      pseudoniemSleutel: SLEUTEL,
      extra: [GEZIN],
      naVariant: async (variant, db, einde) => {
        opvang.set(variant, await terugvorderingVan(db, GEZIN_ID));
        momenten.set(variant, { einde, laatste: await laatsteMomenten(db) });
      },
    });
  }, 1_500_000);

  it('the constructed case: a recovery ≥ € 1,000 in basis, none of that size once the provider reports the end', () => {
    expect(opvang.get('basis')).toBeGreaterThanOrEqual(100_000);
    expect(opvang.get('product')).toBeLessThan(100_000);
    const [basis, product] = r.varianten;
    expect(basis!.meldingen.partner).toBe(0);
    expect(product!.meldingen.partner).toBeGreaterThanOrEqual(1);
    expect(product!.terugvorderingen.vanaf1000.aantal).toBeLessThan(basis!.terugvorderingen.vanaf1000.aantal);
    console.log(
      `${testDb.naam}: ${r.huishoudens} huishoudens; ${r.varianten
        .map(
          (v) =>
            `${v.variant}: ${v.terugvorderingen.vanaf1000.aantal} terugvorderingen ≥ € 1.000, ${v.perZaaksoort.reduce((a, z) => a + z.geopend, 0)} zaken, eta ${v.eta.binnen20Procent}/${v.eta.gemeten}`,
        )
        .join('; ')}`,
    );
  });

  it('prints a goal line for the product variant against the basis', () => {
    expect(r.doel.map((d) => d.variant)).toEqual(['basis', 'product']);
    expect(r.doel[1]!.regel).toMatch(/^product: (GEHAALD|NIET GEHAALD) — terugvorderingen ≥ € 1\.000/);
    expect(r.doel[1]!.vanaf1000Verschil).toBeLessThan(0);
  });

  it('records nothing after the simulated moment it is written', () => {
    for (const [variant, { einde, laatste }] of momenten) {
      for (const [tabel, moment] of Object.entries(laatste))
        if (moment !== null)
          expect(Date.parse(moment), `${variant} ${tabel} ${moment}`).toBeLessThanOrEqual(Date.parse(einde));
    }
    expect(momenten.size).toBe(2);
  });

  it('the same seed gives the same result', async () => {
    const opnieuw = await simuleerJaar({
      huishoudens: N,
      seed: 7,
      varianten: ['basis'],
      wetgeving: wetgeving(),
      openDb: () => testDb.open(),
      database: testDb.naam as JaarResultaat['database'],
      pseudoniemSleutel: SLEUTEL,
      extra: [GEZIN],
    });
    expect(zonderTijd(opnieuw.varianten[0]!)).toEqual(zonderTijd(r.varianten[0]!));
  }, 1_500_000);
});
