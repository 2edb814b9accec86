/**
 * @module
 * Saving a simulation scenario (issue 18): its name, a description and the reform as YAML (the
 * berekeningsjaar, an optional shared baseline, the parts in stacking order). The author is the
 * session's staff member and the date today's: neither is asked.
 */
import { z } from 'zod';
import { Tekst, TekstVrij } from './velden';

export const ScenarioVerzoek = z.strictObject({
  naam: Tekst(200),
  beschrijving: Tekst(5000),
  hervorming: TekstVrij(100_000).refine((v) => v.trim().length > 0, {
    message: 'is verplicht',
    params: { code: 'verplicht' },
  }),
});
export type ScenarioVraag = z.output<typeof ScenarioVerzoek>;
