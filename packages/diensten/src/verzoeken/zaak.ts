/**
 * @module
 * The case requests that the API and the workspace share: the case version of a claim, release or
 * close (optimistic locking), a logged contact, a team lead's judgement and a bulk reassignment.
 */
import { KANALEN, ZAAKTYPEN, type ZaakSoort } from '@regelmaat/zaken';
import { z } from 'zod';
import { Bsn, Datum, Geheel, Id, Tekst } from './velden';

/** The case version the caller saw (optimistic locking). */
export const VersieVerzoek = z.strictObject({ versie: Geheel.min(0) });

export const AfrondVerzoek = z.strictObject({ versie: Geheel.min(0), uitkomst: Tekst(2000) });

/** Suspend a case (Awb 4:15) until `tot`, for `reden` (the service checks the dates against today). */
export const OpschortVerzoek = z.strictObject({
  versie: Geheel.min(0),
  reden: Tekst(500).refine((r) => r.trim().length >= 5, 'moet ten minste 5 tekens zijn'),
  tot: Datum,
});

export const ContactVerzoek = z.strictObject({
  bsn: Bsn,
  zaakId: Id.optional(),
  kanaal: z.enum(KANALEN),
  richting: z.enum(['inkomend', 'uitgaand']),
  onderwerp: Tekst(200),
  uitkomst: Tekst(5000),
});

export const AfwijzingVerzoek = z.strictObject({ toelichting: Tekst(2000) });

export const HerverdeelVerzoek = z.strictObject({
  zaakIds: z.array(Id).min(1).max(500),
  naar: Tekst(100).nullable(),
});

/** A case type, from the one list in `zaken` (the API's queue filter and the workspace's). */
export const ZaakSoortVeld = z.enum(ZAAKTYPEN.map((t) => t.id) as [ZaakSoort, ...ZaakSoort[]]);

/** The workspace's lists (see `werklijst`). */
export const WERKLIJSTEN = ['mijn', 'team', 'telaat', 'alle'] as const;

/**
 * Which list of the workspace, of which kind of case, from which case on (the cursor). A link
 * with an unknown list, kind or cursor shows the default instead of an error page.
 */
export const WerklijstVerzoek = z.object({
  lijst: z.enum(WERKLIJSTEN).catch('mijn'),
  soort: ZaakSoortVeld.optional().catch(undefined),
  na: Id.optional().catch(undefined),
  /** Cursor of a list sorted by urgency: `prioriteit~termijn~id` of the previous page's last case. */
  vanaf: z
    .string()
    .regex(/^[1-4]~\d{4}-\d{2}-\d{2}~\d{1,15}$/)
    .optional()
    .catch(undefined),
});
export type WerklijstVraag = z.output<typeof WerklijstVerzoek>;

/** When a citizen prefers to be called back. */
export const TERUGBEL_VOORKEUREN = ['ochtend', 'middag'] as const;

/** A citizen asks to be called back (a contactverzoek case). */
export const TerugbelVerzoek = z.strictObject({
  onderwerp: Tekst(500),
  telefoon: z.string().regex(/^\+?[0-9 ()-]{10,20}$/, 'moet een telefoonnummer zijn'),
  voorkeur: z.enum(TERUGBEL_VOORKEUREN).optional(),
});
