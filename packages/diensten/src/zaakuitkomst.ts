/**
 * @module
 * From a refusal of @regelmaat/zaken to the service error with the right HTTP meaning.
 */
import type { Uitkomst } from '@regelmaat/zaken';
import { Conflict, NietGevonden, Ongeldig } from './fouten';

export function uitpakken<T>(u: Uitkomst<T>): T {
  if (u.ok) return u.waarde;
  switch (u.code) {
    case 'AL_GECLAIMD':
      throw new Conflict('al-geclaimd', u.melding);
    case 'VERSIE_VEROUDERD':
      throw new Conflict('versie-verouderd', u.melding);
    case 'NIET_GEVONDEN':
      throw new NietGevonden(u.melding);
    case 'NIET_TOEGESTAAN':
      // Role and rights are checked before (403); what is left is the case's state or the
      // four-eyes rule forbidding this step now: a conflict with the current state.
      throw new Conflict('niet-toegestaan', u.melding);
    case 'ONGELDIG':
      throw new Ongeldig([{ naam: '(invoer)', reden: u.melding }], u.melding);
  }
}
