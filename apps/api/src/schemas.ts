/**
 * @module
 * The response shapes of the API (explanation tree, calculations, decisions, cases). The request
 * fields (BSN, ids, amounts, dates, text) are the services' shared request schemas
 * (`@regelmaat/diensten`, `verzoeken/`), re-exported here for the routes.
 */
import { Centen } from '@regelmaat/diensten';
import { z } from 'zod';

export {
  BIGINT_VEILIG_MAX,
  Bsn,
  BsnVraag,
  Centen,
  Datum,
  EigenOfBsnVraag,
  Geheel,
  Id,
  IdPad,
  INTEGER_MAX,
  INTEGER_MIN,
  Jaar,
  Tekst,
  TekstVrij,
} from '@regelmaat/diensten';

export interface UitlegKnoop {
  id: string;
  kind: 'step' | 'fact' | 'parameter';
  label: string;
  unit: string;
  value?: unknown;
  display: string;
  law: { citation: string; url?: string; juriconnect?: string };
  uitleg: string;
  bron?: string;
  gereconstrueerd?: boolean;
  herkomst?: string;
  inputs: UitlegKnoop[];
}

export const Uitleg: z.ZodType<UitlegKnoop> = z.lazy(() =>
  z.object({
    id: z.string(),
    kind: z.enum(['step', 'fact', 'parameter']),
    label: z.string(),
    unit: z.string(),
    value: z.unknown().optional(),
    display: z.string(),
    law: z.object({ citation: z.string(), url: z.string().optional(), juriconnect: z.string().optional() }),
    uitleg: z.string(),
    bron: z.string().optional(),
    gereconstrueerd: z.boolean().optional(),
    herkomst: z.string().optional(),
    inputs: z.array(Uitleg),
  }),
);

export const ToeslagResultaat = z.looseObject({
  regeling: z.string(),
  naam: z.string(),
  status: z.enum(['berekend', 'niet-van-toepassing', 'niet-berekenbaar']),
  jaarbedrag: Centen,
  maandbedragen: z.array(Centen).length(12),
  perioden: z.array(
    z.looseObject({
      vanMaand: z.number().int(),
      totEnMetMaand: z.number().int(),
      recht: z.boolean(),
      nietVoldaan: z.array(z.object({ id: z.string(), label: z.string(), uitleg: z.string() })),
      uitleg: Uitleg,
    }),
  ),
  jaarUitleg: Uitleg.optional(),
  melding: z.object({ code: z.string(), tekst: z.string() }).optional(),
  opmerkingen: z
    .array(z.object({ code: z.string(), tekst: z.string() }))
    .optional()
    .meta({
      description: 'Wat de burger bij dit bedrag moet weten, bijvoorbeeld dat een tabel is nagebouwd',
    }),
});

export const Berekening = z.object({
  berekeningsjaar: z.number().int(),
  engineVersie: z.string(),
  toeslagen: z.array(ToeslagResultaat),
});

export const Beschikking = z.looseObject({
  id: z.number().int(),
  huishoudenId: z.number().int(),
  regeling: z.string(),
  jaar: z.number().int(),
  soort: z.enum(['voorschot', 'definitief']),
  status: z.string(),
  jaarbedrag: Centen,
  maandbedragen: z.array(Centen),
  aanleiding: z.enum(['run', 'wijziging', 'maatwerk', 'bezwaar']),
  invoerHash: z.string(),
  engineVersie: z.string(),
  parameterVersie: z.string(),
  bekendOp: z.string(),
});

export const Wetsversie = z
  .object({
    versie: z
      .string()
      .describe(
        'De parameterversie waarmee de beschikking is berekend: SHA-256 van de parameterteksten, eerste 16 hex',
      ),
    kort: z.string().describe('De eerste 8 tekens van de versie, zoals mensen die zien'),
    status: z
      .enum(['bewaard', 'niet-bewaard', 'onleesbaar'])
      .describe(
        'bewaard: uitgelegd met de eigen, bewaarde parameterset; niet-bewaard: berekend met de regels van toen, die niet zijn bewaard (geen uitleg); onleesbaar: bewaard, maar niet te laden (geen uitleg)',
      ),
    vastgelegdOp: z.string().optional().describe('Wanneer de parameterset voor het eerst is bewaard (ISO)'),
    reden: z
      .string()
      .optional()
      .describe('Waarom een bewaarde parameterset niet te laden is (status onleesbaar)'),
    geldend: z.boolean().describe('Of dit de parameterset is waarmee nu wordt gerekend'),
    geldtVanaf: z
      .array(z.string())
      .describe('De datums (JJJJ-MM-DD) vanaf wanneer de parameters in de uitleg gelden, oudste eerst'),
    parameters: z
      .array(
        z.object({
          pad: z.string(),
          omschrijving: z.string(),
          waarde: z.string(),
          geldtVanaf: z.string(),
          bron: z.string(),
        }),
      )
      .describe('De parameters die de uitleg gebruikt, met hun waarde, ingangsdatum en bron'),
  })
  .meta({ description: 'Met welke versie van de regels de beschikking is berekend en uitgelegd' });

export const Zaak = z.looseObject({
  id: z.number().int(),
  soort: z.string(),
  huishoudenId: z.number().int(),
  onderwerp: z.string(),
  redenen: z.array(z.string()),
  prioriteit: z.number().int(),
  status: z.string(),
  team: z.string(),
  behandelaar: z.string().nullable(),
  versie: z.number().int(),
  termijn: z.string(),
  teLaat: z.boolean().optional(),
  verwachtKlaar: z
    .string()
    .optional()
    .describe(
      'Open zaak in de werkvoorraad: de werkdag waarop we verwachten klaar te zijn (schatting uit de plek in de wachtrij, de behandeltijd per zaaktype en het aantal medewerkers van het team)',
    ),
  /** Present while the case is suspended (Awb 4:15): until which day, why, since which day. */
  opschorting: z.object({ tot: z.string(), reden: z.string(), op: z.string() }).optional(),
});

export const HistorieRegel = z.looseObject({
  id: z.number().int(),
  zaakId: z.number().int(),
  tijdstip: z.string(),
  actor: z.string(),
  rol: z.string(),
  actie: z.string(),
  versie: z.number().int(),
});

export const Contact = z.looseObject({
  id: z.number().int(),
  huishoudenId: z.number().int(),
  kanaal: z.string(),
  richting: z.string(),
  onderwerp: z.string(),
  uitkomst: z.string(),
});

export const Maatwerkbesluit = z.looseObject({
  id: z.number().int(),
  zaakId: z.number().int(),
  regeling: z.string(),
  jaar: z.number().int(),
  status: z.string(),
  grondslag: z.string(),
  niveau: z.string(),
});

export const Feit = z.looseObject({
  id: z.number().int(),
  soort: z.string(),
  persoonBsn: z.string().optional(),
  waarde: z
    .unknown()
    .describe(
      'De waarde van het feit; bedragen (bedrag, kaleHuur, servicekosten, uurprijs) in eurocent, uren in uren',
    ),
  geldigVanaf: z.string().optional(),
  geldigTot: z.string().optional(),
  bron: z.string(),
  geregistreerdOp: z.string(),
  vervallenOp: z.string().optional(),
});
