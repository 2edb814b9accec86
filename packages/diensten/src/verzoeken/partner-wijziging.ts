/**
 * @module
 * A housing corporation's rent change and a health insurer's start or end of insurance (issue 16),
 * one at a time, and rent changes as a batch of rows (the yearly 1 July increase). The partner is
 * never a field: it is the authenticated partner client. Money in eurocents.
 */
import { z } from 'zod';
import { MAX_RIJEN_PER_BATCH } from './partner';
import { Bsn, Datum } from './velden';

const MeldingId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'moet 1 tot 100 tekens zijn: letters, cijfers, . _ : -')
  .describe('Uw eigen, unieke id van deze melding (idempotentie): dezelfde id opnieuw verandert niets.');

const OpgesteldOp = z.iso
  .datetime({ offset: true, error: 'moet een tijdstip zijn, zoals 2026-06-01T09:00:00Z' })
  .describe('Wanneer u de melding opstelde; zonder: het moment van ontvangst. Een oudere melding wint nooit.')
  .optional();

/** A rent in eurocents: at most € 5.000 a month. */
const Huurbedrag = z
  .number({ error: 'moet een bedrag in eurocent zijn' })
  .int('moet een geheel aantal eurocent zijn')
  .min(0, 'kan niet negatief zijn')
  .max(500_000, 'is te hoog (hoogstens € 5.000 per maand)');

export const HuurMeldingVerzoek = z.strictObject({
  meldingId: MeldingId,
  opgesteldOp: OpgesteldOp,
  // The shared field schemas as they are (the generated-request test recognises them): the tenant
  // (a person of the household), and the first day the new rent applies, in 2025 or 2026 (checked
  // by the service). A start after the 1st counts from the next month (Awir art. 5 lid 1).
  huurderBsn: Bsn,
  ingangsdatum: Datum,
  kaleHuur: Huurbedrag.describe('De nieuwe kale huur per maand, in eurocent.'),
  servicekosten: Huurbedrag.describe(
    'De servicekosten per maand, in eurocent. Zonder: de servicekosten die wij kennen blijven gelden.',
  ).optional(),
});
export type HuurMeldingVerzoek = z.infer<typeof HuurMeldingVerzoek>;

export const HuurBatchVerzoek = z.strictObject({
  rijen: z
    .array(z.unknown())
    .min(1, 'bevat geen rijen')
    .max(MAX_RIJEN_PER_BATCH, `mag hoogstens ${MAX_RIJEN_PER_BATCH} rijen bevatten`)
    .describe(
      'De huurwijzigingen, elk zoals bij POST /partner/huurwijzigingen; elke rij krijgt een eigen uitkomst.',
    ),
});

export const VerzekeringMeldingVerzoek = z.strictObject({
  meldingId: MeldingId,
  opgesteldOp: OpgesteldOp,
  /** The insured person. */
  bsn: Bsn,
  gebeurtenis: z
    .enum(['begin', 'einde'])
    .describe('begin: de verzekering begint; einde: de verzekering eindigt.'),
  /** begin: the first insured day; einde: the last insured day; in 2025 or 2026 (checked by the service). */
  datum: Datum,
});
export type VerzekeringMeldingVerzoek = z.infer<typeof VerzekeringMeldingVerzoek>;
