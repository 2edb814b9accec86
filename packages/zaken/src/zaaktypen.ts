/**
 * @module
 * The case types (zaaktypen) as data: Dutch name, service norm, default team and the legal hook
 * the case hangs on. The service norm is in **calendar days** (kept simple on purpose: no working
 * days, no holidays); `termijn` = the opening date (UTC) + the norm. Migrations 007, 014, 017, 018, 022, 026 and 037 mirror this
 * list in the table `zaaktype` so cases the batch opens get the same team and due date; a test
 * keeps the two equal.
 */
import { type LawRef, lawUrl } from '@regelmaat/kernel';
import type { ZaakSoort } from './typen';

export interface ZaakType {
  readonly id: ZaakSoort;
  readonly naam: string;
  /** Calendar days from opening to the due date. */
  readonly servicenormDagen: number;
  /** Team whose queue new cases of this type land in. */
  readonly team: string;
  /** The article the case hangs on; null when the norm is a service promise, not a statutory term. */
  readonly grondslag: LawRef | null;
  /** Where the service norm comes from, in Dutch. */
  readonly normBron: string;
}

const AWB = 'Algemene wet bestuursrecht';
const AWIR = 'Algemene wet inkomensafhankelijke regelingen';

export const ZAAKTYPEN: readonly ZaakType[] = [
  {
    id: 'uitval-controle',
    naam: 'Controle na uitval',
    servicenormDagen: 14,
    team: 'uitval',
    grondslag: { wet: AWB, bwb: 'BWBR0005537', artikel: '3:2' },
    normBron:
      'Dienstverleningsnorm: 14 kalenderdagen (ongeveer 10 werkdagen), zodat de beschikking op tijd kan uitgaan.',
  },
  {
    id: 'maatwerk-verzoek',
    naam: 'Verzoek om maatwerk',
    servicenormDagen: 56,
    team: 'maatwerk',
    grondslag: { wet: AWIR, bwb: 'BWBR0018472', artikel: '13b' },
    normBron: 'Beslistermijn van 8 weken (Awb artikel 4:13 lid 2).',
  },
  {
    id: 'hoorzitting-terugvordering',
    naam: 'Zienswijze vóór terugvordering',
    servicenormDagen: 28,
    team: 'invordering',
    grondslag: { wet: AWIR, bwb: 'BWBR0018472', artikel: '26b' },
    normBron: 'Dienstverleningsnorm: 4 weken om de burger te horen vóór de terugvordering.',
  },
  {
    id: 'contactverzoek',
    naam: 'Verzoek om contact',
    servicenormDagen: 5,
    team: 'klantcontact',
    grondslag: null,
    normBron: 'Dienstverleningsnorm: binnen 5 kalenderdagen terugbellen; geen wettelijke termijn.',
  },
  {
    // A partner a citizen declared who is not in their household per the registry (issue 10, item
    // 2): checked before it counts; until then nothing of the other person is shown or changed.
    id: 'partner-verificatie',
    naam: 'Controle opgegeven partner',
    servicenormDagen: 14,
    team: 'uitval',
    grondslag: { wet: AWIR, bwb: 'BWBR0018472', artikel: '3' },
    normBron:
      'Dienstverleningsnorm: 14 kalenderdagen om een opgegeven toeslagpartner te controleren met de basisregistratie.',
  },
  {
    // Two childcare providers report hours for the same child and year (migration 017): the
    // second report is not applied; a case worker finds out which contract holds.
    id: 'partner-conflict',
    naam: 'Tegenstrijdige melding van een aanbieder',
    servicenormDagen: 14,
    team: 'uitval',
    grondslag: { wet: AWIR, bwb: 'BWBR0018472', artikel: '18' },
    normBron:
      'Dienstverleningsnorm: 14 kalenderdagen, zodat de kinderopvangtoeslag op tijd op de juiste uren rust.',
  },
  {
    // The kinderopvangtoeslag depends on a value of a reconstructed table that is not certain (uitval
    // rule KOT_TABEL_ONZEKER, migration 018): a case worker checks the primary text and settles the
    // amount; the case carries both possible amounts.
    id: 'kot-tabel-onzeker',
    naam: 'Kinderopvangtoeslag met een onzekere tabelwaarde',
    servicenormDagen: 14,
    team: 'uitval',
    grondslag: { wet: AWB, bwb: 'BWBR0005537', artikel: '3:2' },
    normBron:
      'Dienstverleningsnorm: 14 kalenderdagen, zodat het bedrag vaststaat voordat de beschikking uitgaat.',
  },
  {
    // An objection against a decision (issue 14, migration 022). The case's own due date is the
    // statutory decision term computed from its objection term (Awb 7:10, brieven/termijn), set when
    // it is opened; the norm here is that term's length, for cases of this type opened elsewhere.
    id: 'bezwaar',
    naam: 'Bezwaar',
    servicenormDagen: 42,
    team: 'bezwaar',
    grondslag: { wet: AWB, bwb: 'BWBR0005537', artikel: '7:10' },
    normBron:
      'Beslistermijn van 6 weken na het einde van de bezwaartermijn, eenmaal te verdagen met 6 weken (Awb artikel 7:10).',
  },
  {
    // A childcare provider's hours or rate clearly differ from what the parent reported (migration
    // 026): nothing is overwritten; a case worker asks the parent (and the provider) which is right.
    id: 'opvang-afwijking',
    naam: 'Melding van de kinderopvang wijkt af van de opgave van de ouder',
    servicenormDagen: 14,
    team: 'uitval',
    grondslag: { wet: AWIR, bwb: 'BWBR0018472', artikel: '38' },
    normBron:
      'Dienstverleningsnorm: 14 kalenderdagen, zodat het voorschot zo snel mogelijk op de juiste uren rust.',
  },
  {
    // A personal guide for a household with a high recovery or a hardship signal (issue 15,
    // migration 037): contact moments over two to three months, notes. Practice, not a statutory
    // duty (reference §3.4: "wel 2 of 3 maanden"); the case runs for that period.
    id: 'persoonlijke-begeleiding',
    naam: 'Persoonlijke begeleiding bij terugbetalen',
    servicenormDagen: 91,
    team: 'invordering',
    grondslag: { wet: AWIR, bwb: 'BWBR0018472', artikel: '31' },
    normBron:
      'Dienstverleningsnorm: begeleiding gedurende ongeveer 3 maanden (13 weken); geen wettelijke termijn.',
  },
  {
    // A housing corporation's rent contradicts what the citizen said, or a health insurer's report
    // needs a person's judgement (migration 043): nothing is overwritten; a case worker asks which
    // is right, and the advance is revised (Awir art. 16 lid 5) on the answer.
    id: 'partner-afwijking',
    naam: 'Melding van een verhuurder of zorgverzekeraar wijkt af of vraagt een beoordeling',
    servicenormDagen: 14,
    team: 'uitval',
    grondslag: { wet: AWIR, bwb: 'BWBR0018472', artikel: '16' },
    normBron:
      'Dienstverleningsnorm: 14 kalenderdagen, zodat het voorschot zo snel mogelijk op de juiste gegevens rust.',
  },
];

const PER_ID = new Map<string, ZaakType>(ZAAKTYPEN.map((t) => [t.id, t]));

export function zaaktype(id: string): ZaakType | undefined {
  return PER_ID.get(id);
}

/** wetten.overheid.nl link to the case type's article as in force on `datum`. */
export function grondslagLink(type: ZaakType, datum: string): string | undefined {
  return type.grondslag ? lawUrl(type.grondslag, datum) : undefined;
}

/** The civil date (UTC) of an ISO timestamp. */
export function datumVan(nu: string): string {
  const d = new Date(nu);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not an ISO timestamp: ${nu}`);
  return d.toISOString().slice(0, 10);
}

/** `datum` + `dagen` calendar days. */
export function plusDagen(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a civil date: ${datum}`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** Due date of a case of `type` opened at `nu`. */
export function termijnVoor(type: ZaakType, nu: string): string {
  return plusDagen(datumVan(nu), type.servicenormDagen);
}

/** Late: past its due date and not closed. Civil dates compare as strings. */
export function isTeLaat(termijn: string, status: string, vandaag: string): boolean {
  return status !== 'afgerond' && termijn < vandaag;
}
