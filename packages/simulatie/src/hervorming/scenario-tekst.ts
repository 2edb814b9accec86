/**
 * @module
 * A saved scenario's reform: the YAML the policy analyst typed (the berekeningsjaar, an optional
 * shared `basis`, the parts in stacking order, `beperkingen`) together with the scenario's own
 * name, author, date and description, which win over the same keys in the YAML. Checked with the
 * reform's own schema (`HervormingSchema`, every value with `bron` or `voorstel`) and then against
 * the law (`scenariosVan`: the law's loader checks every value like a published one). Each problem
 * names the line of the YAML it is about, so a form can say where to look.
 */
import { isMap, LineCounter, type Node, parseDocument } from 'yaml';
import { type Hervorming, HervormingOngeldig, leesHervorming } from './hervorming';
import { scenariosVan } from './toepassen';

/** What the scenario says about itself (the form's fields, the session's staff id, today). */
export interface ScenarioGegevens {
  naam: string;
  auteur: string;
  datum: string;
  beschrijving: string;
}

const META = ['naam', 'auteur', 'datum', 'beschrijving'] as const;

/** The 1-based line of the deepest node on `pad` that the document has. */
function regelVan(doc: ReturnType<typeof parseDocument>, lc: LineCounter, pad: readonly string[]): number {
  for (let n = pad.length; n >= 0; n--) {
    const sleutels = pad.slice(0, n).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const knoop = (n === 0 ? doc.contents : doc.getIn(sleutels, true)) as Node | null | undefined;
    if (knoop && typeof knoop === 'object' && 'range' in knoop && knoop.range)
      return lc.linePos(knoop.range[0]).line;
  }
  return 1;
}

/**
 * Reads a scenario's reform YAML with its own details; throws HervormingOngeldig with every
 * problem as "regel N: pad melding" (a YAML syntax error: its line and column).
 */
export function leesScenarioHervorming(yaml: string, gegevens: ScenarioGegevens): Hervorming {
  const lc = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0)
    throw new HervormingOngeldig(
      doc.errors[0]!.message,
      doc.errors.map((e) => {
        const p = lc.linePos(e.pos[0]);
        const waar = `regel ${p.line}, kolom ${p.col}`;
        return `${waar}: geen geldige YAML (${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '')})`;
      }),
    );
  if (!isMap(doc.contents))
    throw new HervormingOngeldig('regel 1: de hervorming moet beginnen met jaar: en onderdelen:');
  for (const k of META) doc.delete(k);
  const ruw = { ...(doc.toJS() as Record<string, unknown>), ...gegevens };
  let h: Hervorming;
  try {
    // The schema's problems come back as "hervorming: pad melding"; each gets its line.
    h = leesHervorming(JSON.stringify(ruw), 'hervorming');
  } catch (e) {
    if (!(e instanceof HervormingOngeldig)) throw e;
    const problemen = e.problemen.map((p) => {
      const rest = p.replace(/^hervorming: /, '');
      const pad = rest.split(' ')[0]!;
      return `regel ${regelVan(doc, lc, pad.split('.'))}: ${rest}`;
    });
    throw new HervormingOngeldig(problemen.join('\n'), problemen);
  }
  try {
    scenariosVan(h);
  } catch (e) {
    if (!(e instanceof HervormingOngeldig)) throw e;
    // The law's problems name the part ("naam, wijziging 2: …"): the line of that part's change.
    const problemen = e.problemen.map((p) => {
      const i = h.onderdelen.findIndex((o) => p.startsWith(`${o.naam},`) || p.startsWith(`${o.naam}:`));
      const w = /wijziging (\d+)/.exec(p);
      const pad =
        i >= 0
          ? ['onderdelen', String(i), 'wijzigingen', ...(w ? [String(Number(w[1]) - 1)] : [])]
          : p.startsWith('basis')
            ? ['basis', ...(w ? [String(Number(w[1]) - 1)] : [])]
            : [];
      return `regel ${regelVan(doc, lc, pad)}: ${p}`;
    });
    throw new HervormingOngeldig(problemen.join('\n'), problemen);
  }
  return h;
}
