/**
 * @module
 * The Algoritmeregister entries, generated from the code's own metadata: one per toeslag
 * calculation (its steps' articles, its parameters in force with their sources) and one for the
 * exception detection (its rules with their declared fields, thresholds and legal hooks, and the
 * queue each selection lands in). Only the B1 texts are written by people (`teksten/`), each tied
 * to the fingerprint of what it describes.
 */
import { formatValue, type ParameterSet, type ParameterSpec } from '@regelmaat/engine';
import { citeLaw, type Eurocent, formatWholeEuros, type LawRef, lawUrl } from '@regelmaat/kernel';
import type { Regeling, Wetgeving } from '@regelmaat/law';
import { HOORPLICHT_GRENS, type Regel } from '@regelmaat/uitval';
import type { Grondslag, RegisterEntry, RegisterParameter, RegisterRegel } from './publicatiestandaard';
import { BEREKENING_TEKSTEN } from './teksten/berekening';
import { REGEL_TEKSTEN, SELECTIE_TEKST } from './teksten/selectie';
import { vingerafdrukRegel, vingerafdrukRegeling, vingerafdrukRegels } from './vingerafdruk';

/** What the register needs besides the law and the rules: who publishes, and where people decide. */
export interface RegisterInvoer {
  readonly wetgeving: Wetgeving;
  readonly regels: readonly Regel[];
  /** The date the register describes (YYYY-MM-DD): parameters and law links as in force then. */
  readonly peildatum: string;
  /** The case type and team a selection with this reason code lands in. */
  zaaktypeVoor(code: string): { readonly naam: string; readonly team: string };
  /** Above this departure from the standard outcome (eurocents) a second person approves maatwerk. */
  readonly goedkeuringsdrempel: Eurocent;
}

const ALGEMEEN = {
  organisatie: 'Dienst Toeslagen (demonstratie: Regelmaat)',
  thema: 'Sociale zekerheid',
  status: 'In gebruik' as const,
  begindatum: '2026-01',
  contactgegevens: 'algoritmeregister@regelmaat.example (adres van de demonstratie)',
  publicatiecategorie: 'B' as const,
};

/** The register texts are missing or out of date for this regeling or rule. */
export class RegisterTekstOntbreekt extends Error {
  constructor(wat: string, vingerafdruk: string) {
    super(
      `The algorithm register has no current text for ${wat} (fingerprint ${vingerafdruk}). ` +
        'Write or reread its text in packages/register/src/teksten/ and record that fingerprint with it.',
    );
    this.name = 'RegisterTekstOntbreekt';
  }
}

function grondslagen(refs: readonly LawRef[], datum: string): Grondslag[] {
  const uniek = new Map<string, Grondslag>();
  for (const ref of refs) {
    const tekst = citeLaw(ref);
    if (uniek.has(tekst)) continue;
    const url = lawUrl(ref, datum);
    uniek.set(tekst, url ? { tekst, url } : { tekst });
  }
  return [...uniek.values()].sort((a, b) => a.tekst.localeCompare(b.tekst, 'nl', { numeric: true }));
}

function parametersVan(set: ParameterSet<ParameterSpec>, datum: string): RegisterParameter[] {
  return Object.keys(set.parameters).flatMap((naam) => {
    const info = set.parameters[naam]!;
    if (!info.values.some((v) => v.from <= datum)) return [];
    const p = set.resolve(naam, datum);
    return [
      {
        pad: p.path,
        omschrijving: p.description,
        waarde: formatValue(p.unit === 'euro' ? 'eurocent' : p.unit === 'percent' ? 'ppm' : p.unit, p.value),
        geldigVanaf: p.from,
        bron: p.source,
        grondslag: citeLaw(p.ref),
        gereconstrueerd: p.reconstructed,
      },
    ];
  });
}

function berekening(r: Regeling<unknown, unknown>, invoer: RegisterInvoer): RegisterEntry {
  const vingerafdruk = vingerafdrukRegeling(r);
  const tekst = BEREKENING_TEKSTEN[r.id];
  if (!tekst || tekst.vingerafdruk !== vingerafdruk)
    throw new RegisterTekstOntbreekt(`the calculation of ${r.id}`, vingerafdruk);
  const w = invoer.wetgeving as unknown as Record<string, ParameterSet<ParameterSpec>>;
  return {
    id: `berekening-${r.id}`,
    naam: tekst.naam,
    korteOmschrijving: tekst.korteOmschrijving,
    ...ALGEMEEN,
    publiekspagina: `/algoritmeregister/berekening-${r.id}`,
    bronregistratie: `Regelmaat, packages/law/src/${new URL(r.map).pathname.split('/').filter(Boolean).pop()}/`,
    doelEnImpact: tekst.doelEnImpact,
    menselijkeTussenkomst: [
      'De berekening volgt de wet precies. Wijkt een situatie af, dan kan een medewerker maatwerk toepassen.',
      `Wijkt maatwerk meer dan ${formatWholeEuros(invoer.goedkeuringsdrempel)} af van de berekening, dan keurt een tweede medewerker het goed (vier ogen).`,
      'Wie het niet eens is met het besluit, kan bezwaar maken. Een medewerker bekijkt het bezwaar.',
    ],
    wettelijkeGrondslag: grondslagen(
      r.stappen.map((s) => s.ref),
      invoer.peildatum,
    ),
    gegevens: tekst.gegevens,
    parameters: [
      ...parametersVan(invoer.wetgeving.algemeen as unknown as ParameterSet<ParameterSpec>, invoer.peildatum),
      ...parametersVan(w[r.id]!, invoer.peildatum),
    ],
    versie: invoer.wetgeving.versie,
    peildatum: invoer.peildatum,
  };
}

function selectie(invoer: RegisterInvoer): RegisterEntry {
  const regels: RegisterRegel[] = invoer.regels.map((r) => {
    const vingerafdruk = vingerafdrukRegel(r);
    const tekst = REGEL_TEKSTEN[r.code];
    if (!tekst || tekst.vingerafdruk !== vingerafdruk)
      throw new RegisterTekstOntbreekt(`the selection rule ${r.code}`, vingerafdruk);
    const zaak = invoer.zaaktypeVoor(r.code);
    return {
      code: r.code,
      titel: r.titel,
      uitleg: tekst.uitleg,
      prioriteit: r.prioriteit,
      gegevens: r.velden,
      drempels: r.drempels ?? [],
      grondslag: r.wettelijkeGrondslag,
      zaaktype: zaak.naam,
      team: zaak.team,
    };
  });
  return {
    id: 'uitval-selectie',
    naam: SELECTIE_TEKST.naam,
    korteOmschrijving: SELECTIE_TEKST.korteOmschrijving,
    ...ALGEMEEN,
    publiekspagina: '/algoritmeregister/uitval-selectie',
    bronregistratie: 'Regelmaat, packages/uitval/src/regels/',
    doelEnImpact: SELECTIE_TEKST.doelEnImpact,
    menselijkeTussenkomst: [
      'Elke selectie wordt een zaak in de werkvoorraad van een team. Een medewerker beslist wat er gebeurt.',
      `Wijkt maatwerk meer dan ${formatWholeEuros(invoer.goedkeuringsdrempel)} af van de berekening, dan keurt een tweede medewerker het goed (vier ogen).`,
      `Moet iemand ${formatWholeEuros(HOORPLICHT_GRENS)} of meer terugbetalen, dan vragen wij eerst zijn of haar mening.`,
    ],
    wettelijkeGrondslag: [...new Set(regels.map((r) => r.grondslag))].sort().map((tekst) => ({ tekst })),
    gegevens: [...new Set(regels.flatMap((r) => r.gegevens))].sort(),
    parameters: [],
    regels,
    versie: vingerafdrukRegels(invoer.regels),
    peildatum: invoer.peildatum,
  };
}

/** Every entry of the register: the calculation of each regeling in the law, then the exception detection. */
export function algoritmeregister(invoer: RegisterInvoer): RegisterEntry[] {
  return [...invoer.wetgeving.regelingen.map((r) => berekening(r, invoer)), selectie(invoer)];
}
