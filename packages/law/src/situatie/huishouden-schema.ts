/**
 * @module
 * The household situation as people and systems write it (JSON): the input of `regelmaat bereken`.
 * Amounts are in euros with at most two decimals; dates are civil dates (YYYY-MM-DD). A period
 * runs from `vanaf` (first day, included) to `tot` (first day it no longer applies, not included);
 * without `vanaf` it runs from before the year, without `tot` until after it.
 * The JSON Schema in `packages/law/schema/huishouden.schema.json` is generated from this file.
 */
import { isCivilDate, isEuroAmount } from '@regelmaat/kernel';
import { z } from 'zod';
import {
  AANGEPASTE_WONING_NIET_GEMODELLEERD,
  EU_EER_ZWITSERLAND,
  WOONLANDFACTOR_KIND_NIET_GEMODELLEERD,
} from './niet-gemodelleerd';

/**
 * The input's bounds, for whoever builds a household without this schema (the dossier builds the
 * engine's situation from its typed facts and checks the same bounds).
 */
export const INVOER_GRENZEN = {
  /** The berekeningsjaren Regelmaat has rules for. */
  eersteJaar: 2025,
  laatsteJaar: 2026,
  /** Any amount, in euros (so that amount × rate stays exact). */
  maxBedrag: 10_000_000,
  /** Childcare hours a month: 31 days × 24 hours. */
  maxUrenPerMaand: 744,
  kinderen: 20,
  medebewoners: 20,
  huur: 24,
  kinderopvang: 60,
} as const;

const datum = z
  .string({ error: 'moet een datum zijn (JJJJ-MM-DD)' })
  .refine(isCivilDate, { error: 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD' })
  .meta({ format: 'date', description: 'Datum JJJJ-MM-DD' });

/** A euro amount: at most two decimals; bounded so that amount × rate stays exact. */
const bedrag = (omschrijving: string, min = 0) =>
  z
    .number({ error: 'moet een bedrag in euro zijn (een getal)' })
    .min(min, { error: `mag niet lager zijn dan ${min} euro` })
    .max(INVOER_GRENZEN.maxBedrag, { error: 'mag niet hoger zijn dan 10.000.000 euro' })
    .refine(isEuroAmount, { error: 'mag hoogstens twee cijfers achter de komma hebben' })
    .meta({ description: `${omschrijving} (euro, hoogstens 2 decimalen)` });

const periode = {
  vanaf: datum.optional().meta({ description: 'Eerste dag dat dit geldt (leeg: al voor het jaar)' }),
  tot: datum
    .optional()
    .meta({ description: 'Eerste dag dat dit niet meer geldt (leeg: na het jaar nog steeds)' }),
};

export const ZorgverzekeringSchema = z
  .enum(['verzekerd', 'verdragsgerechtigd', 'geen'], {
    error: "moet 'verzekerd', 'verdragsgerechtigd' of 'geen' zijn",
  })
  .meta({
    description:
      'verzekerd: Nederlandse zorgverzekering (Zvw); verdragsgerechtigd: woont in het buitenland en is via het CAK verzekerd; geen: niet verzekerd (bijvoorbeeld militair)',
  });

const landcode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'moet een landcode van twee hoofdletters zijn (ISO 3166, bijv. NL, BE)' });

const persoon = {
  geboortedatum: datum,
  toetsingsinkomen: bedrag(
    'Toetsingsinkomen over het berekeningsjaar (verzamelinkomen of schatting)',
    -10_000_000,
  ),
  vermogen: bedrag('Vermogen (rendementsgrondslag box 3) op 1 januari').default(0),
  zorgverzekering: ZorgverzekeringSchema.default('verzekerd'),
  woonland: landcode.default('NL').meta({ description: 'Woonland (ISO 3166-1 alpha-2)' }),
  rechtmatigVerblijf: z
    .boolean()
    .default(true)
    .meta({ description: 'Nederlander of rechtmatig verblijvend (Awir art. 9)' }),
  arbeidseis: z.boolean().default(true).meta({
    description:
      'Werkt, studeert of volgt een traject (Wet kinderopvang art. 1.6); alleen voor kinderopvangtoeslag',
  }),
};

export const PersoonSchema = z.strictObject(persoon).meta({ title: 'Persoon' });

export const ToeslagpartnerSchema = z.strictObject({ ...persoon, ...periode }).meta({
  title: 'Toeslagpartner',
  description: 'Toeslagpartner (Awir art. 3) met de periode waarin hij of zij toeslagpartner is',
});

export const KindSchema = z
  .strictObject({
    geboortedatum: datum,
    kinderbijslag: z
      .boolean()
      .default(true)
      .meta({ description: 'Aanvrager of partner krijgt kinderbijslag voor dit kind' }),
    thuiswonend: z.boolean().default(true).meta({ description: 'Woont op het adres van de aanvrager' }),
    woonland: landcode
      .default('NL')
      .refine((l) => EU_EER_ZWITSERLAND.has(l), {
        error: WOONLANDFACTOR_KIND_NIET_GEMODELLEERD,
        params: { code: 'niet-gemodelleerd' },
      })
      .meta({
        description:
          'Land waar het kind woont (ISO 3166-1 alpha-2). Een land buiten de EU, de EER en Zwitserland kan Regelmaat nog niet berekenen.',
      }),
    toetsingsinkomen: bedrag('Eigen inkomen van het kind', -10_000_000).default(0),
    vermogen: bedrag('Vermogen van het kind op 1 januari').default(0),
    ...periode,
  })
  .meta({ title: 'Kind' });

export const MedebewonerSchema = z
  .strictObject({
    geboortedatum: datum,
    toetsingsinkomen: bedrag('Toetsingsinkomen van de medebewoner', -10_000_000),
    vermogen: bedrag('Vermogen op 1 januari').default(0),
    ...periode,
  })
  .meta({
    title: 'Medebewoner',
    description: 'Iemand die op het adres woont en geen partner, kind of onderhuurder is',
  });

export const HuurSchema = z
  .strictObject({
    kaleHuur: bedrag('Kale huur per maand'),
    servicekosten: bedrag('Subsidiabele servicekosten per maand (telt alleen in 2025 mee)').default(0),
    zelfstandig: z
      .boolean()
      .default(true)
      .meta({ description: 'Zelfstandige woonruimte (eigen voordeur, keuken, toilet, douche)' }),
    aangepasteWoning: z.boolean().default(false).meta({
      description:
        'De huur is hoger dan de huurgrens door voorzieningen die nodig zijn voor een handicap van de huurder, partner of medebewoner (Wet op de huurtoeslag art. 13 lid 2, tot en met 2025). Regelmaat kan dit voor 2025 nog niet berekenen.',
    }),
    ...periode,
  })
  .meta({ title: 'Huur' });

export const OpvangSchema = z
  .strictObject({
    kind: z
      .number()
      .int({ error: 'moet een volgnummer zijn' })
      .min(0, { error: 'moet 0 of hoger zijn' })
      .meta({ description: 'Volgnummer van het kind in de lijst kinderen (het eerste kind is 0)' }),
    soort: z.enum(['dagopvang', 'buitenschoolse-opvang', 'gastouderopvang'], {
      error: "moet 'dagopvang', 'buitenschoolse-opvang' of 'gastouderopvang' zijn",
    }),
    urenPerMaand: z
      .number({ error: 'moet een aantal uren zijn' })
      .min(0, { error: 'mag niet negatief zijn' })
      .max(INVOER_GRENZEN.maxUrenPerMaand, { error: 'kan niet meer zijn dan 744 uur (31 dagen × 24 uur)' })
      .refine(isEuroAmount, { error: 'mag hoogstens twee cijfers achter de komma hebben' }),
    uurprijs: bedrag('Uurprijs die de opvang rekent'),
    geregistreerd: z
      .boolean()
      .default(true)
      .meta({ description: 'De opvang staat in het Landelijk Register Kinderopvang (LRK)' }),
    ...periode,
  })
  .meta({
    title: 'Kinderopvang',
    description: 'Een contract voor kinderopvang. De uren gelden per kalendermaand.',
  });

export const HuishoudenSchema = z
  .strictObject({
    $schema: z.string().optional(),
    berekeningsjaar: z
      .number({ error: 'moet een jaartal zijn' })
      .int({ error: 'moet een jaartal zijn' })
      .min(INVOER_GRENZEN.eersteJaar, { error: 'Regelmaat rekent vanaf 2025' })
      .max(INVOER_GRENZEN.laatsteJaar, { error: 'Regelmaat kent de regels tot en met 2026' }),
    aanvrager: PersoonSchema,
    toeslagpartner: ToeslagpartnerSchema.optional(),
    kinderen: z
      .array(KindSchema)
      .max(INVOER_GRENZEN.kinderen, { error: 'hoogstens 20 kinderen' })
      .default([]),
    medebewoners: z
      .array(MedebewonerSchema)
      .max(INVOER_GRENZEN.medebewoners, { error: 'hoogstens 20 medebewoners' })
      .default([]),
    huur: z.array(HuurSchema).max(INVOER_GRENZEN.huur, { error: 'hoogstens 24 huurperioden' }).default([]),
    kinderopvang: z
      .array(OpvangSchema)
      .max(INVOER_GRENZEN.kinderopvang, { error: 'hoogstens 60 opvangcontracten' })
      .default([]),
  })
  .superRefine((h, ctx) => {
    const periods: [string, { vanaf?: string | undefined; tot?: string | undefined }][] = [];
    if (h.toeslagpartner) periods.push([`toeslagpartner`, h.toeslagpartner]);
    for (const [lijst, items] of [
      ['kinderen', h.kinderen],
      ['medebewoners', h.medebewoners],
      ['huur', h.huur],
      ['kinderopvang', h.kinderopvang],
    ] as const) {
      items.forEach((item, i) => {
        periods.push([`${lijst}.${i}`, item]);
      });
    }
    for (const [where, p] of periods) {
      if (p.vanaf && p.tot && p.tot <= p.vanaf) {
        ctx.addIssue({
          code: 'custom',
          path: [...where.split('.').map(toKey), 'tot'],
          message: 'moet na vanaf liggen',
        });
      }
    }
    const sorted = h.huur
      .map((p, i) => ({ i, vanaf: p.vanaf ?? '0000-01-01', tot: p.tot ?? '9999-12-31' }))
      .sort((a, b) => (a.vanaf < b.vanaf ? -1 : 1));
    for (let j = 1; j < sorted.length; j++) {
      if (sorted[j]!.vanaf < sorted[j - 1]!.tot) {
        ctx.addIssue({
          code: 'custom',
          path: ['huur', sorted[j]!.i, 'vanaf'],
          message: `overlapt met huur ${sorted[j - 1]!.i}: er kan maar één huurwoning tegelijk zijn`,
        });
      }
    }
    // Nobody counts in a year before they are born: a birth date after the year is refused.
    const eindeJaar = `${h.berekeningsjaar}-12-31`;
    const personen: [(string | number)[], string][] = [[['aanvrager'], h.aanvrager.geboortedatum]];
    if (h.toeslagpartner) personen.push([['toeslagpartner'], h.toeslagpartner.geboortedatum]);
    for (const [i, k] of h.kinderen.entries()) personen.push([['kinderen', i], k.geboortedatum]);
    for (const [i, m] of h.medebewoners.entries()) personen.push([['medebewoners', i], m.geboortedatum]);
    for (const [pad, geboortedatum] of personen) {
      if (geboortedatum > eindeJaar) {
        ctx.addIssue({
          code: 'custom',
          path: [...pad, 'geboortedatum'],
          params: { code: 'na-berekeningsjaar' },
          message: `ligt na het berekeningsjaar ${h.berekeningsjaar}: wie in ${h.berekeningsjaar} nog niet geboren is, telt dat jaar niet mee`,
        });
      }
    }
    // Wet op de huurtoeslag art. 13 lid 2 onder a (2025; gone from 2026, when rent above the maximale
    // huurgrens is simply not subsidised): not modelled, so refused for 2025.
    h.huur.forEach((r, i) => {
      if (r.aangepasteWoning && h.berekeningsjaar <= 2025)
        ctx.addIssue({
          code: 'custom',
          path: ['huur', i, 'aangepasteWoning'],
          message: AANGEPASTE_WONING_NIET_GEMODELLEERD,
          params: { code: 'niet-gemodelleerd' },
        });
    });
    h.kinderopvang.forEach((o, i) => {
      if (o.kind >= h.kinderen.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['kinderopvang', i, 'kind'],
          message: `verwijst naar kind ${o.kind}, maar er ${h.kinderen.length === 1 ? 'is 1 kind' : `zijn ${h.kinderen.length} kinderen`} (het eerste kind is 0)`,
        });
      }
    });
  })
  .meta({
    title: 'Huishouden',
    description:
      'De situatie van een huishouden in één berekeningsjaar, invoer voor de berekening van de toeslagen.',
  });

function toKey(part: string): string | number {
  return /^\d+$/.test(part) ? Number(part) : part;
}

/** The household as written (input form). */
export type HuishoudenInvoer = z.input<typeof HuishoudenSchema>;
/** The household after defaults are filled in. */
export type Huishouden = z.output<typeof HuishoudenSchema>;
