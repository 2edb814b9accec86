/**
 * @module
 * The contact form on a case page, read with the API's own `ContactVerzoek` (the applicant and the
 * case come from the case, not from the form): the request fields, or a message per field.
 */
import { ContactVerzoek } from '@regelmaat/diensten';
import type { z } from 'zod';
import type { VeldFout } from '../components/Foutensamenvatting';
import { leesMetSchema, type SchemaFormulier } from '../formulieren/schema-formulier';
import { tekstOfNiets } from '../formulieren/waarden';
import { t } from '../teksten';

export const CONTACT_VELDEN = ['kanaal', 'richting', 'onderwerp', 'contactUitkomst'] as const;
type ContactVeld = (typeof CONTACT_VELDEN)[number];

const ContactFormulierVerzoek = ContactVerzoek.omit({ bsn: true, zaakId: true });

const formulier: SchemaFormulier = {
  velden: CONTACT_VELDEN,
  // The form calls the outcome `contactUitkomst` (the case page has an outcome field of its own).
  veldVan: (pad) =>
    pad === 'uitkomst'
      ? 'contactUitkomst'
      : (CONTACT_VELDEN as readonly string[]).includes(pad)
        ? pad
        : undefined,
  melding: (veld, code) =>
    code === 'te-lang' ? t('contact.fout.teLang') : t(`contact.fout.${veld as ContactVeld}`),
};

export function leesContact(
  w: Readonly<Record<ContactVeld, string>>,
): { ok: true; vraag: z.output<typeof ContactFormulierVerzoek> } | { ok: false; fouten: VeldFout[] } {
  const r = leesMetSchema(
    ContactFormulierVerzoek,
    {
      kanaal: tekstOfNiets(w.kanaal),
      richting: tekstOfNiets(w.richting),
      onderwerp: tekstOfNiets(w.onderwerp),
      uitkomst: tekstOfNiets(w.contactUitkomst),
    },
    formulier,
  );
  return r.ok ? { ok: true, vraag: r.waarde } : r;
}
