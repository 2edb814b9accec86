/**
 * @module
 * The server's year simulations (issue 20): `simuleerJaar` on a fresh database per variant, opened
 * as `regelmaat jaar simuleer` opens it (PGlite in memory, or a throw-away schema on PostgreSQL that
 * is dropped afterwards) — never the data the server serves. A new pseudonym key per run.
 */
import { randomBytes } from 'node:crypto';
import { Jaarsimulaties } from '@regelmaat/diensten';
import { type JaarResultaat, simuleerJaar, VARIANTEN, type VariantNaam } from '@regelmaat/jaarsimulatie';
import type { Wetgeving } from '@regelmaat/law';
import { nieuweDatabase } from '../opdrachten/jaar';

export function serverJaarsimulaties(w: Wetgeving): Jaarsimulaties<JaarResultaat> {
  return new Jaarsimulaties<JaarResultaat>((opdracht, voortgang) => {
    const db = nieuweDatabase();
    return simuleerJaar({
      huishoudens: opdracht.huishoudens,
      seed: opdracht.seed,
      varianten: opdracht.varianten as VariantNaam[],
      wetgeving: w,
      openDb: db.open,
      database: db.naam,
      pseudoniemSleutel: randomBytes(32).toString('base64url'),
      voortgang,
    });
  }, VARIANTEN);
}
