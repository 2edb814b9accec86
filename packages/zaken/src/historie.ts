/**
 * @module
 * Writes one history row (who did what when) for a change of a case, in the caller's transaction.
 * History is append-only: nothing in this package updates or deletes it.
 */
import type { Sql } from '@regelmaat/db';
import type { Actor } from './typen';

export async function schrijfHistorie(
  tx: Sql,
  zaakId: number,
  actie: string,
  versie: number,
  actor: Pick<Actor, 'id' | 'rol'>,
  nu: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await tx.query(
    `INSERT INTO zaak_historie (zaak_id, tijdstip, actor, rol, actie, versie, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
    [zaakId, nu, actor.id, actor.rol, actie, versie, JSON.stringify(details)],
  );
}
