/**
 * @module
 * The signal forms of the workspace (issue 17), read with the API's own request schemas
 * (`SignaalVerzoek`, `TriageVerzoek`, `AanvullingVerzoek`, `SignaalAntwoordVerzoek`): the request,
 * or a message per field. Example cases are typed as case numbers separated by commas or spaces.
 */
import {
  AanvullingVerzoek,
  SignaalAntwoordVerzoek,
  SignaalVerzoek,
  TriageVerzoek,
} from '@regelmaat/diensten';
import type { z } from 'zod';
import { type Gelezen, leesMetSchema, type SchemaFormulier } from '../../formulieren/schema-formulier';
import { geheelUit, tekstOfNiets } from '../../formulieren/waarden';
import { type TekstKey, t } from '../../teksten';

export const SIGNAAL_VELDEN = ['thema', 'omschrijving', 'waarom', 'voorbeelden'] as const;
export const TRIAGE_VELDEN = ['besluit', 'toelichting', 'dubbelVan'] as const;
export const ANTWOORD_VELDEN = ['soort', 'antwoord', 'scenarioId'] as const;
export const AANVULLING_VELDEN = ['aanvulling'] as const;

const formulier = (velden: readonly string[]): SchemaFormulier => ({
  velden,
  veldVan: (pad) => {
    const kop = pad.split('.')[0]!.replace(/\[\d+\]$/, '');
    return velden.includes(kop) ? kop : undefined;
  },
  melding: (veld, code, reden) => (code === 'te-lang' ? reden : t(`werk.signaal.fout.${veld}` as TekstKey)),
});

/** `12, 34 56` → [12, 34, 56]; anything that is no list of numbers is passed on as typed. */
function zaaknummers(x: string | undefined): unknown {
  if (!x || x.trim() === '') return undefined;
  const delen = x.split(/[\s,;]+/).filter((d) => d !== '');
  return delen.map((d) => geheelUit(d));
}

export function leesNieuwSignaal(
  w: Readonly<Record<string, string>>,
  zaakId: number | undefined,
): Gelezen<z.output<typeof SignaalVerzoek>> {
  return leesMetSchema(
    SignaalVerzoek,
    {
      thema: tekstOfNiets(w.thema),
      omschrijving: tekstOfNiets(w.omschrijving),
      ...(w.waarom ? { waarom: w.waarom } : {}),
      ...(zaakId !== undefined ? { zaakId } : {}),
      ...(zaaknummers(w.voorbeelden) !== undefined ? { voorbeelden: zaaknummers(w.voorbeelden) } : {}),
    },
    formulier(SIGNAAL_VELDEN),
  );
}

export function leesTriage(w: Readonly<Record<string, string>>): Gelezen<z.output<typeof TriageVerzoek>> {
  return leesMetSchema(
    TriageVerzoek,
    {
      versie: geheelUit(w.versie),
      besluit: tekstOfNiets(w.besluit),
      toelichting: tekstOfNiets(w.toelichting),
      ...(w.besluit === 'dubbel' && w.dubbelVan ? { dubbelVan: geheelUit(w.dubbelVan) } : {}),
    },
    formulier(TRIAGE_VELDEN),
  );
}

export function leesAntwoord(
  w: Readonly<Record<string, string>>,
): Gelezen<z.output<typeof SignaalAntwoordVerzoek>> {
  return leesMetSchema(
    SignaalAntwoordVerzoek,
    {
      versie: geheelUit(w.versie),
      soort: tekstOfNiets(w.soort),
      antwoord: tekstOfNiets(w.antwoord),
      ...(w.scenarioId?.trim() ? { scenarioId: geheelUit(w.scenarioId) } : {}),
    },
    formulier(ANTWOORD_VELDEN),
  );
}

export function leesAanvulling(
  w: Readonly<Record<string, string>>,
): Gelezen<z.output<typeof AanvullingVerzoek>> {
  return leesMetSchema(
    AanvullingVerzoek,
    { versie: geheelUit(w.versie), aanvulling: tekstOfNiets(w.aanvulling) },
    formulier(AANVULLING_VELDEN),
  );
}
