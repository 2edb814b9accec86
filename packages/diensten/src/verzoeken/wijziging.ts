/**
 * @module
 * A reported change (C10) as a request: the one schema that the API validates `POST /v1/wijzigingen`
 * with and the portal validates its change form with (after reading Dutch dates and amounts). The
 * service's `Wijziging` is what this schema accepts.
 */
import { z } from 'zod';
import { Bsn, Datum, Euro, Geheel, Jaar, Tekst } from './velden';

export const WIJZIGING_SOORTEN = ['inkomen', 'huur', 'verhuizing', 'kinderopvang', 'partner'] as const;

export const WijzigingVerzoek = z.discriminatedUnion(
  'soort',
  [
    z.strictObject({
      soort: z.literal('inkomen'),
      persoon: z.enum(['aanvrager', 'toeslagpartner']),
      bedrag: Euro,
    }),
    z.strictObject({ soort: z.literal('huur'), vanaf: Datum, kaleHuur: Euro, servicekosten: Euro }),
    z
      .strictObject({
        soort: z.literal('verhuizing'),
        vanaf: Datum,
        woonplaats: Tekst(100),
        kaleHuur: Euro.optional(),
        servicekosten: Euro.optional(),
      })
      // Service costs alone say nothing about the rent: the service would drop them silently.
      .refine((w) => w.servicekosten === undefined || w.kaleHuur !== undefined, {
        message: 'is verplicht als u servicekosten opgeeft',
        path: ['kaleHuur'],
        params: { code: 'huur-bij-servicekosten' },
      }),
    z.strictObject({
      soort: z.literal('kinderopvang'),
      kind: Geheel.min(0),
      vanaf: Datum,
      urenPerMaand: z.number().min(0).max(300, 'kan niet meer dan 300 uur per maand zijn'),
      uurprijs: Euro.optional(),
    }),
    z.strictObject({
      soort: z.literal('partner'),
      vanaf: Datum,
      bsn: Bsn,
      geboortedatum: Datum,
      inkomen: Euro,
    }),
  ],
  { error: 'soort moet inkomen, huur, verhuizing, kinderopvang of partner zijn' },
);

/** `POST /v1/wijzigingen`: first a preview (`bevestig: false`), then the confirmation. */
export const MeldWijzigingVerzoek = z.strictObject({
  jaar: Jaar.optional(),
  wijziging: WijzigingVerzoek,
  bevestig: z.boolean(),
});
