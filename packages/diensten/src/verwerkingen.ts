/**
 * @module
 * Who processed whose data (C15): an auditor asks for any BSN and sees who (the actor, from the
 * application's audit joined on trace id); a citizen sees what was done with their own data —
 * which activity, when, for what purpose — without the names of staff.
 */
import { isValidBsn, Ongeldig } from '@regelmaat/kernel';
import {
  type VerwerkingenOverzicht,
  type VerwerkingRegel,
  verwerkingenOverzicht,
  verwerkingenVan,
} from '@regelmaat/logboek';
import { type Context, vereis } from './context';
import type { Omgeving } from './omgeving';
import { log } from './verwerkingslog';

export async function verwerkingenVoorAuditor(
  o: Omgeving,
  ctx: Context,
  bsn: string,
): Promise<VerwerkingRegel[]> {
  vereis(ctx, 'verwerkingen:lezen');
  if (!isValidBsn(bsn)) throw new Ongeldig([{ naam: 'bsn', reden: 'is geen geldig BSN (11-proef)' }]);
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const r = await verwerkingenVan(tx, bsn, o.sleutels.pseudoniem, { metActor: true, limiet: 500 });
    await log(o, ctx, tx, 'logboek-inzien-auditor', 'verwerkingen opvragen', [bsn], op);
    return r;
  });
}

export async function mijnVerwerkingen(o: Omgeving, ctx: Context): Promise<VerwerkingRegel[]> {
  const s = vereis(ctx, 'eigen-verwerkingen:lezen');
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const r = await verwerkingenVan(tx, s.bsn!, o.sleutels.pseudoniem, { metActor: false, limiet: 500 });
    await log(o, ctx, tx, 'eigen-logboek-inzien', 'eigen verwerkingen inzien', [s.bsn!], op);
    return r;
  });
}

/** Groups of the citizen's own processing log per page ("Wat is er met mijn gegevens gedaan?"). */
export const VERWERKINGEN_PER_PAGINA = 20;

/**
 * The citizen's own processing log grouped per month, activity and the role of who acted (never a
 * staff member's identity), page `pagina` (from 1). Reading it is itself logged.
 */
export async function mijnVerwerkingenOverzicht(
  o: Omgeving,
  ctx: Context,
  pagina: number,
): Promise<VerwerkingenOverzicht & { pagina: number; perPagina: number }> {
  const s = vereis(ctx, 'eigen-verwerkingen:lezen');
  if (!Number.isInteger(pagina) || pagina < 1 || pagina > 100_000)
    throw new Ongeldig([{ naam: 'pagina', reden: 'is geen paginanummer', code: 'formaat' }]);
  const op = o.klok();
  return o.db.transaction(async (tx) => {
    const r = await verwerkingenOverzicht(tx, s.bsn!, o.sleutels.pseudoniem, {
      pagina,
      perPagina: VERWERKINGEN_PER_PAGINA,
    });
    await log(o, ctx, tx, 'eigen-logboek-inzien', 'eigen verwerkingen inzien', [s.bsn!], op);
    return { ...r, pagina, perPagina: VERWERKINGEN_PER_PAGINA };
  });
}
