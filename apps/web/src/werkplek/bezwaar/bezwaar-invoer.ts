/**
 * @module
 * The objection forms of the workspace read with the API's own request schemas (`verzoeken/bezwaar`
 * of @regelmaat/diensten): form text becomes the request (dates, euros to eurocents, yes/no), and
 * each problem names its field. One reader per step, keyed by the step's path.
 */
import {
  BezwaarBeslissingVerzoek,
  BezwaarGesprekVerzoek,
  BezwaarRegistratieVerzoek,
  GrondenVerzoek,
  HoorzittingOverslaanVerzoek,
  HoorzittingPlannenVerzoek,
  HoorzittingVerslagVerzoek,
  IngebrekestellingVerzoek,
  TeLaatVerzoek,
  VerdagingVerzoek,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { type Gelezen, leesMetSchema, type SchemaFormulier } from '../../formulieren/schema-formulier';
import { veld } from '../../formulieren/verzoek';
import { centenUit, datumUit, geheelUit, tekstOfNiets } from '../../formulieren/waarden';

const LABEL: Record<string, string> = {
  beschikkingId: 'Besluitnummer',
  kanaal: 'Binnengekomen via',
  ontvangenOp: 'Ontvangen op',
  gepostOp: 'Op de post gedaan op',
  gronden: 'Gronden',
  telefoon: 'Telefoon',
  voorkeur: 'Voorkeur om te bellen',
  uitkomst: 'Uitkomst van het gesprek',
  ingetrokken: 'Ingetrokken',
  op: 'Datum van de hoorzitting',
  verslag: 'Verslag',
  grond: 'Grond om niet te horen',
  toelichting: 'Toelichting',
  verschoonbaar: 'Verschoonbaar',
  reden: 'Reden',
  beslissing: 'Beslissing',
  motivering: 'Motivering',
  regeling: 'Toeslag',
  nieuwJaarbedrag: 'Nieuw jaarbedrag',
};

const formulier = (velden: readonly string[]): SchemaFormulier => ({
  velden,
  veldVan: (pad) => (velden.includes(pad) ? pad : undefined),
  melding: (v, code, reden) => `${LABEL[v] ?? v}: ${code === 'verplicht' ? 'is verplicht' : reden}.`,
});

const jaNee = (x: string) => (x === 'ja' ? true : x === 'nee' ? false : undefined);
const tekst = (body: unknown, n: string) => tekstOfNiets(veld(body, n).trim());

export interface StapInvoer<T> {
  schema: z.ZodType<T>;
  velden: readonly string[];
  kandidaat(body: unknown): unknown;
}

function stap<T>(
  schema: z.ZodType<T>,
  velden: readonly string[],
  kandidaat: (body: unknown) => unknown,
): StapInvoer<T> {
  return { schema, velden, kandidaat };
}

/** Each step's form: path under /werk/bezwaren/<id>/ → how to read it. */
export const STAPPEN = {
  gesprek: stap(BezwaarGesprekVerzoek, ['uitkomst', 'ingetrokken'], (b) => ({
    uitkomst: tekst(b, 'uitkomst'),
    ingetrokken: jaNee(veld(b, 'ingetrokken')),
  })),
  hoorzitting: stap(HoorzittingPlannenVerzoek, ['op'], (b) => ({ op: datumUit(veld(b, 'op')) })),
  'hoorzitting/verslag': stap(HoorzittingVerslagVerzoek, ['verslag'], (b) => ({
    verslag: tekst(b, 'verslag'),
  })),
  'hoorzitting/overslaan': stap(HoorzittingOverslaanVerzoek, ['grond', 'toelichting'], (b) => ({
    grond: tekst(b, 'grond'),
    toelichting: tekst(b, 'toelichting'),
  })),
  gronden: stap(GrondenVerzoek, ['gronden', 'ontvangenOp'], (b) => ({
    gronden: tekst(b, 'gronden'),
    ontvangenOp: datumUit(veld(b, 'ontvangenOp')),
  })),
  'te-laat': stap(TeLaatVerzoek, ['verschoonbaar', 'toelichting'], (b) => ({
    verschoonbaar: jaNee(veld(b, 'verschoonbaar')),
    toelichting: tekst(b, 'toelichting'),
  })),
  adviescommissie: stap(z.strictObject({}), [], () => ({})),
  verdaging: stap(VerdagingVerzoek, ['reden'], (b) => ({ reden: tekst(b, 'reden') })),
  ingebrekestelling: stap(IngebrekestellingVerzoek, ['ontvangenOp'], (b) => ({
    ontvangenOp: datumUit(veld(b, 'ontvangenOp')),
  })),
  beslissing: stap(
    BezwaarBeslissingVerzoek,
    ['beslissing', 'motivering', 'regeling', 'nieuwJaarbedrag'],
    (b) => ({
      beslissing: tekst(b, 'beslissing'),
      motivering: tekst(b, 'motivering'),
      ...(tekst(b, 'regeling') ? { regeling: tekst(b, 'regeling') } : {}),
      ...(tekst(b, 'nieuwJaarbedrag') ? { nieuwJaarbedrag: centenUit(tekst(b, 'nieuwJaarbedrag')) } : {}),
    }),
  ),
  'beslissing/afwijzing': stap(
    z.strictObject({ toelichting: z.string().trim().min(1, 'is verplicht').max(2000) }),
    ['toelichting'],
    (b) => ({ toelichting: tekst(b, 'toelichting') ?? '' }),
  ),
} as const;
export type StapNaam = keyof typeof STAPPEN;

export const REGISTRATIE_VELDEN = [
  'beschikkingId',
  'kanaal',
  'ontvangenOp',
  'gepostOp',
  'gronden',
  'telefoon',
  'voorkeur',
] as const;

/** Reads a step's form with its schema. */
export function leesStap<T>(s: StapInvoer<T>, body: unknown): Gelezen<T> {
  return leesMetSchema(s.schema, s.kandidaat(body), formulier(s.velden)) as Gelezen<T>;
}

/** Reads the registration of an objection received by post or phone. */
export function leesRegistratie(body: unknown) {
  return leesMetSchema(
    BezwaarRegistratieVerzoek,
    {
      beschikkingId: geheelUit(veld(body, 'beschikkingId')),
      kanaal: tekst(body, 'kanaal'),
      ontvangenOp: datumUit(veld(body, 'ontvangenOp')),
      ...(tekst(body, 'gepostOp') ? { gepostOp: datumUit(veld(body, 'gepostOp')) } : {}),
      ...(tekst(body, 'gronden') ? { gronden: tekst(body, 'gronden') } : {}),
      ...(tekst(body, 'telefoon') ? { telefoon: tekst(body, 'telefoon') } : {}),
      ...(tekst(body, 'voorkeur') ? { voorkeur: tekst(body, 'voorkeur') } : {}),
    },
    formulier(REGISTRATIE_VELDEN),
  );
}

/** The form's values as typed, to show them again with the errors. */
export const waardenVan = (body: unknown, velden: readonly string[]) =>
  Object.fromEntries(velden.map((n) => [n, veld(body, n).slice(0, 10_000)]));
