/**
 * @module
 * DigiD simulation for demos and tests. Real DigiD goes through Logius with SAML and a PKIoverheid
 * certificate; in a demo the citizen types a BSN instead, as Open Formulieren's "DigiD simulatie"
 * plugin does. It must be switched on explicitly (an environment flag in the app) and is refused
 * otherwise; the BSN must pass the 11-proef. Never enable it in production.
 *
 * Messages are Dutch at language level B1.
 */
import { isValidBsn } from '@regelmaat/kernel';

export type DigidFoutCode = 'DIGID_SIMULATIE_UIT' | 'BSN_ONTBREEKT' | 'BSN_VORM' | 'BSN_ELFPROEF';

export type DigidUitkomst = { ok: true; bsn: string } | { ok: false; code: DigidFoutCode; melding: string };

/**
 * Logs a citizen in with only a BSN, when the simulation is enabled. Spaces and dots in the input
 * are ignored; an 8-digit BSN gets its leading zero. Returns the 9-digit BSN.
 */
export function digidSimulatie(bsn: string | undefined, opties: { ingeschakeld: boolean }): DigidUitkomst {
  if (!opties.ingeschakeld) {
    return {
      ok: false,
      code: 'DIGID_SIMULATIE_UIT',
      melding: 'Inloggen met de DigiD-simulatie staat uit. Dit kan alleen in een testomgeving.',
    };
  }
  const schoon = (bsn ?? '').replace(/[\s.]/g, '');
  if (schoon.length === 0) {
    return { ok: false, code: 'BSN_ONTBREEKT', melding: 'Vul uw burgerservicenummer (BSN) in.' };
  }
  if (!/^\d{8,9}$/.test(schoon)) {
    return {
      ok: false,
      code: 'BSN_VORM',
      melding: 'Een burgerservicenummer (BSN) heeft 9 cijfers. Controleer wat u heeft ingevuld.',
    };
  }
  if (!isValidBsn(schoon)) {
    return {
      ok: false,
      code: 'BSN_ELFPROEF',
      melding:
        'Dit burgerservicenummer (BSN) bestaat niet. Controleer of u geen cijfer verkeerd heeft getypt.',
    };
  }
  return { ok: true, bsn: schoon.padStart(9, '0') };
}
