/**
 * @module
 * A reform applied to the law's parameter texts: the baseline (the published texts with `basis`
 * applied) and, for each part in order, the texts after that part and all parts before it. Every
 * set is loaded by the law's own loader (`wetgevingUitTeksten`), so a reform value is checked like a
 * published one (its kind, its range, a table's shape, its source) and a wrong file is refused
 * with the part, the parameter and what was expected. New values get their `bron`, or the source
 * `Voorstel: …` for a proposal, so explanations under a reform say where each number comes from.
 */
import { percentToPpm, roundHalfUpDiv } from '@regelmaat/kernel';
import {
  PARAMETER_SLEUTELS,
  type RegelingSleutel,
  type Wetgeving,
  wetgeving,
  wetgevingUitTeksten,
  zoekParameter,
} from '@regelmaat/law';
import { isMap, parseDocument } from 'yaml';
import { metVarianten } from '../varianten/variant';
import { type Hervorming, HervormingOngeldig, type HervormingsWijziging } from './hervorming';

type Teksten = Record<RegelingSleutel, string>;

/** One computed law: the baseline or the reform up to and including a part. */
export interface Scenario {
  readonly naam: string;
  readonly teksten: Readonly<Teksten>;
  /** The parameter version of these texts (as decisions store it). */
  readonly versie: string;
  /** The variant modules in force (names, in order of the parts that brought them). */
  readonly varianten: readonly string[];
}

/** The baseline and, per part, the law after it (the last is the whole reform). */
export interface Scenarios {
  readonly basis: Scenario;
  readonly stappen: readonly Scenario[];
}

function sleutelVan(pad: string, waar: string): RegelingSleutel {
  const sleutel = pad.slice(0, pad.indexOf('.'));
  if (!(PARAMETER_SLEUTELS as readonly string[]).includes(sleutel))
    throw new HervormingOngeldig(
      `${waar}: onbekende regeling '${sleutel}' in ${pad} (kies uit ${PARAMETER_SLEUTELS.join(', ')})`,
    );
  return sleutel as RegelingSleutel;
}

function bronVan(h: { bron?: string | undefined; voorstel?: string | undefined }): string {
  return h.bron ?? `Voorstel: ${h.voorstel}`;
}

/** Sets `values[vanaf]` of parameter `pad` in the texts to `{ value, source }`. */
function zet(t: Teksten, pad: string, vanaf: string, waarde: unknown, bron: string, waar: string): void {
  const sleutel = sleutelVan(pad, waar);
  const naam = pad.slice(pad.indexOf('.') + 1);
  const doc = parseDocument(t[sleutel]);
  const values = doc.getIn([naam, 'values']);
  if (!isMap(values)) throw new HervormingOngeldig(`${waar}: de parameter ${pad} bestaat niet`);
  values.set(doc.createNode(vanaf), doc.createNode({ value: waarde, source: bron }));
  t[sleutel] = doc.toString();
}

function vervalt(t: Teksten, pad: string, datum: string, waar: string): void {
  const sleutel = sleutelVan(pad, waar);
  const naam = pad.slice(pad.indexOf('.') + 1);
  const doc = parseDocument(t[sleutel]);
  const values = doc.getIn([naam, 'values']);
  if (!isMap(values)) throw new HervormingOngeldig(`${waar}: de parameter ${pad} bestaat niet`);
  if (!values.delete(datum))
    throw new HervormingOngeldig(`${waar}: ${pad} heeft geen waarde vanaf ${datum} die kan vervallen`);
  t[sleutel] = doc.toString();
}

function laad(t: Teksten, waar: string): Wetgeving {
  try {
    return wetgevingUitTeksten(t);
  } catch (e) {
    throw new HervormingOngeldig(`${waar}: ${(e as Error).message}`);
  }
}

function pasToe(t: Teksten, w: HervormingsWijziging, gepubliceerd: Wetgeving, waar: string): void {
  if ('herstel' in w) {
    if (!(PARAMETER_SLEUTELS as readonly string[]).includes(w.herstel))
      throw new HervormingOngeldig(`${waar}: onbekende regeling '${w.herstel}' om te herstellen`);
    t[w.herstel as RegelingSleutel] = gepubliceerd.teksten[w.herstel as RegelingSleutel];
  } else if ('vervalt' in w) vervalt(t, w.parameter, w.vervalt, waar);
  else if ('waarde' in w) zet(t, w.parameter, w.vanaf, w.waarde, bronVan(w), waar);
  else {
    const { parameters, percentage, vanaf } = w.indexatie;
    const nu = laad(t, waar);
    const factor = percentToPpm(Math.abs(percentage));
    for (const pad of parameters) {
      sleutelVan(pad, waar);
      let p: ReturnType<typeof zoekParameter>;
      try {
        p = zoekParameter(nu, pad, vanaf);
      } catch (e) {
        throw new HervormingOngeldig(`${waar}: ${pad} op ${vanaf}: ${(e as Error).message}`);
      }
      if (p.unit !== 'euro' || typeof p.value !== 'number')
        throw new HervormingOngeldig(
          `${waar}: alleen bedragen in euro kunnen worden geïndexeerd, ${pad} is ${p.unit}`,
        );
      // Cents × (1 ± p), rounded half up to whole cents.
      const teken = percentage < 0 ? -1 : 1;
      const centen = p.value + teken * roundHalfUpDiv(p.value * factor, 1_000_000);
      const bron = `${bronVan(w.indexatie)} (${percentage} % op ${p.value / 100} uit: ${p.source})`;
      zet(t, pad, vanaf, centen / 100, bron, waar);
    }
  }
}

function pasAlleToe(
  t: Teksten,
  wijzigingen: readonly HervormingsWijziging[],
  gepubliceerd: Wetgeving,
  waar: string,
  varianten: readonly string[],
): Scenario & { wetgeving: Wetgeving } {
  wijzigingen.forEach((w, i) => {
    pasToe(t, w, gepubliceerd, `${waar}, wijziging ${i + 1}`);
  });
  let wet = laad(t, waar);
  try {
    wet = metVarianten(wet, varianten);
  } catch (e) {
    throw new HervormingOngeldig(`${waar}: ${(e as Error).message}`);
  }
  return { naam: waar, teksten: { ...t }, versie: wet.versie, varianten, wetgeving: wet };
}

/**
 * The scenarios of a reform on `gepubliceerd` (the published law unless a test passes another).
 * Throws HervormingOngeldig naming the part and change that cannot be applied or loaded.
 */
export function scenariosVan(h: Hervorming, gepubliceerd: Wetgeving = wetgeving()): Scenarios {
  const t: Teksten = { ...gepubliceerd.teksten };
  const basis = pasAlleToe(t, h.basis ?? [], gepubliceerd, 'basis', []);
  let varianten: readonly string[] = [];
  const stappen = h.onderdelen.map((o) => {
    if (o.variant !== undefined) varianten = [...varianten, o.variant];
    const s = pasAlleToe(t, o.wijzigingen ?? [], gepubliceerd, o.naam, varianten);
    return { naam: s.naam, teksten: s.teksten, versie: s.versie, varianten: s.varianten };
  });
  return {
    basis: { naam: 'basis', teksten: basis.teksten, versie: basis.versie, varianten: [] },
    stappen,
  };
}

/** The law of a scenario: its texts through the law's loader, with its variants in place. */
export function wetVan(s: Pick<Scenario, 'teksten' | 'varianten'>): Wetgeving {
  return metVarianten(wetgevingUitTeksten(s.teksten), s.varianten);
}
