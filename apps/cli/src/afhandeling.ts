/**
 * @module
 * How a command's failure reaches the user: a usage or input error → its message and exit code 2;
 * a database that cannot be reached → what to check; anything else → exit code 1, never a stack
 * trace unless REGELMAAT_DEBUG=1. Shared by the CLI and the worker process entry.
 */

import { RunFout } from '@regelmaat/verwerking';
import { GebruiksFout } from './argumenten';
import type { Io } from './opdrachten/io';
import { AnderePopulatie } from './populatie/laad-populatie';

function databaseFout(e: unknown): string | undefined {
  const code = (e as { code?: string }).code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28P01') {
    return `Kan de database niet bereiken (${code}). Controleer DATABASE_URL, of laat hem leeg voor de ingebouwde database.`;
  }
  return undefined;
}

/** Runs a command; turns what it throws into a message on stderr and an exit code. */
export async function metAfhandeling(io: Io, opdracht: () => Promise<number>): Promise<number> {
  try {
    return await opdracht();
  } catch (e) {
    if (e instanceof GebruiksFout || e instanceof RunFout || e instanceof AnderePopulatie) {
      io.stderr(`Fout: ${e.message}\n`);
      return 2;
    }
    io.stderr(`${databaseFout(e) ?? `Onverwachte fout: ${(e as Error).message}`}\n`);
    if (process.env.REGELMAAT_DEBUG === '1') io.stderr(`${(e as Error).stack}\n`);
    return 1;
  }
}
