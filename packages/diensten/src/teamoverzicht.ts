/**
 * @module
 * The team-lead overview (issue 17): open cases per team and case type, how many are late, the
 * approvals waiting, and the expected completion at the pace of the last `dagen` days. Counts only
 * (no case, household or person is read out), so nothing goes to the processing log. Every team is
 * shown, so a lead sees where work piles up; the lead's own team comes first.
 */
import { type Teamstand, teamstand } from '@regelmaat/zaken';
import { type Context, vereis } from './context';
import { datumVan, type Omgeving } from './omgeving';

/** The period of the pace, in calendar days. */
export const TEMPO_DAGEN = 28;

export async function teamOverzicht(
  o: Omgeving,
  ctx: Context,
  dagen = TEMPO_DAGEN,
): Promise<Teamstand & { eigenTeam?: string }> {
  const s = vereis(ctx, 'zaak:herverdelen');
  const stand = await teamstand(o.db, datumVan(o.klok()), dagen);
  const eigen = (team: string) => (team === s.team ? 0 : 1);
  return {
    ...stand,
    regels: [...stand.regels].sort((a, b) => eigen(a.team) - eigen(b.team) || a.team.localeCompare(b.team)),
    ...(s.team ? { eigenTeam: s.team } : {}),
  };
}
