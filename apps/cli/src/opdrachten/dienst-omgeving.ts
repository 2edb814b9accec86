/**
 * A service environment for a run command (life events, invordering): the configured database,
 * the law in force, the command's clock and the pseudonym key. A refusal of the input (400) is a
 * usage error of the command.
 */
import { randomBytes } from 'node:crypto';
import { DienstFout, type Omgeving, STANDAARD_INSTELLINGEN } from '@regelmaat/diensten';
import { wetgeving } from '@regelmaat/law';
import { GebruiksFout } from '../argumenten';
import { pseudoniemSleutelUitOmgeving } from '../server/sleutels';
import { metDatabase } from './database';
import { type Io, nuVan } from './io';

export async function metDienstOmgeving<T>(io: Io, fn: (o: Omgeving) => Promise<T>): Promise<T> {
  const pseudoniem = pseudoniemSleutelUitOmgeving();
  return metDatabase(io, async (db) => {
    const o: Omgeving = {
      db,
      wetgeving: wetgeving(),
      klok: () => nuVan(io),
      // A command signs no sessions: a key of its own that nothing else will ever check.
      sleutels: { sessie: randomBytes(32).toString('base64url'), pseudoniem },
      instellingen: STANDAARD_INSTELLINGEN,
    };
    try {
      return await fn(o);
    } catch (e) {
      if (e instanceof DienstFout && e.status === 400) throw new GebruiksFout(e.message);
      throw e;
    }
  });
}
