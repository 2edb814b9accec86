/**
 * Test helpers: synthetic households (BSNs that pass the 11-proef), actors and a complete
 * maatwerk input. For tests only.
 */
import type { Sql } from '@regelmaat/db';
import { isValidBsn } from '@regelmaat/kernel';
import type { MaatwerkInvoer } from '../maatwerk-invoer';
import type { Actor } from '../typen';

/** The n-th synthetic BSN (9 digits, starting with 9 so it is clearly not real) that passes the 11-proef. */
export function synthetischBsn(n: number): string {
  for (let i = 900_000_000 + n * 20; ; i++) if (isValidBsn(String(i))) return String(i);
}

export async function maakHuishoudens(sql: Sql, ids: number[]): Promise<void> {
  for (const id of ids)
    await sql.query('INSERT INTO huishouden (id, bsn_aanvrager) VALUES ($1, $2)', [id, synthetischBsn(id)]);
}

export const ANNA: Actor = { id: 'anna', rol: 'behandelaar', team: 'maatwerk' };
export const BART: Actor = { id: 'bart', rol: 'behandelaar', team: 'maatwerk' };
export const TEAMLEIDER: Actor = { id: 'tess', rol: 'teamleider', team: 'maatwerk' };
export const TEAMLEIDER2: Actor = { id: 'tom', rol: 'teamleider', team: 'maatwerk' };
export const BURGER: Actor = { id: 'burger-1', rol: 'burger' };

export const NU = '2026-03-02T09:00:00.000Z';

/**
 * Staff accounts for actors (table `gebruiker`), so cases can be reassigned to them: reassignment
 * goes only to an existing, active case worker or team lead of the case's team.
 */
export async function maakMedewerkers(
  sql: Sql,
  actoren: readonly { id: string; rol: string; team?: string }[],
  actief = true,
): Promise<void> {
  for (const a of actoren)
    await sql.query(
      `INSERT INTO gebruiker (id, gebruikersnaam, naam, rol, team, wachtwoord_hash, actief)
       VALUES ($1, $2, $3, $4, $5, 'scrypt$test', $6) ON CONFLICT (id) DO NOTHING`,
      [a.id, `test-${a.id}`.toLowerCase(), `Test ${a.id}`, a.rol, a.team ?? null, actief],
    );
}

export function maatwerkInvoer(zaakId: number, wijzig: Partial<MaatwerkInvoer> = {}): MaatwerkInvoer {
  return {
    zaakId,
    regeling: 'huurtoeslag',
    jaar: 2026,
    standaardUitkomst: {
      bedrag: 240_000,
      omschrijving: 'Terugvordering huurtoeslag 2026 volgens de standaardregel',
    },
    afwijking: { bedrag: 60_000, betalingsregeling: { termijnen: 24, bedragPerTermijn: 2_500 } },
    grondslag: 'awir-26-2',
    afweging: 'Volledige terugvordering brengt het huishouden onder het bestaansminimum.',
    vragen: {
      rechtvaardig: 'Ja: de fout kwam door een late melding van de verhuurder.',
      samen: 'Besproken met de burger en de schuldhulpverlener van de gemeente.',
      aanspreekbaar: 'De afweging staat in het besluit en is uit te leggen.',
    },
    niveau: 'vergelijkbaar',
    huishoudtype: 'alleenstaande-met-kinderen',
    redenen: ['HOGE_TERUGVORDERING', 'TERUGVORDERING_ZWAAR'],
    ...wijzig,
  };
}
