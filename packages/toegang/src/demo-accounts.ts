/**
 * @module
 * Demo accounts for the demo and tests. Names are synthetic; the passwords are public on purpose
 * (documented in the README) and must never be used outside a demo. Seeding is idempotent: accounts
 * that exist are left as they are.
 */
import type { Db, Sql } from '@regelmaat/db';
import { hashPartnerSecret } from './partner-secret';
import type { PartnerSoort } from './partners';
import type { MedewerkerRol } from './rechten';
import { hashWachtwoord } from './wachtwoord';

export interface DemoAccount {
  id: string;
  gebruikersnaam: string;
  naam: string;
  rol: MedewerkerRol;
  team: string | null;
  /** Public demo password. */
  wachtwoord: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    id: 'm-behandelaar-1',
    gebruikersnaam: 'behandelaar-1',
    naam: 'Anna Demo',
    rol: 'behandelaar',
    team: 'uitval',
    wachtwoord: 'demo-behandelaar-1',
  },
  {
    id: 'm-behandelaar-2',
    gebruikersnaam: 'behandelaar-2',
    naam: 'Bram Demo',
    rol: 'behandelaar',
    team: 'uitval',
    wachtwoord: 'demo-behandelaar-2',
  },
  {
    id: 'm-behandelaar-3',
    gebruikersnaam: 'behandelaar-3',
    naam: 'Chris Demo',
    rol: 'behandelaar',
    team: 'maatwerk',
    wachtwoord: 'demo-behandelaar-3',
  },
  {
    id: 'm-teamleider-1',
    gebruikersnaam: 'teamleider-1',
    naam: 'Dewi Demo',
    rol: 'teamleider',
    team: 'uitval',
    wachtwoord: 'demo-teamleider-1',
  },
  {
    id: 'm-teamleider-2',
    gebruikersnaam: 'teamleider-2',
    naam: 'Eva Demo',
    rol: 'teamleider',
    team: 'maatwerk',
    wachtwoord: 'demo-teamleider-2',
  },
  {
    // Call-back requests (contactverzoek) land in team Klantcontact.
    id: 'm-behandelaar-4',
    gebruikersnaam: 'behandelaar-4',
    naam: 'Hanna Demo',
    rol: 'behandelaar',
    team: 'klantcontact',
    wachtwoord: 'demo-behandelaar-4',
  },
  {
    id: 'm-teamleider-3',
    gebruikersnaam: 'teamleider-3',
    naam: 'Ilse Demo',
    rol: 'teamleider',
    team: 'klantcontact',
    wachtwoord: 'demo-teamleider-3',
  },
  {
    // Hearings before a recovery (hoorzitting-terugvordering) land in team Invordering.
    id: 'm-behandelaar-5',
    gebruikersnaam: 'behandelaar-5',
    naam: 'Joris Demo',
    rol: 'behandelaar',
    team: 'invordering',
    wachtwoord: 'demo-behandelaar-5',
  },
  {
    id: 'm-teamleider-4',
    gebruikersnaam: 'teamleider-4',
    naam: 'Karin Demo',
    rol: 'teamleider',
    team: 'invordering',
    wachtwoord: 'demo-teamleider-4',
  },
  {
    // Team bezwaar (objections, issue 14): a case worker and a team lead for the four-eyes step.
    id: 'm-behandelaar-6',
    gebruikersnaam: 'behandelaar-6',
    naam: 'Hugo Demo',
    rol: 'behandelaar',
    team: 'bezwaar',
    wachtwoord: 'demo-behandelaar-6',
  },
  {
    id: 'm-teamleider-5',
    gebruikersnaam: 'teamleider-5',
    naam: 'Ivo Demo',
    rol: 'teamleider',
    team: 'bezwaar',
    wachtwoord: 'demo-teamleider-5',
  },
  {
    id: 'm-beleid-1',
    gebruikersnaam: 'beleidsmedewerker-1',
    naam: 'Fleur Demo',
    rol: 'beleidsmedewerker',
    team: 'vaktechniek',
    wachtwoord: 'demo-beleidsmedewerker-1',
  },
  {
    id: 'm-auditor-1',
    gebruikersnaam: 'auditor-1',
    naam: 'Gijs Demo',
    rol: 'auditor',
    team: 'toezicht',
    wachtwoord: 'demo-auditor-1',
  },
];

export interface DemoPartner {
  clientId: string;
  naam: string;
  soort: PartnerSoort;
  /** Public demo secret. */
  secret: string;
}

export const DEMO_PARTNER: DemoPartner = {
  clientId: 'kinderopvang-demo',
  naam: 'Kinderopvang De Speeltuin (demo)',
  soort: 'kinderopvang',
  secret: 'demo-partner-kinderopvang-geheim-2026',
};

/**
 * A second demo childcare provider, so that two providers reporting for the same child (a conflict
 * that opens a case instead of overwriting, migration 017) can be shown and tested.
 */
export const DEMO_PARTNER_2: DemoPartner = {
  clientId: 'kinderopvang-demo-2',
  naam: 'Kinderopvang Het Klimrek (demo)',
  soort: 'kinderopvang',
  secret: 'demo-partner-kinderopvang-2-geheim-2026',
};

/** A demo housing corporation (issue 16): reports rent changes of its own tenants (`huurcontract`). */
export const DEMO_VERHUURDER: DemoPartner = {
  clientId: 'woningcorporatie-demo',
  naam: 'Woonstichting De Linde (demo)',
  soort: 'verhuurder',
  secret: 'demo-partner-woningcorporatie-geheim-2026',
};

/** A demo health insurer (issue 16): reports the start and end of insurance of its own insured (`verzekerde`). */
export const DEMO_ZORGVERZEKERAAR: DemoPartner = {
  clientId: 'zorgverzekeraar-demo',
  naam: 'Zorgverzekeraar Gezond Verzekerd (demo)',
  soort: 'zorgverzekeraar',
  secret: 'demo-partner-zorgverzekeraar-geheim-2026',
};

/** The demo partner clients. */
export const DEMO_PARTNERS: readonly DemoPartner[] = [
  DEMO_PARTNER,
  DEMO_PARTNER_2,
  DEMO_VERHUURDER,
  DEMO_ZORGVERZEKERAAR,
];

/**
 * Creates the demo accounts and the demo partner clients that do not exist yet, in one transaction
 * when given a database. Returns how many accounts and partner clients were created now.
 */
export async function zaaiDemoAccounts(sql: Sql | Db): Promise<{ gebruikers: number; partners: number }> {
  const zaai = async (tx: Sql) => {
    const bestaand = new Set(
      (
        await tx.query<{ id: string }>('SELECT id FROM gebruiker WHERE id = ANY($1::text[])', [
          DEMO_ACCOUNTS.map((a) => a.id),
        ])
      ).rows.map((r) => r.id),
    );
    let gebruikers = 0;
    for (const a of DEMO_ACCOUNTS) {
      if (bestaand.has(a.id)) continue;
      const r = await tx.query(
        `INSERT INTO gebruiker (id, gebruikersnaam, naam, rol, team, wachtwoord_hash)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [a.id, a.gebruikersnaam, a.naam, a.rol, a.team, await hashWachtwoord(a.wachtwoord)],
      );
      gebruikers += r.affectedRows;
    }
    let partners = 0;
    for (const d of DEMO_PARTNERS) {
      const p = await tx.query(
        `INSERT INTO partner_client (client_id, naam, soort, secret_hash)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [d.clientId, d.naam, d.soort, hashPartnerSecret(d.secret)],
      );
      partners += p.affectedRows;
    }
    return { gebruikers, partners };
  };
  return 'transaction' in sql ? sql.transaction(zaai) : zaai(sql);
}
