/**
 * @module
 * Logging in, as requests: staff with user name and password, a citizen through the DigiD
 * simulation, a partner client with its id and secret. The API and the web's login forms validate
 * with these same schemas.
 */
import { z } from 'zod';
import { Bsn, Tekst, TekstVrij } from './velden';

export const MedewerkerInlogVerzoek = z.strictObject({
  gebruikersnaam: Tekst(100),
  wachtwoord: TekstVrij(200),
});

export const DigidVerzoek = z.strictObject({ bsn: Bsn });

export const PartnerInlogVerzoek = z.strictObject({ clientId: Tekst(100), secret: TekstVrij(200) });
