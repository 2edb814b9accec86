/**
 * @module
 * Every case type lands in a team that has staff (issue 17): a case opened in a team nobody works in
 * is in no one's queue, so nobody ever sees it. `regelmaat server` checks this at start-up and
 * refuses to serve when a case type's team has no active case worker or team lead.
 */
import type { Sql } from '@regelmaat/db';
import { aantalActieveMedewerkers, bezetteTeams } from '@regelmaat/toegang';
import { ZAAKTYPEN, type ZaakSoort } from '@regelmaat/zaken';

export interface OnbezetZaaktype {
  zaaktype: ZaakSoort;
  naam: string;
  team: string;
}

export interface Bezetting {
  /** Active staff accounts; 0 on a database nobody has set up yet. */
  medewerkers: number;
  /** The case types whose team has no active case worker or team lead. */
  onbezet: OnbezetZaaktype[];
}

export async function bezetting(sql: Sql): Promise<Bezetting> {
  const teams = await bezetteTeams(sql);
  return {
    medewerkers: await aantalActieveMedewerkers(sql),
    onbezet: ZAAKTYPEN.filter((t) => !teams.has(t.team)).map((t) => ({
      zaaktype: t.id,
      naam: t.naam,
      team: t.team,
    })),
  };
}

/** Thrown at start-up when a case type's team has no staff; the message names each one. */
export class OnbezetteZaaktypen extends Error {
  constructor(readonly onbezet: readonly OnbezetZaaktype[]) {
    super(
      `Niet gestart: ${onbezet.length === 1 ? 'een zaaktype komt' : `${onbezet.length} zaaktypen komen`} in een team zonder medewerkers, ` +
        `zodat niemand die zaken in een werkvoorraad ziet:\n${onbezet
          .map((o) => `  - ${o.zaaktype} (${o.naam}) → team ${o.team}`)
          .join('\n')}\nMaak voor elk van deze teams een actieve behandelaar of teamleider aan.`,
    );
    this.name = 'OnbezetteZaaktypen';
  }
}

/**
 * Throws `OnbezetteZaaktypen` when a case type's team has no staff. A database without any staff
 * account (not set up yet: nobody can open the workspace at all) passes; the answer says so.
 */
export async function controleerBezetting(sql: Sql): Promise<Bezetting> {
  const b = await bezetting(sql);
  if (b.medewerkers > 0 && b.onbezet.length > 0) throw new OnbezetteZaaktypen(b.onbezet);
  return b;
}
