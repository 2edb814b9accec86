/**
 * @module
 * The legal grounds on which an objection can be declared niet-ontvankelijk here, read from the
 * stored objection and today. Pure.
 * - `te-laat`: received after its term (Awb 6:7; not saved by posting in time, 6:9) and the
 *   lateness judged not excusable (6:11);
 * - `gronden-ontbreken`: a pro forma objection whose grounds were not received within the term set
 *   to send them (6:6, 6:5 lid 1 onder d); only once that term has passed.
 */
import type { Bezwaar } from './bezwaar-typen';

export type NietOntvankelijkGrond = 'te-laat' | 'gronden-ontbreken';

export function nietOntvankelijkGrond(b: Bezwaar, vandaag: string): NietOntvankelijkGrond | undefined {
  if (!b.tijdig && b.verschoonbaar === false) return 'te-laat';
  if (
    b.hersteltermijn !== null &&
    b.hersteltermijn < vandaag &&
    (b.gronden === null || (b.grondenOntvangenOp !== null && b.grondenOntvangenOp > b.hersteltermijn))
  )
    return 'gronden-ontbreken';
  return undefined;
}
