/**
 * @module
 * Forms that send files (`multipart/form-data`, @fastify/multipart): the text fields arrive in the
 * body as plain strings, as from an ordinary form, and each file as a `Bestand` (its name, its
 * bytes, and whether it was cut off at the size limit). Whether a file may be kept is the service's
 * to say (`keurStukken`: type from its bytes, size, count); here only the stream is bounded, and a
 * file cut off at the limit is reported as too large without reading more of it.
 */
import fastifyMultipart from '@fastify/multipart';
import {
  type BezwaarStukMetInhoud,
  Ongeldig,
  STUK_GRENZEN,
  type StukInvoer,
  veiligeBestandsnaam,
} from '@regelmaat/diensten';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { t } from '../teksten';

/** What the file picker offers; the server decides by the file's own bytes. */
export const STUK_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** The limits in words, from the service's own `STUK_GRENZEN`. */
export const stukGrenzen = () => ({
  aantal: STUK_GRENZEN.aantal,
  mb: String(STUK_GRENZEN.bytes / (1024 * 1024)).replace('.', ','),
});

/** One uploaded file as the body holds it. */
export interface Bestand {
  readonly bestandsnaam: string;
  readonly inhoud: Uint8Array;
  /** Larger than the limit: the rest was not read. */
  readonly afgekapt: boolean;
}

function isBestand(v: unknown): v is Bestand {
  return v !== null && typeof v === 'object' && 'inhoud' in v && (v as Bestand).inhoud instanceof Uint8Array;
}

/** At most this many files in one request; more is refused before any route (413). */
const HARDE_GRENS_BESTANDEN = 20;

export async function registreerBestanden(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: {
      fileSize: STUK_GRENZEN.bytes,
      files: HARDE_GRENS_BESTANDEN,
      fields: 50,
      fieldSize: 64 * 1024,
      parts: 100,
    },
    async onFile(part) {
      const inhoud = await part.toBuffer();
      const bestand: Bestand = {
        bestandsnaam: part.filename,
        inhoud: new Uint8Array(inhoud.buffer, inhoud.byteOffset, inhoud.byteLength),
        afgekapt: part.file.truncated,
      };
      (part as unknown as { value: Bestand }).value = bestand;
    },
  });
}

/**
 * The files of one field: the ones chosen (a browser sends an empty part, with no name, when none
 * was), and the names of those that were too large.
 */
export function bestandenVan(body: unknown, naam: string): { stukken: StukInvoer[]; teGroot: string[] } {
  const v = (body as Record<string, unknown> | undefined)?.[naam];
  const alle = (Array.isArray(v) ? v : [v]).filter(isBestand);
  const gekozen = alle.filter((b) => b.bestandsnaam !== '' || b.inhoud.byteLength > 0);
  return {
    stukken: gekozen
      .filter((b) => !b.afgekapt)
      .map((b) => ({ bestandsnaam: b.bestandsnaam, inhoud: b.inhoud })),
    teGroot: gekozen.filter((b) => b.afgekapt).map((b) => b.bestandsnaam),
  };
}

/**
 * The refusal of a set of files (`Ongeldig` from `keurStukken`, fields `stukken` and `stukken[i]`)
 * and the files cut off at the limit, as one message for the file field, naming each file (B1).
 * `undefined` when the refusal is about something else.
 */
export function bestandFout(
  stukken: readonly StukInvoer[],
  teGroot: readonly string[],
  e?: unknown,
): string | undefined {
  const { aantal, mb } = stukGrenzen();
  const zinnen = teGroot.map((naam) => t('bezwaar.fout.bestandTeGroot', { naam: naamVan(naam), mb }));
  if (e instanceof Ongeldig)
    for (const v of e.velden) {
      if (v.naam === 'stukken') zinnen.push(t('bezwaar.fout.teVeelBestanden', { aantal }));
      const m = /^stukken\[(\d+)\]$/.exec(v.naam);
      if (!m) continue;
      const naam = naamVan(stukken[Number(m[1])]?.bestandsnaam ?? '');
      zinnen.push(
        v.code === 'te-groot'
          ? t('bezwaar.fout.bestandTeGroot', { naam, mb })
          : v.code === 'verplicht'
            ? t('bezwaar.fout.bestandLeeg', { naam })
            : t('bezwaar.fout.bestandType', { naam }),
      );
    }
  return zinnen.length ? zinnen.join(' ') : undefined;
}

const naamVan = (naam: string) => `"${veiligeBestandsnaam(naam)}"`;

/** Sends a stored file as a download, with its own type (never shown inline). */
export function stuurStuk(reply: FastifyReply, stuk: BezwaarStukMetInhoud): FastifyReply {
  return reply
    .type(stuk.inhoudstype)
    .header(
      'Content-Disposition',
      `attachment; filename="stuk-${stuk.id}"; filename*=UTF-8''${encodeURIComponent(stuk.bestandsnaam)}`,
    )
    .send(Buffer.from(stuk.inhoud));
}
