/**
 * @module
 * The warning before a due date (issue 17: "queues warn before due dates"): a case that is not
 * closed and whose due date is today or within the next `BIJNA_WERKDAGEN` working days is "bijna te
 * laat", so it is picked up before it is late. Working days are Monday to Friday; public holidays
 * are not counted out (the due dates themselves are in calendar days, see zaaktypen.ts).
 */
import { isTeLaat, plusDagen } from './zaaktypen';

/** A case due within this many working days (or today) is "bijna te laat". */
export const BIJNA_WERKDAGEN = 2;

/** Working days d with `van` < d <= `tot` (0 when `tot` <= `van`). */
export function werkdagenTot(van: string, tot: string): number {
  let n = 0;
  for (let d = plusDagen(van, 1); d <= tot; d = plusDagen(d, 1)) {
    const dag = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (dag !== 0 && dag !== 6) n++;
    // Far-off dates need no exact count: the warning only asks "at most BIJNA_WERKDAGEN".
    if (n > BIJNA_WERKDAGEN) return n;
  }
  return n;
}

/** `te-laat` (past due), `bijna` (due today or within BIJNA_WERKDAGEN working days) or none. */
export function termijnWaarschuwing(
  termijn: string,
  status: string,
  vandaag: string,
): 'te-laat' | 'bijna' | undefined {
  if (status === 'afgerond') return undefined;
  if (isTeLaat(termijn, status, vandaag)) return 'te-laat';
  return werkdagenTot(vandaag, termijn) <= BIJNA_WERKDAGEN ? 'bijna' : undefined;
}
