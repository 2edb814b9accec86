/**
 * @module
 * Documents sent with an objection (issue 14): a citizen uploads them with the objection in the
 * portal, a case worker with one registered from the post. Only PDF, JPEG and PNG, told from the
 * file's own first bytes (`file-type`), never from its name or the type the browser claims; at most
 * `STUK_GRENZEN.aantal` files of at most `STUK_GRENZEN.bytes` each. Each is stored with its SHA-256
 * hash, size, type and the moment of upload (table `bezwaar_stuk`). A citizen downloads only their
 * own household's documents (another's look like one that does not exist); a case worker with
 * `zaak:lezen` any objection's. Every read and write is logged for each person of the household.
 */
import { createHash } from 'node:crypto';
import { leesDossierFeiten, zoekHuishouden } from '@regelmaat/dossier-opslag';
import { NietGevonden, Ongeldig, type OngeldigVeld } from '@regelmaat/kernel';
import type { Sessie } from '@regelmaat/toegang';
import {
  type BezwaarStuk,
  type BezwaarStukMetInhoud,
  bezwaarStuk,
  bezwaarStukken,
  bezwaar as leesBezwaar,
  type NieuwStuk,
  STUK_TYPEN,
  type StukType,
} from '@regelmaat/zaken';
import { fileTypeFromBuffer } from 'file-type';

export type { BezwaarStuk, BezwaarStukMetInhoud };

import { type Context, ingelogd, vereis } from '../context';
import type { Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';

/** How many documents one objection may bring, and how large each may be. */
export const STUK_GRENZEN = { aantal: 5, bytes: 5 * 1024 * 1024 } as const;

/** A document as it comes in: the name the person gave it and its bytes. */
export interface StukInvoer {
  bestandsnaam: string;
  inhoud: Uint8Array;
}

/** Only the name's last part, without control characters, at most 200 characters. */
export function veiligeBestandsnaam(naam: string): string {
  const laatste = naam.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const schoon = laatste.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return schoon.slice(0, 200) || 'stuk';
}

function isStukType(mime: string | undefined): mime is StukType {
  return (STUK_TYPEN as readonly string[]).includes(mime ?? '');
}

/**
 * Checks the documents and gives them their type and hash; refuses the whole set (`Ongeldig`, one
 * problem per file: `stukken[i]`) when one is empty, too large or not a PDF, JPEG or PNG by its bytes.
 */
export async function keurStukken(stukken: readonly StukInvoer[]): Promise<NieuwStuk[]> {
  if (stukken.length > STUK_GRENZEN.aantal)
    throw new Ongeldig([
      { naam: 'stukken', code: 'te-lang', reden: `ten hoogste ${STUK_GRENZEN.aantal} bestanden` },
    ]);
  const fouten: OngeldigVeld[] = [];
  const uit: NieuwStuk[] = [];
  for (const [i, s] of stukken.entries()) {
    const naam = `stukken[${i}]`;
    if (s.inhoud.byteLength === 0) {
      fouten.push({ naam, code: 'verplicht', reden: 'het bestand is leeg' });
      continue;
    }
    if (s.inhoud.byteLength > STUK_GRENZEN.bytes) {
      fouten.push({ naam, code: 'te-groot', reden: `groter dan ${STUK_GRENZEN.bytes} bytes` });
      continue;
    }
    const soort = await fileTypeFromBuffer(s.inhoud);
    if (!isStukType(soort?.mime)) {
      fouten.push({ naam, code: 'keuze', reden: 'is geen PDF, JPEG of PNG' });
      continue;
    }
    uit.push({
      bestandsnaam: veiligeBestandsnaam(s.bestandsnaam),
      inhoudstype: soort.mime,
      sha256: createHash('sha256').update(s.inhoud).digest('hex'),
      inhoud: s.inhoud,
    });
  }
  if (fouten.length) throw new Ongeldig(fouten);
  return uit;
}

/** Who uploaded a document, as stored: a citizen as `burger` (no identifier), staff by their id. */
export function uploaderVan(s: Sessie): string {
  return s.rol === 'burger' ? 'burger' : s.id;
}

const GEEN_STUK = 'Dit bestand bestaat niet.';
const GEEN_BEZWAAR = 'Dit bezwaar bestaat niet.';

/**
 * The documents of one objection, without their bytes; a citizen only of their own household's
 * objection (another's looks like one that does not exist), staff with `zaak:lezen` any.
 */
export async function bezwaarStukkenVan(
  o: Omgeving,
  ctx: Context,
  bezwaarId: number,
): Promise<BezwaarStuk[]> {
  const start = o.klok();
  const s = ingelogd(ctx);
  if (s.rol === 'burger') vereis(ctx, 'bezwaar:indienen');
  else vereis(ctx, 'zaak:lezen');
  return o.db.transaction(async (tx) => {
    const b = await leesBezwaar(tx, bezwaarId);
    if (s.rol === 'burger') {
      const eigen = s.bsn ? await zoekHuishouden(tx, s.bsn) : undefined;
      if (!b || eigen !== b.huishoudenId) throw new NietGevonden(GEEN_BEZWAAR);
    } else if (!b) throw new NietGevonden(GEEN_BEZWAAR);
    const stukken = await bezwaarStukken(tx, b.id);
    const bsns = personenUitFeiten(await leesDossierFeiten(tx, b.huishoudenId));
    await log(
      o,
      ctx,
      tx,
      s.rol === 'burger' ? 'bezwaar-indienen' : 'bezwaar-behandelen',
      'bezwaarstukken bekijken',
      bsns,
      start,
    );
    return stukken;
  });
}

/** One document with its bytes, to download; a citizen only their own household's. */
export async function bezwaarStukDownloaden(
  o: Omgeving,
  ctx: Context,
  id: number,
): Promise<BezwaarStukMetInhoud> {
  const start = o.klok();
  const s = ingelogd(ctx);
  if (s.rol === 'burger') vereis(ctx, 'bezwaar:indienen');
  else vereis(ctx, 'zaak:lezen');
  return o.db.transaction(async (tx) => {
    const stuk = await bezwaarStuk(tx, id);
    if (s.rol === 'burger') {
      const eigen = s.bsn ? await zoekHuishouden(tx, s.bsn) : undefined;
      if (!stuk || eigen !== stuk.huishoudenId) throw new NietGevonden(GEEN_STUK);
    } else if (!stuk) throw new NietGevonden(GEEN_STUK);
    const bsns = personenUitFeiten(await leesDossierFeiten(tx, stuk.huishoudenId));
    await log(
      o,
      ctx,
      tx,
      s.rol === 'burger' ? 'bezwaar-indienen' : 'bezwaar-behandelen',
      'bezwaarstuk downloaden',
      bsns,
      start,
    );
    return stuk;
  });
}
