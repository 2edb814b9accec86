/**
 * @module
 * The auditor's search of the processing log: who (a BSN or its pseudonym), which activity, which
 * staff member, which period (civil dates, `tot` included), which page. Every filter optional.
 */
import { ACTIVITEIT_SLEUTELS } from '@regelmaat/logboek';
import { z } from 'zod';
import { Bsn, Datum } from './velden';

export const LogboekZoekVerzoek = z
  .strictObject({
    persoon: z
      .union([Bsn, z.string().regex(/^[0-9a-f]{64}$/)], {
        error: 'moet een geldig BSN (9 cijfers, 11-proef) of een pseudoniem (64 tekens 0-9 en a-f) zijn',
      })
      .optional()
      .describe('BSN of pseudoniem van de betrokkene'),
    activiteit: z
      .enum(ACTIVITEIT_SLEUTELS)
      .optional()
      .describe('Verwerkingsactiviteit (korte naam uit het register)'),
    medewerker: z
      .string()
      .trim()
      .min(1, 'mag niet leeg zijn')
      .max(200, 'is te lang (hoogstens 200 tekens)')
      .regex(/^[A-Za-z0-9:._-]+$/, 'bevat een teken dat niet in een medewerker-id voorkomt')
      .optional()
      .describe('Id van de medewerker (of systeem) die verwerkte'),
    van: Datum.optional().describe('Eerste dag (JJJJ-MM-DD)'),
    tot: Datum.optional().describe('Laatste dag, die telt mee (JJJJ-MM-DD)'),
    pagina: z
      .number()
      .int('moet een geheel getal zijn')
      .min(1, 'is te klein')
      .max(10_000, 'is te groot')
      .optional(),
  })
  .refine((v) => !v.van || !v.tot || v.van <= v.tot, {
    message: 'de laatste dag ligt vóór de eerste dag',
    path: ['tot'],
    params: { code: 'te-klein' },
  });
export type LogboekZoekVerzoek = z.infer<typeof LogboekZoekVerzoek>;
