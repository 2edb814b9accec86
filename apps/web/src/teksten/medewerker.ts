/**
 * @module
 * Staff texts (Dutch, not held to B1: case workers know the terms of the law). Kept apart from the
 * citizen catalogue so the B1 lint applies to citizen texts only.
 */
export const medewerkerTeksten = {
  'medewerker.inloggen.titel': 'Inloggen voor medewerkers',
  'medewerker.inloggen.intro': 'Log in met uw gebruikersnaam en wachtwoord van de werkomgeving.',
  'medewerker.inloggen.naam': 'Gebruikersnaam',
  'medewerker.inloggen.wachtwoord': 'Wachtwoord',
  'medewerker.inloggen.knop': 'Inloggen',
  'medewerker.fout.naam': 'Vul uw gebruikersnaam in.',
  'medewerker.fout.wachtwoord': 'Vul uw wachtwoord in.',
  'medewerker.fout.teLang': 'Dit is te lang voor een gebruikersnaam of wachtwoord.',
  'medewerker.fout.geenWerkomgeving': 'Dit account kan niet inloggen in de werkomgeving.',
} as const;

export type MedewerkerTekstKey = keyof typeof medewerkerTeksten;
