/**
 * @module
 * How a command's failure reaches the user: a usage or input error → its message and exit code 2;
 * a database that cannot be reached → what to check; anything else → exit code 1, never a stack
 * trace unless REGELMAAT_DEBUG=1. Shared by the CLI and the worker process entry.
 */
import { GebruiksFout } from './argumenten';
import type { Io } from './opdrachten/io';

function databaseFout(e: unknown): string | undefined {
  const code = (e as { code?: string }).code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28P01') {
    return `Kan de database niet bereiken (${code}). Controleer DATABASE_URL, of laat hem leeg voor de ingebouwde database.`;
  }
  return undefined;
}

/**
 * Whether `e` is a usage error of a command or a run's refusal. The run's errors are imported only
 * here, on the error path: a command that never touches a run (`bereken`) does not load them.
 */
async function isGebruiksfout(e: unknown): Promise<boolean> {
  if (e instanceof GebruiksFout) return true;
  if (!(e instanceof Error)) return false;
  const [{ RunFout }, { AnderePopulatie }] = await Promise.all([
    import('@regelmaat/verwerking'),
    import('./populatie/laad-populatie'),
  ]);
  return e instanceof RunFout || e instanceof AnderePopulatie;
}

/** Runs a command; turns what it throws into a message on stderr and an exit code. */
export async function metAfhandeling(io: Io, opdracht: () => Promise<number>): Promise<number> {
  try {
    return await opdracht();
  } catch (e) {
    if (await isGebruiksfout(e)) {
      io.stderr(`Fout: ${(e as Error).message}\n`);
      return 2;
    }
    io.stderr(`${databaseFout(e) ?? `Onverwachte fout: ${(e as Error).message}`}\n`);
    if (process.env.REGELMAAT_DEBUG === '1') io.stderr(`${(e as Error).stack}\n`);
    return 1;
  }
}
