/**
 * The year simulations of a test server (issue 20): the real `simuleerJaar`, each variant on a fresh
 * PGlite database in memory (as the server and the CLI do without DATABASE_URL), never the test's
 * own database.
 */
import { openDb } from '@regelmaat/db';
import { Jaarsimulaties } from '@regelmaat/diensten';
import { type JaarResultaat, simuleerJaar, VARIANTEN, type VariantNaam } from '@regelmaat/jaarsimulatie';
import { wetgeving } from '@regelmaat/law';

export function testJaarsimulaties(): Jaarsimulaties<JaarResultaat> {
  return new Jaarsimulaties<JaarResultaat>(
    (opdracht, voortgang) =>
      simuleerJaar({
        huishoudens: opdracht.huishoudens,
        seed: opdracht.seed,
        varianten: opdracht.varianten as VariantNaam[],
        wetgeving: wetgeving(),
        openDb: () => openDb({ dataDir: 'memory://' }),
        database: 'PGlite',
        pseudoniemSleutel: 'test-jaarsimulatie-pseudoniemsleutel-32b',
        voortgang,
      }),
    VARIANTEN,
  );
}
