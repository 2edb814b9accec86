/**
 * @module
 * Recording that a letter was sent, with the SHA-256 of the PDF that went out. Recorded once: the
 * same hash again changes nothing; another hash is refused (the table's trigger refuses it too).
 */
import type { Sql } from '@regelmaat/db';
import { leesBrief } from './brief-lezen';

export type Verzending =
  | { uitkomst: 'vastgelegd' | 'al-vastgelegd'; op: string; pdfSha256: string }
  | { uitkomst: 'ander-pdf'; op: string; pdfSha256: string }
  | { uitkomst: 'geen-brief' };

export async function legVerzendingVast(
  sql: Sql,
  beschikkingId: number,
  pdfSha256: string,
  op: string,
): Promise<Verzending> {
  if (!/^[0-9a-f]{64}$/.test(pdfSha256)) throw new Error('verzending: pdfSha256 is geen SHA-256 in hex');
  const r = await sql.query(
    'UPDATE brief SET verzonden_op = $2, pdf_sha256 = $3 WHERE beschikking_id = $1 AND pdf_sha256 IS NULL',
    [beschikkingId, op, pdfSha256],
  );
  const b = await leesBrief(sql, beschikkingId);
  if (!b?.verzonden) return { uitkomst: 'geen-brief' };
  if ((r.affectedRows ?? 0) > 0 && b.verzonden.pdfSha256 === pdfSha256)
    return { uitkomst: 'vastgelegd', ...b.verzonden };
  return { uitkomst: b.verzonden.pdfSha256 === pdfSha256 ? 'al-vastgelegd' : 'ander-pdf', ...b.verzonden };
}
