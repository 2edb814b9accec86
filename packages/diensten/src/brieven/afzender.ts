/**
 * @module
 * Who sends the letters and with which template: the same for every letter of this deployment
 * (a simulation: no real organisation, address or phone number).
 */
import type { Afzender, SjabloonRef } from '@regelmaat/brieven';

/** The template new letters are filled for. A stored letter keeps the version it names. */
export const SJABLOON: SjabloonRef = { id: 'toeslagbrief', versie: 2 };

export const AFZENDER: Afzender = {
  naam: 'Dienst Toeslagen (simulatie)',
  bezwaaradres: { regels: ['Postbus 12345', '9999 ZZ Voorbeeldstad'] },
  bezwaarUrl: 'https://regelmaat.example/mijn-toeslagen/bezwaar',
  portaalUrl: 'https://regelmaat.example/mijn-toeslagen',
  telefoon: '0800 1234',
  bereikbaar: 'maandag tot en met vrijdag van 8.00 tot 17.00 uur',
};
