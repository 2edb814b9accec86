/**
 * @module
 * Which law a decision was computed and explained with, for people and for the API: the version
 * of its parameter set (the hash, shortened), whether that set was kept, and the parameters its
 * explanation uses with the date each applies from and its source. The web app says it in Dutch
 * (`waarom.regels.*`, `werk.beschikking.regels.*`); the API gives these fields.
 */
import type { EigenWetgeving } from '@regelmaat/beschikking';
import { type Periode, type ToeslagResultaat, type Wetgeving, zoekParameter } from '@regelmaat/law';

type ExplanationNode = Periode['uitleg'];

export interface WetsversieParameter {
  /** The parameter's path, e.g. `zorgtoeslag.standaardpremie`. */
  pad: string;
  omschrijving: string;
  /** The value as shown in the explanation, e.g. "€ 2.119,00". */
  waarde: string;
  /** The civil date the value applies from (YYYY-MM-DD). */
  geldtVanaf: string;
  /** The publication the value comes from. */
  bron: string;
}

export interface Wetsversie {
  /** The parameter version (SHA-256 of the parameter texts, first 16 hex) the decision was computed with. */
  versie: string;
  /** Its first 8 hex digits, as people are shown it. */
  kort: string;
  /** `bewaard`: explained with the decision's own kept set; otherwise not explained. */
  status: EigenWetgeving['status'];
  /** When the set was first kept (ISO), when it was. */
  vastgelegdOp?: string;
  /** Why a kept set cannot be loaded (`onleesbaar`), for staff. */
  reden?: string;
  /** True when it is the parameter set in force now. */
  geldend: boolean;
  /** The distinct dates (YYYY-MM-DD) the parameters of the explanation apply from, oldest first. */
  geldtVanaf: string[];
  /** The parameters the explanation uses, each once per value. */
  parameters: WetsversieParameter[];
}

function parameterKnopen(n: ExplanationNode, uit: Set<string>): void {
  if (n.kind === 'parameter') uit.add(n.id.slice('param:'.length));
  for (const i of n.inputs) parameterKnopen(i, uit);
}

/** The parameters an explanation uses, resolved in the law it was made with, per period's date. */
export function parametersVanUitleg(
  berekening: ToeslagResultaat,
  w: Wetgeving,
  jaar: number,
): WetsversieParameter[] {
  const perDatum: [string, ExplanationNode][] = berekening.perioden.map((p) => [
    `${jaar}-${String(p.vanMaand).padStart(2, '0')}-01`,
    p.uitleg,
  ]);
  if (berekening.jaarUitleg) perDatum.push([`${jaar}-01-01`, berekening.jaarUitleg]);
  const gezien = new Map<string, WetsversieParameter>();
  for (const [datum, uitleg] of perDatum) {
    const paden = new Set<string>();
    parameterKnopen(uitleg, paden);
    for (const pad of paden) {
      const p = zoekParameter(w, pad, datum);
      const sleutel = `${pad}@${p.from}`;
      if (gezien.has(sleutel)) continue;
      const waarde = zoekWaarde(uitleg, `param:${pad}`);
      gezien.set(sleutel, {
        pad,
        omschrijving: p.description,
        waarde,
        geldtVanaf: p.from,
        bron: p.reconstructed ? 'Nagebouwd uit openbare bronnen, niet uit de officiële tekst' : p.source,
      });
    }
  }
  return [...gezien.values()].sort(
    (a, b) => a.pad.localeCompare(b.pad) || a.geldtVanaf.localeCompare(b.geldtVanaf),
  );
}

function zoekWaarde(n: ExplanationNode, id: string): string {
  if (n.id === id) return n.display;
  for (const i of n.inputs) {
    const w = zoekWaarde(i, id);
    if (w) return w;
  }
  return '';
}

/** The law version of a decision, with the parameters of its explanation (when it was explained). */
export function wetsversie(
  eigen: EigenWetgeving,
  geldend: Wetgeving,
  parameters: WetsversieParameter[],
): Wetsversie {
  return {
    versie: eigen.versie,
    kort: eigen.versie.slice(0, 8),
    status: eigen.status,
    ...(eigen.status === 'bewaard' && eigen.vastgelegdOp ? { vastgelegdOp: eigen.vastgelegdOp } : {}),
    ...(eigen.status === 'onleesbaar' ? { reden: eigen.reden } : {}),
    geldend: eigen.versie === geldend.versie,
    geldtVanaf: [...new Set(parameters.map((p) => p.geldtVanaf))].sort(),
    parameters,
  };
}
