/**
 * @module
 * Who asks, and within which trace. Every service starts by checking the caller's right against the
 * permission matrix of @regelmaat/toegang; a citizen is further limited to their own household.
 */

import { Geweigerd, NietIngelogd } from '@regelmaat/kernel';
import type { TraceContext } from '@regelmaat/logboek';
import { heeftRecht, type Recht, type Sessie } from '@regelmaat/toegang';

export interface Context {
  /** The logged-in caller; absent for anonymous requests. */
  sessie?: Sessie;
  /** W3C trace context of this request (the processing log records it). */
  trace: TraceContext;
}

/** The caller's session, or NietIngelogd. */
export function ingelogd(ctx: Context): Sessie {
  if (!ctx.sessie) throw new NietIngelogd('Log eerst in.');
  return ctx.sessie;
}

/** The caller's session if it has the right; NietIngelogd or Geweigerd otherwise. */
export function vereis(ctx: Context, recht: Recht): Sessie {
  const s = ingelogd(ctx);
  if (!heeftRecht(s.rol, recht)) throw new Geweigerd(`Uw rol (${s.rol}) mag dit niet (${recht}).`);
  return s;
}

/** The actor as recorded in case history and the audit of who did what. */
export function actorVan(s: Sessie): { id: string; rol: string; team?: string } {
  return { id: s.id, rol: s.rol, ...(s.team ? { team: s.team } : {}) };
}
