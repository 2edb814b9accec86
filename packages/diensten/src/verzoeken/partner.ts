/**
 * @module
 * A childcare provider's report (Awir art. 38 lid 4/5), one at a time or as a batch of rows. The
 * provider is never a field: it is the authenticated partner client.
 */
import { z } from 'zod';
import { Bsn, Datum, Jaar } from './velden';

const tweeDecimalen = (x: number) => Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;

export const OpvangMeldingVerzoek = z.strictObject({
  meldingId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'moet 1 tot 100 tekens zijn: letters, cijfers, . _ : -')
    .describe(
      'Uw eigen, unieke id van deze melding (idempotentie). Aanbevolen; zonder id telt alleen een exact gelijke melding als herhaling.',
    )
    .optional(),
  opgesteldOp: z.iso
    .datetime({ offset: true, error: 'moet een tijdstip zijn, zoals 2026-03-01T09:00:00Z' })
    .describe(
      'Wanneer u de melding opstelde; zonder: het moment van ontvangst. Een oudere melding wint nooit.',
    )
    .optional(),
  kindBsn: Bsn,
  jaar: Jaar,
  soort: z.enum(['dagopvang', 'buitenschoolse-opvang', 'gastouderopvang']),
  uren: z.array(z.number().min(0).max(300)).length(12, 'moet 12 maanden bevatten'),
  uurprijs: z
    .number({ error: 'moet een bedrag in euro zijn' })
    .min(0, 'kan niet negatief zijn')
    .max(1_000, 'is te hoog')
    .refine(tweeDecimalen, { message: 'heeft hoogstens 2 decimalen', params: { code: 'formaat' } })
    .describe('De gemiddelde uurprijs in euro (Awir art. 38 lid 4 onder d).')
    .optional(),
  einddatum: Datum.describe(
    'De laatste dag van het contract: het kind is uitgeschreven (Awir art. 38 lid 4 onder e). In het jaar van de melding.',
  ).optional(),
});
export type OpvangMeldingVerzoek = z.infer<typeof OpvangMeldingVerzoek>;

/** Most rows one batch request carries; a month's file is sent in parts of at most this many. */
export const MAX_RIJEN_PER_BATCH = 1_000;

export const OpvangBatchVerzoek = z.strictObject({
  rijen: z
    .array(z.unknown())
    .min(1, 'bevat geen rijen')
    .max(MAX_RIJEN_PER_BATCH, `mag hoogstens ${MAX_RIJEN_PER_BATCH} rijen bevatten`)
    .describe('De meldingen, elk zoals bij POST /partner/opvanguren; elke rij krijgt een eigen uitkomst.'),
});
