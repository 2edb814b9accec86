/**
 * @module
 * A maatwerk decision (C6) as a request: the one schema for `POST /v1/zaken/{id}/maatwerkbesluiten`
 * and the workspace's maatwerk form (amounts read from Dutch notation into eurocents first). There
 * is no standard outcome in it: the server computes what the law gives, so no client chooses what
 * the four-eyes threshold compares with; a request that still sends one is refused and told why.
 */
import { GRONDSLAGEN } from '@regelmaat/zaken';
import { z } from 'zod';
import { STANDAARD_NIET_MEESTUREN } from '../maatwerk';
import { Centen, Datum, Id, Jaar, RegelingVeld, Tekst } from './velden';

const grondslagIds = GRONDSLAGEN.map((g) => g.id) as [string, ...string[]];

export const MaatwerkVerzoek = z.strictObject(
  {
    regeling: RegelingVeld,
    jaar: Jaar,
    afwijking: z.strictObject({
      bedrag: Centen.min(0),
      periode: z.strictObject({ van: Datum, tot: Datum }).optional(),
      betalingsregeling: z
        .strictObject({ termijnen: z.number().int().min(1).max(120), bedragPerTermijn: Centen.min(1) })
        .optional(),
    }),
    grondslag: z.enum(grondslagIds, { error: `moet een van ${grondslagIds.join(', ')} zijn` }),
    afweging: Tekst(5000),
    perspectieven: z
      .strictObject({ juridisch: Tekst(2000), financieel: Tekst(2000), sociaal: Tekst(2000) })
      .optional(),
    vragen: z.strictObject({ rechtvaardig: Tekst(2000), samen: Tekst(2000), aanspreekbaar: Tekst(2000) }),
    niveau: z.enum(['geval', 'vergelijkbaar', 'structureel']),
    precedenten: z.array(Id).max(50).optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys' && iss.keys.includes('standaardUitkomst')
        ? `standaardUitkomst: ${STANDAARD_NIET_MEESTUREN}`
        : undefined,
  },
);

/** Level 2: propose a decision's remedy for comparable open cases (the API and the web form). */
export const RemedieVoorstelVerzoek = z.strictObject({ zaakIds: z.array(Id).min(1).max(1000) });

/** Level 2: the reviewer applies or skips the proposed remedy for one case, with a reason. */
export const ToepassingBeoordelingVerzoek = z.strictObject({
  oordeel: z.enum(['toegepast', 'overgeslagen']),
  toelichting: Tekst(2000),
});
