/**
 * @module
 * Finding the household a request is about, with the access rule for citizens: a citizen (burger)
 * reaches only the household they belong to, by their own BSN from the login; staff reach any
 * household their role allows. An unknown BSN and a household one may not see look different only
 * to staff, never to citizens.
 */

import { type DossierFeit, leesDossierVanBsn, zoekHuishouden } from '@regelmaat/dossier-opslag';
import { Geweigerd, isValidBsn, NietGevonden, Ongeldig } from '@regelmaat/kernel';
import type { Recht, Sessie } from '@regelmaat/toegang';
import { type Context, ingelogd, vereis } from './context';
import type { Omgeving } from './omgeving';

export interface Doel {
  huishoudenId: number;
  bsn: string;
  sessie: Sessie;
}

export interface Wie {
  bsn: string;
  sessie: Sessie;
}

/**
 * Whose data a request is about, and whether the caller may see it: `bsn` for staff (with the
 * `staf` right), the citizen's own BSN for a citizen (with the `burger` right; a citizen may pass no
 * BSN or only their own). No database access.
 */
export function wieVoor(
  ctx: Context,
  bsn: string | undefined,
  rechten: { burger?: Recht; staf?: Recht },
): Wie {
  const s = ingelogd(ctx);
  let doelBsn: string;
  if (s.rol === 'burger') {
    if (!rechten.burger) throw new Geweigerd('Dit is alleen voor medewerkers.');
    vereis(ctx, rechten.burger);
    if (bsn !== undefined && bsn !== s.bsn) throw new Geweigerd('U kunt alleen uw eigen gegevens bekijken.');
    doelBsn = s.bsn!;
  } else {
    if (!rechten.staf) throw new Geweigerd(`Uw rol (${s.rol}) mag dit niet.`);
    vereis(ctx, rechten.staf);
    if (bsn === undefined) throw new Ongeldig([{ naam: 'bsn', reden: 'is verplicht' }]);
    doelBsn = bsn;
  }
  if (!isValidBsn(doelBsn)) throw new Ongeldig([{ naam: 'bsn', reden: 'is geen geldig BSN (11-proef)' }]);
  return { bsn: doelBsn, sessie: s };
}

function nietGevonden(s: Sessie): NietGevonden {
  return new NietGevonden(
    s.rol === 'burger' ? 'Wij hebben geen toeslagen van u gevonden.' : 'Geen huishouden met dit BSN.',
  );
}

/** The household of the request (see `wieVoor`), by id. */
export async function huishoudenVoor(
  o: Omgeving,
  ctx: Context,
  bsn: string | undefined,
  rechten: { burger?: Recht; staf?: Recht },
): Promise<Doel> {
  const wie = wieVoor(ctx, bsn, rechten);
  const huishoudenId = await zoekHuishouden(o.db, wie.bsn);
  if (huishoudenId === undefined) throw nietGevonden(wie.sessie);
  return { huishoudenId, ...wie };
}

/** The household of the request with all its facts, in one query. */
export async function dossierVoor(
  o: Omgeving,
  ctx: Context,
  bsn: string | undefined,
  rechten: { burger?: Recht; staf?: Recht },
): Promise<Doel & { feiten: DossierFeit[] }> {
  const wie = wieVoor(ctx, bsn, rechten);
  const d = await leesDossierVanBsn(o.db, wie.bsn);
  if (!d) throw nietGevonden(wie.sessie);
  return { ...d, ...wie };
}
