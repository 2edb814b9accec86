/**
 * @module
 * The expected completion date of an open case (issue 20): the team works its queue in order of
 * urgency (priority, due date, id — as the queue shows it), so a case is done when the work of the
 * cases before it and its own is done, at the pace the team's staff can work. Pure: the hours
 * before the case and the number of staff come from the caller; weekends are not working days
 * (public holidays are not counted, which makes the estimate a little early around them).
 */
import { ZAAKUREN_PER_MEDEWERKER_PER_DAG } from './behandeltijd';

/**
 * The working day on which `uren` hours of case work are done by `medewerkers` staff, counting
 * from `vandaag` (work done today counts for today); undefined when the team has no staff, since
 * then nobody can say when.
 */
export function verwachteAfronding(uren: number, medewerkers: number, vandaag: string): string | undefined {
  if (!(uren >= 0) || !Number.isFinite(uren)) throw new RangeError(`uren must be finite and ≥ 0: ${uren}`);
  if (!Number.isInteger(medewerkers) || medewerkers < 0)
    throw new RangeError(`medewerkers must be a whole number ≥ 0: ${medewerkers}`);
  if (medewerkers === 0) return undefined;
  const werkdagen = Math.max(1, Math.ceil(uren / (medewerkers * ZAAKUREN_PER_MEDEWERKER_PER_DAG)));
  return plusWerkdagen(vandaag, werkdagen - 1);
}

/** The `n`-th working day (Monday–Friday) from `datum`: 0 is `datum` itself or the next working day. */
export function plusWerkdagen(datum: string, n: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a civil date: ${datum}`);
  const weekend = () => d.getUTCDay() === 0 || d.getUTCDay() === 6;
  while (weekend()) d.setUTCDate(d.getUTCDate() + 1);
  for (let i = 0; i < n; i++) {
    d.setUTCDate(d.getUTCDate() + 1);
    while (weekend()) d.setUTCDate(d.getUTCDate() + 1);
  }
  return d.toISOString().slice(0, 10);
}
