/**
 * @module
 * The people who act in the simulated year, as the sessions the product's services check: a
 * citizen of a household (DigiD), a staff member of a team, the childcare provider (partner feed).
 * The services enforce their rights exactly as for a real caller; every call gets its own trace.
 */
import { burgerId, type Context, type Omgeving } from '@regelmaat/diensten';
import { nieuweTrace } from '@regelmaat/logboek';
import type { Sessie } from '@regelmaat/toegang';

/** A session that does not end within the simulated years, with a fixed session id. */
const LOOPT = { verloopt: '9999-12-31T00:00:00.000Z', sid: 'jaarsimulatie0000000000' } as const;

const ctx = (sessie: Sessie): Context => ({ sessie, trace: nieuweTrace() });

export const burger = (o: Omgeving, bsn: string): Context =>
  ctx({ rol: 'burger', id: burgerId(o, bsn), bsn, ...LOOPT });

/** A case worker of `team` (the simulation's staff are not accounts; they only act through services). */
export const medewerker = (team: string, nr = 1): Context =>
  ctx({ rol: 'behandelaar', id: `jaarsim-${team}-${nr}`, naam: `Gesimuleerd (${team})`, team, ...LOOPT });

export const aanbieder = (clientId: string): Context =>
  ctx({ rol: 'partner', id: clientId, clientId, ...LOOPT });

/** A team lead of `team` (aggregate reports such as the invordering counts). */
export const teamleider = (team: string): Context =>
  ctx({ rol: 'teamleider', id: `jaarsim-${team}-leiding`, naam: `Gesimuleerd (${team})`, team, ...LOOPT });
