/**
 * @module
 * The `regelmaat` command line. Exit codes: 0 done; 2 bad usage or invalid input (the message names
 * the field); 3 computed, but a toeslag could not be computed because the law's values for that
 * year are missing; 4 a decision does not reproduce; 1 an unexpected error (never a stack trace
 * unless REGELMAAT_DEBUG=1).
 */
import { HuishoudenSchema } from '@regelmaat/law';
import { z } from 'zod';
import { metAfhandeling } from './afhandeling';
import { HULP } from './hulp';
import { bereken } from './opdrachten/bereken';
import { beschikking } from './opdrachten/beschikking';
import { demo } from './opdrachten/demo';
import type { Io } from './opdrachten/io';
import { populatie } from './opdrachten/populatie';
import { rapport, run, worker } from './opdrachten/run';
import { server } from './opdrachten/server';

export { HULP } from './hulp';
export type { Io } from './opdrachten/io';

export function jsonSchema(): string {
  const schema = z.toJSONSchema(HuishoudenSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'https://regelmaat.example/schema/huishouden.schema.json' }, null, 2)}\n`;
}

const OPDRACHTEN: Record<string, (args: string[], io: Io) => Promise<number>> = {
  bereken,
  populatie,
  run,
  worker,
  rapport,
  beschikking,
  demo,
  server,
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [opdracht, ...rest] = argv;
  return metAfhandeling(io, async () => {
    if (opdracht === 'schema') {
      io.stdout(jsonSchema());
      return 0;
    }
    if (opdracht === undefined || opdracht === 'help' || opdracht === '--help' || opdracht === '-h') {
      io.stdout(HULP);
      return 0;
    }
    const uitvoeren = OPDRACHTEN[opdracht];
    if (!uitvoeren) {
      io.stderr(`Onbekende opdracht: ${opdracht}\n\n${HULP}`);
      return 2;
    }
    return await uitvoeren(rest, io);
  });
}
