/**
 * @module
 * Saved simulation scenarios (issue 18): list, save (name, description, the reform as YAML; the
 * author is the caller and the date today), read one with the signals that link to it, and run
 * one (its parts stacked in order). The shipped example reforms are read-only scenarios. Synthetic
 * households only: no person, no dossier.
 */
import {
  maakScenario,
  ScenarioVerzoek,
  scenarioPagina,
  scenarios,
  simuleerScenario,
} from '@regelmaat/diensten';
import { z } from 'zod';
import { route } from '../route';
import { IdPad } from '../schemas';
import { SimulatieStand } from './simulaties';

const Scenario = z.looseObject({
  id: z.number().int(),
  naam: z.string(),
  auteur: z.string(),
  datum: z.string(),
  beschrijving: z.string(),
  hervorming: z
    .string()
    .describe('De hervorming als YAML: jaar, basis, onderdelen (in volgorde gestapeld), beperkingen'),
  voorbeeld: z.string().nullable().describe('De bestandsnaam van een meegeleverd voorbeeld (alleen lezen)'),
  alleenLezen: z.boolean(),
  onderdelen: z.array(z.string()),
  beperkingen: z.array(z.string()),
});

export const SCENARIO_ROUTES = [
  route({
    methode: 'GET',
    pad: '/scenarios',
    operationId: 'scenarios',
    samenvatting: 'De opgeslagen scenario’s, de meegeleverde voorbeelden (alleen lezen) eerst',
    tag: 'Simulaties',
    toegang: ['simulatie:uitvoeren'],
    antwoord: z.array(Scenario),
    handler: ({ o, ctx }) => scenarios(o, ctx),
  }),
  route({
    methode: 'POST',
    pad: '/scenarios',
    operationId: 'maakScenario',
    samenvatting:
      'Een scenario opslaan: naam, beschrijving en de hervorming als YAML (gecontroleerd zoals de parameters van de wet; elke fout met haar regel)',
    tag: 'Simulaties',
    toegang: ['simulatie:uitvoeren'],
    body: ScenarioVerzoek,
    status: 201,
    antwoord: Scenario,
    handler: ({ o, ctx, body }) => maakScenario(o, ctx, body),
  }),
  route({
    methode: 'GET',
    pad: '/scenarios/{id}',
    operationId: 'scenario',
    samenvatting: 'Eén scenario met de signalen waarvan het antwoord ernaar verwijst',
    tag: 'Simulaties',
    toegang: ['simulatie:uitvoeren'],
    params: IdPad,
    antwoord: Scenario.extend({
      signalen: z.array(
        z.object({
          id: z.number().int(),
          thema: z.string(),
          status: z.string(),
          antwoordSoort: z.string().nullable(),
        }),
      ),
    }),
    handler: ({ o, ctx, params }) => scenarioPagina(o, ctx, params.id),
  }),
  route({
    methode: 'POST',
    pad: '/scenarios/{id}/simulaties',
    operationId: 'simuleerScenario',
    samenvatting:
      'Een opgeslagen scenario doorrekenen (de onderdelen in volgorde gestapeld); volg het met GET /simulaties/{id}',
    tag: 'Simulaties',
    toegang: ['simulatie:uitvoeren'],
    params: IdPad,
    status: 201,
    antwoord: SimulatieStand,
    handler: ({ o, ctx, params }) => simuleerScenario(o, ctx, params.id),
  }),
];
