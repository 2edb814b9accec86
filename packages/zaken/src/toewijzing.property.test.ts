/**
 * Property: any sequence of claim / release / reassign / close operations, by any of three staff
 * members, with current or stale versions, keeps the invariants: the version rises by exactly one
 * per successful change and never otherwise; there is one history row per change (version =
 * number of history rows); a closed case stays closed and cannot be claimed; a case in
 * behandeling always has a behandelaar and a case in the queue never has one. A small model
 * predicts which operations succeed.
 */
import type { Db } from '@regelmaat/db';
import { describeEachDatabase } from '@regelmaat/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { maakZaak } from './maak-zaak';
import { ANNA, BART, maakHuishoudens, maakMedewerkers, NU, TEAMLEIDER } from './testing/testdata';
import { uitkomst } from './testing/uitkomst';
import { claim, geefVrij, herverdeel, sluitZaak } from './toewijzing';
import type { Actor } from './typen';
import { historie, zaak } from './zaak-rij';

const ACTOREN: Actor[] = [ANNA, BART, TEAMLEIDER];

const operatie: fc.Arbitrary<Operatie> = fc.record({
  soort: fc.constantFrom<Operatie['soort'][]>('claim', 'geefVrij', 'herverdeel', 'sluit'),
  actor: fc.constantFrom(...ACTOREN),
  oudeVersie: fc.boolean(),
  naar: fc.constantFrom<(string | null)[]>('anna', 'bart', null),
});
interface Operatie {
  soort: 'claim' | 'geefVrij' | 'herverdeel' | 'sluit';
  actor: Actor;
  oudeVersie: boolean;
  naar: string | null;
}

interface Model {
  status: string;
  behandelaar: string | null;
}

/** What the model expects: refused, changed, or accepted without change. */
function verwacht(m: Model, o: Operatie): 'geweigerd' | 'gewijzigd' | 'ongewijzigd' {
  const vers = !o.oudeVersie;
  const leider = o.actor.rol === 'teamleider';
  switch (o.soort) {
    case 'claim':
      return m.status === 'open' && vers ? 'gewijzigd' : 'geweigerd';
    case 'geefVrij':
      return m.status === 'in-behandeling' && vers && (m.behandelaar === o.actor.id || leider)
        ? 'gewijzigd'
        : 'geweigerd';
    case 'sluit':
      return m.status === 'in-behandeling' && vers && m.behandelaar === o.actor.id
        ? 'gewijzigd'
        : 'geweigerd';
    case 'herverdeel':
      if (!leider || (m.status !== 'open' && m.status !== 'in-behandeling')) return 'geweigerd';
      return m.behandelaar === o.naar ? 'ongewijzigd' : 'gewijzigd';
  }
  return 'geweigerd';
}

function volgend(m: Model, o: Operatie): Model {
  switch (o.soort) {
    case 'claim':
      return { status: 'in-behandeling', behandelaar: o.actor.id };
    case 'geefVrij':
      return { status: 'open', behandelaar: null };
    case 'sluit':
      return { status: 'afgerond', behandelaar: m.behandelaar };
    case 'herverdeel':
      return o.naar === null
        ? { status: 'open', behandelaar: null }
        : { status: 'in-behandeling', behandelaar: o.naar };
  }
  return m;
}

describeEachDatabase('case operations keep their invariants on $naam', ({ open }) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
    await maakHuishoudens(db, [1]);
    await maakMedewerkers(db, ACTOREN);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  it('for any sequence of operations', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operatie, { minLength: 1, maxLength: 12 }), async (ops) => {
        runs++;
        const start = await maakZaak(
          db,
          { soort: 'maatwerk-verzoek', huishoudenId: 1, onderwerp: 'Eigenschap' },
          ANNA,
          NU,
        );
        let model: Model = { status: 'open', behandelaar: null };
        let versie = start.versie;
        for (const o of ops) {
          const v = o.oudeVersie ? versie - 1 : versie;
          let ok: boolean;
          if (o.soort === 'claim') ok = (await uitkomst(claim(db, start.id, v, o.actor, NU))).ok;
          else if (o.soort === 'geefVrij') ok = (await uitkomst(geefVrij(db, start.id, v, o.actor, NU))).ok;
          else if (o.soort === 'sluit')
            ok = (await uitkomst(sluitZaak(db, start.id, v, 'Afgehandeld', o.actor, NU))).ok;
          else ok = (await herverdeel(db, [start.id], o.naar, o.actor, NU))[0]!.ok;
          const voorspeld = verwacht(model, o);
          expect(ok, `${o.soort} door ${o.actor.id} bij ${JSON.stringify(model)}`).toBe(
            voorspeld !== 'geweigerd',
          );
          if (voorspeld === 'gewijzigd') model = volgend(model, o);

          const z = (await zaak(db, start.id))!;
          const h = await historie(db, start.id);
          expect(z.versie).toBe(versie + (voorspeld === 'gewijzigd' ? 1 : 0));
          versie = z.versie;
          expect(h).toHaveLength(z.versie);
          expect(h.map((r) => r.versie)).toEqual(h.map((_, i) => i + 1));
          expect({ status: z.status, behandelaar: z.behandelaar }).toEqual(model);
          if (z.status === 'in-behandeling') expect(z.behandelaar).not.toBeNull();
          if (z.status === 'open') expect(z.behandelaar).toBeNull();
          if (z.status === 'afgerond') {
            const opnieuw = await uitkomst(claim(db, start.id, z.versie, BART, NU));
            expect(opnieuw.ok).toBe(false);
            expect((await zaak(db, start.id))!.versie).toBe(z.versie);
          }
        }
      }),
      { numRuns: 30, seed: 20260302 },
    );
    expect(runs).toBe(30);
  }, 120_000);
});
