/**
 * @module
 * The proefberekening form's text as the household request (`BerekeningVerzoek`, the law's input
 * schema) expects it: Dutch dates and amounts read (`formulieren/waarden.ts`), yes/no answers as
 * booleans, and every question the form asked but that was not answered as `null`, so the schema
 * refuses it instead of taking the format's default. Only the questions that apply are sent: the
 * partner's with a partner, "zelfstandig" with a rent, registration and work with childcare.
 * Whether the values are valid is the schema's to say.
 */
import { datumUit, euroUit, geheelUit, urenUit } from '../formulieren/waarden';
import type { Formulier } from './formulier';

/** `'ja'` → true, `'nee'` → false, anything else (not answered) → null. */
const jaNee = (x: string): boolean | null => (x === 'ja' ? true : x === 'nee' ? false : null);

export interface Kandidaat {
  /** The request for the schema. */
  readonly verzoek: Record<string, unknown>;
  /** Per childcare entry of the request, the child's row on the form. */
  readonly opvangKind: readonly number[];
}

export function kandidaat(f: Formulier): Kandidaat {
  const partner = jaNee(f.partner);
  const metOpvang = f.kinderen.some((k) => k.opvang !== 'geen');
  const persoon = (p: {
    geboortedatum: string;
    inkomen: string;
    vermogen: string;
    verblijf: string;
    verzekerd: string;
    werk: string;
  }) => {
    const verzekerd = jaNee(p.verzekerd);
    return {
      geboortedatum: datumUit(p.geboortedatum),
      toetsingsinkomen: euroUit(p.inkomen),
      vermogen: euroUit(p.vermogen),
      rechtmatigVerblijf: jaNee(p.verblijf),
      zorgverzekering: verzekerd === null ? null : verzekerd ? 'verzekerd' : 'geen',
      // Only asked (and only read by the law) with childcare; otherwise the law's default.
      ...(metOpvang ? { arbeidseis: jaNee(p.werk) } : {}),
    };
  };
  const huurt = f.kaleHuur !== '' || f.servicekosten !== '';
  const opvangKind: number[] = [];
  const kinderopvang: Record<string, unknown>[] = [];
  f.kinderen.forEach((k, i) => {
    if (k.opvang === 'geen') return;
    opvangKind.push(i);
    kinderopvang.push({
      kind: i,
      soort: k.opvang,
      urenPerMaand: urenUit(k.uren),
      uurprijs: euroUit(k.uurprijs),
      geregistreerd: jaNee(k.geregistreerd),
    });
  });
  return {
    opvangKind,
    verzoek: {
      berekeningsjaar: geheelUit(f.jaar),
      aanvrager: {
        ...persoon(f),
        // Living abroad is not computed here (no country is asked): answered "nee", the route
        // says so after the other answers are checked.
        ...(jaNee(f.woonland) === null ? { woonland: null } : {}),
      },
      ...(partner === null
        ? { toeslagpartner: null }
        : partner
          ? {
              toeslagpartner: persoon({
                geboortedatum: f.partnerGeboortedatum,
                inkomen: f.partnerInkomen,
                vermogen: f.partnerVermogen,
                verblijf: f.partnerVerblijf,
                verzekerd: f.partnerVerzekerd,
                werk: f.partnerWerk,
              }),
            }
          : {}),
      kinderen: f.kinderen.map((k) => ({
        geboortedatum: datumUit(k.geboortedatum),
        kinderbijslag: jaNee(k.kinderbijslag),
      })),
      huur: huurt
        ? [
            {
              kaleHuur: euroUit(f.kaleHuur),
              // Left empty on the form: no service costs.
              servicekosten: euroUit(f.servicekosten) ?? 0,
              zelfstandig: jaNee(f.zelfstandig),
            },
          ]
        : [],
      kinderopvang,
    },
  };
}
