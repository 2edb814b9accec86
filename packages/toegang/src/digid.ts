/**
 * @module
 * DigiD simulation for demos and tests. Real DigiD goes through Logius with SAML and a PKIoverheid
 * certificate; in a demo the citizen types a BSN instead, as Open Formulieren's "DigiD simulatie"
 * plugin does. It must be switched on explicitly (an environment flag in the app) and is refused
 * otherwise; the BSN must pass the 11-proef. Never enable it in production.
 *
 * Messages are Dutch at language level B1.
 */
import { type InvoerCode, isValidBsn, NietIngelogd, Ongeldig } from '@regelmaat/kernel';

const ongeldigeBsn = (code: InvoerCode, melding: string) =>
  new Ongeldig([{ naam: 'bsn', reden: melding, code }], melding);

/**
 * Logs a citizen in with only a BSN, when the simulation is enabled. Spaces and dots in the input
 * are ignored; an 8-digit BSN gets its leading zero. Returns the 9-digit BSN; throws `NietIngelogd`
 * when the simulation is off, `Ongeldig` (field `bsn`: `verplicht`, `formaat` or `bsn`) otherwise.
 */
export function digidSimulatie(bsn: string | undefined, opties: { ingeschakeld: boolean }): string {
  if (!opties.ingeschakeld)
    throw new NietIngelogd('Inloggen met de DigiD-simulatie staat uit. Dit kan alleen in een testomgeving.');
  const schoon = (bsn ?? '').replace(/[\s.]/g, '');
  if (schoon.length === 0) throw ongeldigeBsn('verplicht', 'Vul uw burgerservicenummer (BSN) in.');
  if (!/^\d{8,9}$/.test(schoon))
    throw ongeldigeBsn(
      'formaat',
      'Een burgerservicenummer (BSN) heeft 9 cijfers. Controleer wat u heeft ingevuld.',
    );
  if (!isValidBsn(schoon))
    throw ongeldigeBsn(
      'bsn',
      'Dit burgerservicenummer (BSN) bestaat niet. Controleer of u geen cijfer verkeerd heeft getypt.',
    );
  return schoon.padStart(9, '0');
}
