/**
 * @module
 * The `regelmaat` command line. Exit codes: 0 done; 2 bad usage or invalid input (the message names
 * the field); 3 computed, but a toeslag could not be computed because the law's values for that
 * year are missing; 4 a decision does not reproduce; 1 an unexpected error (never a stack trace
 * unless REGELMAAT_DEBUG=1).
 *
 * Each command's module is imported only when that command runs, so `regelmaat bereken` never
 * loads the database, the server or the web app (in the build each command is its own chunk).
 */
import { metAfhandeling } from './afhandeling';
import { HULP, OPDRACHT_HULP, type OpdrachtNaam } from './hulp';
import type { Io } from './opdrachten/io';

export { stilBijGeslotenPijp } from './gesloten-pijp';
export { HULP, OPDRACHT_HULP } from './hulp';
export type { Io } from './opdrachten/io';

type Opdracht = (args: string[], io: Io) => Promise<number>;

/** The commands: name → its module, loaded on first use. Every command has a help text. */
export const OPDRACHTEN: Record<OpdrachtNaam, () => Promise<Opdracht>> = {
  bereken: async () => (await import('./opdrachten/bereken')).bereken,
  schema: async () => (await import('./opdrachten/schema')).schema,
  populatie: async () => (await import('./opdrachten/populatie')).populatie,
  run: async () => (await import('./opdrachten/run')).run,
  worker: async () => (await import('./opdrachten/run')).worker,
  rapport: async () => (await import('./opdrachten/run')).rapport,
  beschikking: async () => (await import('./opdrachten/beschikking')).beschikking,
  demo: async () => (await import('./opdrachten/demo')).demo,
  server: async () => (await import('./opdrachten/server')).server,
  simuleer: async () => (await import('./opdrachten/simuleer')).simuleer,
  logboek: async () => (await import('./opdrachten/logboek')).logboek,
  levensgebeurtenissen: async () => (await import('./opdrachten/levensgebeurtenissen')).levensgebeurtenissen,
  invordering: async () => (await import('./opdrachten/invordering')).invordering,
  jaar: async () => (await import('./opdrachten/jaar')).jaar,
};

const isOpdracht = (naam: string): naam is OpdrachtNaam => Object.hasOwn(OPDRACHTEN, naam);

/** `--help` or `-h` anywhere after the command asks for that command's help. */
const vraagtHulp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

export async function main(argv: string[], io: Io): Promise<number> {
  const [opdracht, ...rest] = argv;
  return metAfhandeling(io, async () => {
    if (opdracht === undefined || opdracht === 'help' || opdracht === '--help' || opdracht === '-h') {
      const over = rest[0];
      io.stdout(opdracht === 'help' && over !== undefined && isOpdracht(over) ? OPDRACHT_HULP[over] : HULP);
      return 0;
    }
    if (!isOpdracht(opdracht)) {
      io.stderr(`Onbekende opdracht: ${opdracht}\n\n${HULP}`);
      return 2;
    }
    if (vraagtHulp(rest)) {
      io.stdout(OPDRACHT_HULP[opdracht]);
      return 0;
    }
    return await (await OPDRACHTEN[opdracht]())(rest, io);
  });
}
