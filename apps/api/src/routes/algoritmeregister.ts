/**
 * @module
 * The algorithm register (Algoritmeregister, C15): public, generated from the law and the exception
 * rules in use; no personal data, so no login and no processing log.
 */
import { algoritmeregister, algoritmeregisterEntry } from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';

const Grondslag = z.object({ tekst: z.string(), url: z.string().optional() });
const Parameter = z.object({
  pad: z.string(),
  omschrijving: z.string(),
  waarde: z.string().describe('De waarde in het Nederlands, zoals in de uitleg ("€ 2.119,00", "tabel")'),
  geldigVanaf: z.string(),
  bron: z.string(),
  grondslag: z.string(),
  gereconstrueerd: z.boolean(),
});
const Regel = z.object({
  code: z.string(),
  titel: z.string(),
  uitleg: z.string(),
  prioriteit: z.number().int(),
  gegevens: z.array(z.string()),
  drempels: z.array(z.string()),
  grondslag: z.string(),
  zaaktype: z.string(),
  team: z.string(),
});
const Entry = z.object({
  id: z.string(),
  naam: z.string(),
  korteOmschrijving: z.string(),
  organisatie: z.string(),
  thema: z.string(),
  status: z.enum(['In gebruik', 'In ontwikkeling', 'Buiten gebruik']),
  begindatum: z.string(),
  contactgegevens: z.string(),
  publiekspagina: z.string(),
  publicatiecategorie: z.enum(['A', 'B', 'C']),
  bronregistratie: z.string(),
  doelEnImpact: z.string(),
  menselijkeTussenkomst: z.array(z.string()),
  wettelijkeGrondslag: z.array(Grondslag),
  gegevens: z.array(z.string()),
  parameters: z.array(Parameter),
  regels: z.array(Regel).optional(),
  versie: z.string(),
  peildatum: z.string(),
});

export const REGISTER_ROUTES = [
  route({
    methode: 'GET',
    pad: '/algoritmeregister',
    operationId: 'algoritmeregister',
    samenvatting:
      'Het algoritmeregister: de berekening van elke toeslag en de selectieregels, gemaakt uit de code zelf (velden van de Publicatiestandaard)',
    tag: 'Algoritmeregister',
    toegang: 'publiek',
    antwoord: z.object({ algoritmes: z.array(Entry) }),
    handler: ({ o }) => ({ algoritmes: algoritmeregister(o) }),
  }),
  route({
    methode: 'GET',
    pad: '/algoritmeregister/{id}',
    operationId: 'algoritme',
    samenvatting: 'Eén algoritme uit het register, bijvoorbeeld berekening-zorgtoeslag of uitval-selectie',
    tag: 'Algoritmeregister',
    toegang: 'publiek',
    params: z.object({
      id: z.string().regex(/^[a-z0-9_-]{1,60}$/, 'Een id van kleine letters, cijfers, - en _.'),
    }),
    antwoord: Entry,
    handler: ({ o, params }) => algoritmeregisterEntry(o, params.id),
  }),
];
