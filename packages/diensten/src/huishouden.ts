/**
 * @module
 * Finding the household a request is about, with the access rule for citizens: a citizen (burger)
 * reaches only the household they belong to, by their own BSN from the login; staff reach any
 * household their role allows. An unknown BSN and a household one may not see look different only
 * to staff, never to citizens.
 */
import { isValidBsn } from '@regelmaat/kernel';
import type { Recht, Sessie } from '@regelmaat/toegang';
import { zoekHuishouden } from '@regelmaat/verwerking';
import { type Context, ingelogd, vereis } from './context';
import { Geweigerd, NietGevonden, Ongeldig } from './fouten';
import type { Omgeving } from './omgeving';

export interface Doel {
  huishoudenId: number;
  bsn: string;
  sessie: Sessie;
}

/**
 * The household of `bsn` (for staff, with `staf` right) or of the citizen's own BSN (with `burger`
 * right; a citizen may pass no BSN or only their own).
 */
export async function huishoudenVoor(
  o: Omgeving,
  ctx: Context,
  bsn: string | undefined,
  rechten: { burger?: Recht; staf?: Recht },
): Promise<Doel> {
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
  const huishoudenId = await zoekHuishouden(o.db, doelBsn);
  if (huishoudenId === undefined) {
    throw new NietGevonden(
      s.rol === 'burger' ? 'Wij hebben geen toeslagen van u gevonden.' : 'Geen huishouden met dit BSN.',
    );
  }
  return { huishoudenId, bsn: doelBsn, sessie: s };
}
