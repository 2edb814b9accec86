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

/** Years the law's values are known for (the dates a report may name). */
const InJaar = (veld: string) =>
  Datum.refine((d) => d >= '2025-01-01' && d <= '2026-12-31', {
    message: `${veld} moet in 2025 of 2026 liggen`,
    params: { code: 'jaar' },
  });

export const HuurMeldingVerzoek = z.strictObject({
  meldingId: MeldingId,
  opgesteldOp: OpgesteldOp,
  huurderBsn: Bsn.describe('BSN van de huurder (de aanvrager of de toeslagpartner van het huishouden).'),
  ingangsdatum: InJaar('de ingangsdatum').describe(
    'De eerste dag waarop de nieuwe huur geldt, bijvoorbeeld 2026-07-01. Een wijziging na de eerste van de maand telt vanaf de volgende maand (Awir art. 5 lid 1).',
  ),
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
  bsn: Bsn.describe('BSN van de verzekerde.'),
  gebeurtenis: z
    .enum(['begin', 'einde'])
    .describe('begin: de verzekering begint; einde: de verzekering eindigt.'),
  datum: InJaar('de datum').describe(
    'begin: de eerste dag dat de persoon verzekerd is; einde: de laatste dag dat de persoon verzekerd is.',
  ),
});
export type VerzekeringMeldingVerzoek = z.infer<typeof VerzekeringMeldingVerzoek>;
