/**
 * @module
 * The requests of the monthly invordering run and of personal guidance (issue 15), shared by the API
 * and the web's forms.
 */
import { z } from 'zod';
import { Bsn, Tekst } from './velden';

/** A month that has ended (the service checks that against today). */
export const Maand = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'is geen maand (JJJJ-MM)');

export const InvorderingRunVerzoek = z.strictObject({
  maand: Maand,
  partitiegrootte: z.number().int().min(1).max(100_000).optional(),
});

export const InvorderingRunVraag = z.strictObject({ maand: Maand });

/** The reasons for a guide (`BEGELEIDING_REDENEN` of @regelmaat/invordering; the service checks which hold). */
export const BegeleidingStartVerzoek = z.strictObject({
  bsn: Bsn,
  begeleider: z.string().trim().min(1, 'is verplicht').max(100, 'mag hoogstens 100 tekens zijn'),
  reden: z.enum(['hoge-terugvordering', 'regeling-met-rest', 'signaal', 'op-verzoek'], {
    error: 'kies hoge-terugvordering, regeling-met-rest, signaal of op-verzoek',
  }),
});

export const CaseloadVraag = z.strictObject({
  begeleider: z.string().trim().min(1).max(100).optional(),
});

/** A note on a contact moment (`contactmoment.notitie`, at most 2,000 characters). */
export const ContactNotitieVerzoek = z.strictObject({ notitie: Tekst(2000) });
