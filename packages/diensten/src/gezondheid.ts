/**
 * @module
 * Liveness and readiness (issue 10, item 3), for a load balancer or an orchestrator. Public: they
 * say nothing but whether this process and its database answer, and never touch personal data or
 * the processing log.
 *
 * - live: the process runs and answers requests (no database needed: restarting a process
 *   because its database is away would not bring the database back).
 * - ready: the database answers a `SELECT 1` within the time limit; while it does not, requests
 *   should go elsewhere (503), and the process keeps running and reconnects by itself.
 */
import { NietBeschikbaar } from '@regelmaat/kernel';
import type { Omgeving } from './omgeving';

export interface Levend {
  status: 'levend';
}

export interface Gereed {
  status: 'gereed';
  database: 'bereikbaar';
}

/** Milliseconds readiness waits for the database. */
export const GEREED_TIMEOUT_MS = 2_000;

export function levend(): Levend {
  return { status: 'levend' };
}

/** Resolves when the database answers; throws NietBeschikbaar (503) when it does not. */
export async function gereed(o: Pick<Omgeving, 'db'>, timeoutMs = GEREED_TIMEOUT_MS): Promise<Gereed> {
  if (!(await o.db.bereikbaar(timeoutMs)))
    throw new NietBeschikbaar('De database is niet bereikbaar. Probeer het later opnieuw.');
  return { status: 'gereed', database: 'bereikbaar' };
}
