/**
 * @module
 * The objection requests the API and the web share (issue 14): a citizen's objection, one
 * registered by a case worker, and each step of the case work.
 */
import { BESLISSINGEN, OVERSLAAN_GROND_IDS } from '@regelmaat/zaken';
import { z } from 'zod';
import { STUK_GRENZEN } from '../bezwaar/bezwaar-stukken';
import { Centen, Datum, Id, Tekst } from './velden';

export const BezwaarVerzoek = z.strictObject({
  beschikkingId: Id,
  /** Empty or absent: a pro forma objection; the grounds follow (Awb 6:6). */
  gronden: Tekst(10_000).optional(),
  telefoon: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,20}$/, 'moet een telefoonnummer zijn')
    .optional(),
  voorkeur: Tekst(500).optional(),
});

export const BezwaarRegistratieVerzoek = BezwaarVerzoek.extend({
  kanaal: z.enum(['post', 'telefoon']),
  ontvangenOp: Datum,
  gepostOp: Datum.optional(),
});

/** Base64 text of `n` bytes is at most this long. */
const base64Lengte = (n: number) => Math.ceil(n / 3) * 4;

/**
 * A document sent with an objection over the API (the web sends files as multipart): its name and
 * its bytes as base64. The type comes from the bytes, not the name (`keurStukken`).
 */
export const StukVerzoek = z.strictObject({
  bestandsnaam: Tekst(200),
  inhoud: z
    .base64('moet base64 zijn')
    .min(1, 'is verplicht')
    .max(base64Lengte(STUK_GRENZEN.bytes), `mag hoogstens ${STUK_GRENZEN.bytes} bytes zijn`),
});
const Stukken = z
  .array(StukVerzoek)
  .max(STUK_GRENZEN.aantal, `ten hoogste ${STUK_GRENZEN.aantal} bestanden`)
  .optional();

/** The API's objection: the shared fields and optional documents (`stukken`, base64). */
export const BezwaarMetStukkenVerzoek = BezwaarVerzoek.extend({ stukken: Stukken });
export const BezwaarRegistratieMetStukkenVerzoek = BezwaarRegistratieVerzoek.extend({ stukken: Stukken });

/** The bytes of documents as they came over the API. */
export function stukkenUitBase64(
  stukken: readonly z.infer<typeof StukVerzoek>[] | undefined,
): { bestandsnaam: string; inhoud: Uint8Array }[] {
  return (stukken ?? []).map((s) => ({
    bestandsnaam: s.bestandsnaam,
    inhoud: new Uint8Array(Buffer.from(s.inhoud, 'base64')),
  }));
}

export const BezwaarGesprekVerzoek = z.strictObject({ uitkomst: Tekst(5000), ingetrokken: z.boolean() });
export const HoorzittingPlannenVerzoek = z.strictObject({ op: Datum });
export const HoorzittingVerslagVerzoek = z.strictObject({ verslag: Tekst(10_000) });
export const HoorzittingOverslaanVerzoek = z.strictObject({
  grond: z.enum(OVERSLAAN_GROND_IDS as [string, ...string[]]),
  toelichting: Tekst(2000),
});
export const GrondenVerzoek = z.strictObject({ gronden: Tekst(10_000), ontvangenOp: Datum });
export const TeLaatVerzoek = z.strictObject({ verschoonbaar: z.boolean(), toelichting: Tekst(2000) });
export const VerdagingVerzoek = z.strictObject({ reden: Tekst(2000) });
export const IngebrekestellingVerzoek = z.strictObject({ ontvangenOp: Datum });
export const BezwaarBeslissingVerzoek = z.strictObject({
  beslissing: z.enum(BESLISSINGEN),
  motivering: Tekst(10_000),
  regeling: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .optional(),
  nieuwJaarbedrag: Centen.min(0).optional(),
});
