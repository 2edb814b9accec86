/**
 * @module
 * A reform (hervorming) as written by the policy analyst: a named, dated overlay on the law's
 * parameter files, in parts (onderdelen) that are stacked in order, optionally on top of a changed
 * baseline (`basis`). Every new value carries its source (`bron`) or a proposal note (`voorstel`),
 * so that a result never rests on an unexplained number. This file is the shape; `toepassen.ts`
 * turns it into complete parameter texts that the law's own loader checks.
 */
import { isCivilDate } from '@regelmaat/kernel';
import { parse } from 'yaml';
import { z } from 'zod';
import { VARIANTEN } from '../varianten/variant';

const Datum = z.string().refine(isCivilDate, { message: 'moet een datum JJJJ-MM-DD zijn' });
const Pad = z
  .string()
  .regex(/^[a-z_]+\.[a-z0-9_]+$/, { message: 'moet een parameter zijn als regeling.naam' });
const Tekst = z.string().trim().min(5, { message: 'moet een tekst van ten minste 5 tekens zijn' });

/** A new value of one parameter from a date on, with its `bron` or a `voorstel` note. */
const NieuweWaarde = z.strictObject({
  parameter: Pad,
  vanaf: Datum,
  waarde: z.unknown().refine((v) => v !== undefined, { message: 'ontbreekt' }),
  bron: Tekst.optional(),
  voorstel: Tekst.optional(),
});

/** The value of one parameter from a date on is removed: the one before it stays in force. */
const Vervalt = z.strictObject({ parameter: Pad, vervalt: Datum });

/** Amounts in euros raised by a percentage from a date on (the value then in force × (1 + p)). */
const Indexatie = z.strictObject({
  indexatie: z.strictObject({
    parameters: z.array(Pad).min(1),
    percentage: z.number().min(-50).max(100),
    vanaf: Datum,
    bron: Tekst.optional(),
    voorstel: Tekst.optional(),
  }),
});

/** A folder's parameters as published (undoing what the baseline changed). */
const Herstel = z.strictObject({ herstel: z.string().regex(/^[a-z_]+$/) });

const Wijziging = z.union([NieuweWaarde, Vervalt, Indexatie, Herstel]);

const Onderdeel = z
  .strictObject({
    naam: z.string().trim().min(1),
    wijzigingen: z.array(Wijziging).min(1).optional(),
    /** A registered variant module (`varianten/variant.ts`) that replaces one regeling's formula. */
    variant: z
      .string()
      .refine((v) => VARIANTEN.has(v), {
        message: `is geen bekende variant (kies uit ${[...VARIANTEN.keys()].join(', ')})`,
      })
      .optional(),
  })
  .refine((o) => o.wijzigingen !== undefined || o.variant !== undefined, {
    message: 'heeft wijzigingen, een variant of allebei nodig',
  });

export const HervormingSchema = z.strictObject({
  naam: z.string().trim().min(1),
  auteur: z.string().trim().min(1),
  datum: Datum,
  beschrijving: z.string().trim().min(1),
  /** The berekeningsjaar the reform is simulated in. */
  jaar: z.number().int().min(2025).max(2026),
  /** Changes to the published law that baseline and reform share (e.g. "the 2025 rules"). */
  basis: z.array(Wijziging).optional(),
  onderdelen: z.array(Onderdeel).min(1),
  /** What the parameters cannot express, said with the reform (shown with its results). */
  beperkingen: z.array(z.string().trim().min(1)).optional(),
});

export type Hervorming = z.infer<typeof HervormingSchema>;
export type HervormingsWijziging = z.infer<typeof Wijziging>;

/** A reform file that cannot be used, with every problem (path and Dutch message). */
export class HervormingOngeldig extends Error {
  override readonly name = 'HervormingOngeldig';
  constructor(
    message: string,
    readonly problemen: readonly string[] = [message],
  ) {
    super(message);
  }
}

function herkomstFout(w: { bron?: string | undefined; voorstel?: string | undefined }): boolean {
  return (w.bron === undefined) === (w.voorstel === undefined);
}

/** Reads and checks a reform from its YAML text; throws HervormingOngeldig with every problem. */
export function leesHervorming(tekst: string, bestand = 'hervorming'): Hervorming {
  let ruw: unknown;
  try {
    ruw = parse(tekst);
  } catch (e) {
    throw new HervormingOngeldig(`${bestand}: geen geldige YAML (${(e as Error).message.split('\n')[0]})`);
  }
  const r = HervormingSchema.safeParse(ruw);
  const problemen = r.success
    ? []
    : r.error.issues.map((i) => `${bestand}: ${i.path.join('.') || '(bestand)'} ${i.message}`);
  if (r.success) {
    // Every new value needs exactly one of bron or voorstel (checked here so the path is precise).
    const lijsten: [string, HervormingsWijziging[]][] = [
      ['basis', r.data.basis ?? []],
      ...r.data.onderdelen.map((o, i): [string, HervormingsWijziging[]] => [
        `onderdelen.${i}.wijzigingen`,
        o.wijzigingen ?? [],
      ]),
    ];
    for (const [pad, lijst] of lijsten)
      lijst.forEach((w, i) => {
        const h = 'indexatie' in w ? w.indexatie : 'waarde' in w ? w : undefined;
        if (h && herkomstFout(h))
          problemen.push(`${bestand}: ${pad}.${i} geef precies één van bron of voorstel`);
      });
  }
  if (problemen.length > 0) throw new HervormingOngeldig(problemen.join('\n'), problemen);
  return r.data!;
}
