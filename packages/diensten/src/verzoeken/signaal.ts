/**
 * @module
 * The signal requests (C7, issue 17) that the API and the workspace share: raising a signal, a team
 * lead's triage, the raiser's added information and the policy owner's answer. Steps carry the
 * signal's version (optimistic locking).
 */
import { ANTWOORD_SOORTEN, SIGNAAL_THEMA_IDS, TRIAGE_BESLUITEN } from '@regelmaat/zaken';
import { z } from 'zod';
import { Geheel, Id, Tekst } from './velden';

export const SignaalVerzoek = z.strictObject({
  besluitId: Id.optional(),
  zaakId: Id.optional(),
  thema: z.enum(SIGNAAL_THEMA_IDS, { error: 'kies een thema uit de lijst' }),
  omschrijving: Tekst(5000),
  waarom: Tekst(5000).optional(),
  voorbeelden: z.array(Id).max(20, 'hoogstens 20 voorbeeldzaken').optional(),
});
export type SignaalVraag = z.output<typeof SignaalVerzoek>;

export const TriageVerzoek = z
  .strictObject({
    versie: Geheel.min(0),
    besluit: z.enum(TRIAGE_BESLUITEN, { error: 'kies doorzetten, meer informatie of dubbel' }),
    toelichting: Tekst(2000),
    dubbelVan: Id.optional(),
  })
  .refine((v) => v.besluit !== 'dubbel' || v.dubbelVan !== undefined, {
    message: 'noem het signaal waarvan dit een dubbel is',
    path: ['dubbelVan'],
    params: { code: 'verplicht' },
  });
export type TriageVraag = z.output<typeof TriageVerzoek>;

export const AanvullingVerzoek = z.strictObject({ versie: Geheel.min(0), aanvulling: Tekst(5000) });

export const SignaalAntwoordVerzoek = z.strictObject({
  versie: Geheel.min(0),
  soort: z.enum(ANTWOORD_SOORTEN, { error: 'kies niets, werkinstructie of wijzigingsvoorstel' }),
  antwoord: Tekst(5000),
  /** The saved scenario (its number) that works out the proposed change; the server checks it exists. */
  scenarioId: Id.optional(),
});
