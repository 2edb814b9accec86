/**
 * @module
 * Staff accounts (table `gebruiker`, migration 005): creating one and checking a password.
 *
 * `controleerWachtwoord` takes the same time and gives the same answer for an unknown user, an
 * inactive user and a wrong password: it always runs one scrypt comparison (against a dummy hash
 * when there is no usable account), so neither the answer nor the timing tells which usernames exist.
 */
import type { Sql } from '@regelmaat/db';
import { isMedewerkerRol, type MedewerkerRol } from './rechten';
import { hashWachtwoord, kloptWachtwoord } from './wachtwoord';

export interface Gebruiker {
  id: string;
  gebruikersnaam: string;
  /** Synthetic display name. */
  naam: string;
  rol: MedewerkerRol;
  team: string | null;
}

export type Inlogresultaat = { ok: true; gebruiker: Gebruiker } | { ok: false };

interface GebruikerRij extends Gebruiker {
  wachtwoord_hash: string;
  actief: boolean;
}

let dummyHash: Promise<string> | undefined;
function vergelijkHash(): Promise<string> {
  dummyHash ??= hashWachtwoord('geen-account-met-deze-naam');
  return dummyHash;
}

export function normaliseerGebruikersnaam(gebruikersnaam: string): string {
  return gebruikersnaam.trim().toLowerCase();
}

/** Checks a username and password. Same answer and timing for unknown user and wrong password. */
export async function controleerWachtwoord(
  sql: Sql,
  gebruikersnaam: string,
  wachtwoord: string,
): Promise<Inlogresultaat> {
  const r = await sql.query<GebruikerRij>(
    'SELECT id, gebruikersnaam, naam, rol, team, wachtwoord_hash, actief FROM gebruiker WHERE gebruikersnaam = $1',
    [normaliseerGebruikersnaam(gebruikersnaam)],
  );
  const rij = r.rows[0];
  const bruikbaar = rij?.actief === true && isMedewerkerRol(rij.rol) ? rij : undefined;
  const klopt = await kloptWachtwoord(
    wachtwoord,
    bruikbaar ? bruikbaar.wachtwoord_hash : await vergelijkHash(),
  );
  if (!bruikbaar || !klopt) return { ok: false };
  const { id, naam, rol, team } = bruikbaar;
  return { ok: true, gebruiker: { id, gebruikersnaam: bruikbaar.gebruikersnaam, naam, rol, team } };
}

export interface NieuweGebruiker {
  id: string;
  gebruikersnaam: string;
  naam: string;
  rol: MedewerkerRol;
  team?: string | null;
  wachtwoord: string;
}

/** Creates a staff account. Throws on a duplicate id or username (unique keys). */
export async function maakGebruiker(sql: Sql, g: NieuweGebruiker): Promise<Gebruiker> {
  if (!isMedewerkerRol(g.rol)) throw new Error(`Geen rol voor een medewerker: ${String(g.rol)}`);
  if (g.wachtwoord.length < 12) throw new Error('Een wachtwoord moet minstens 12 tekens hebben.');
  const gebruiker: Gebruiker = {
    id: g.id,
    gebruikersnaam: normaliseerGebruikersnaam(g.gebruikersnaam),
    naam: g.naam,
    rol: g.rol,
    team: g.team ?? null,
  };
  await sql.query(
    `INSERT INTO gebruiker (id, gebruikersnaam, naam, rol, team, wachtwoord_hash)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      gebruiker.id,
      gebruiker.gebruikersnaam,
      gebruiker.naam,
      gebruiker.rol,
      gebruiker.team,
      await hashWachtwoord(g.wachtwoord),
    ],
  );
  return gebruiker;
}
