/**
 * @module
 * Staff words for the case data: case type, status, team, role, action and level names in Dutch,
 * exception reason titles (from the uitval rules of @regelmaat/uitval, with their legal ground),
 * the names of toeslagen, and colleagues by name instead of user id. Unknown values are shown as
 * they are (never hidden), so a new code in a lower layer stays visible.
 */
import { REGELINGEN as LAW_REGELINGEN } from '@regelmaat/law';
import { STANDAARD_REGELS } from '@regelmaat/uitval';
import { ZAAKTYPEN, type Zaak } from '@regelmaat/zaken';

export const STATUS_NAAM: Record<Zaak['status'], string> = {
  open: 'Open',
  'in-behandeling': 'In behandeling',
  'wacht-op-goedkeuring': 'Wacht op goedkeuring',
  afgerond: 'Afgerond',
};

const uit = (lijst: Readonly<Record<string, string>>) => (waarde: string) => lijst[waarde] ?? waarde;

export const soortNaam = (soort: string): string => ZAAKTYPEN.find((z) => z.id === soort)?.naam ?? soort;

export const regelingNaam = (id: string): string => LAW_REGELINGEN.find((r) => r.id === id)?.naam ?? id;

export const teamNaam = uit({
  uitval: 'Uitval',
  maatwerk: 'Maatwerk',
  invordering: 'Invordering',
  klantcontact: 'Klantcontact',
  vaktechniek: 'Vaktechniek',
  toezicht: 'Toezicht',
});

export const rolNaam = uit({
  behandelaar: 'behandelaar',
  teamleider: 'teamleider',
  beleidsmedewerker: 'beleidsmedewerker',
  auditor: 'auditor',
  systeem: 'automatisch',
  burger: 'burger',
  partner: 'aanbieder',
  aanvrager: 'Aanvrager',
  toeslagpartner: 'Toeslagpartner',
  kind: 'Kind',
  medebewoner: 'Medebewoner',
});

/** What happened to a case (history `actie`), as a sentence part: "Zaak opgepakt". */
export const actieNaam = uit({
  aangemaakt: 'Zaak aangemaakt',
  geclaimd: 'Zaak opgepakt',
  vrijgegeven: 'Zaak vrijgegeven',
  herverdeeld: 'Zaak herverdeeld',
  afgerond: 'Zaak afgerond',
  opgeschort: 'Zaak opgeschort (termijn verschoven)',
  hervat: 'Zaak hervat',
  contact: 'Contact vastgelegd',
  signaal: 'Signaal voor beleid gegeven',
  'maatwerk-vastgelegd': 'Maatwerkbesluit vastgelegd',
  'maatwerk-goedgekeurd': 'Maatwerkbesluit goedgekeurd',
  'maatwerk-afgewezen': 'Maatwerkbesluit afgewezen',
  'maatwerk-van-kracht': 'Maatwerkbesluit van kracht (nieuwe beschikking)',
  'toepassing-voorgesteld': 'Toepassing voorgesteld',
  'toepassing-goedgekeurd': 'Toepassing goedgekeurd',
  'toepassing-afgewezen': 'Toepassing afgewezen',
});

/** The household composition (diensten/huishoudtype.ts, the queue column). */
export const huishoudtypeNaam = uit({
  alleenstaande: 'Alleenstaande',
  'alleenstaande-met-kinderen': 'Alleenstaande met kinderen',
  paar: 'Paar',
  'paar-met-kinderen': 'Paar met kinderen',
});

export const besluitStatusNaam = uit({
  'wacht-op-goedkeuring': 'Wacht op goedkeuring (vier ogen)',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
  'van-kracht': 'Van kracht',
});

export const niveauNaam = uit({
  geval: 'Dit geval',
  vergelijkbaar: 'Ook vergelijkbare gevallen',
  structureel: 'Structureel (signaal voor beleid)',
});

export const beschikkingSoortNaam = uit({
  voorschot: 'Voorschot',
  definitief: 'Definitieve berekening',
});

export const beschikkingStatusNaam = uit({
  vastgesteld: 'Vastgesteld',
  aangehouden: 'Aangehouden (wacht op een zaak)',
  'niet-berekenbaar': 'Niet te berekenen',
});

export const aanleidingNaam = uit({
  run: 'Jaarlijkse verwerking',
  wijziging: 'Wijziging doorgegeven',
  maatwerk: 'Maatwerkbesluit',
  bezwaar: 'Beslissing op bezwaar',
  zienswijze: 'Na de zienswijze (Awir art. 26b)',
});

export const kanaalNaam = uit({
  telefoon: 'Telefoon',
  brief: 'Brief',
  'e-mail': 'E-mail',
  portaal: 'Portaal',
  balie: 'Balie',
  video: 'Video',
});

/** A colleague by name; `systeem` and a citizen's pseudonym in words; an unknown id as it is. */
export function wie(namen: ReadonlyMap<string, string>, id: string): string {
  const naam = namen.get(id);
  if (naam) return naam;
  if (id === 'systeem') return 'Systeem';
  if (id.startsWith('burger-')) return 'De burger (portaal)';
  return id;
}

/**
 * A service message with staff user ids replaced by names ("al opgepakt door m-behandelaar-1" →
 * "… door Anna Demo"): the lower layers name the actor by id, the page shows the person.
 */
export function metNamen(tekst: string, namen: ReadonlyMap<string, string>): string {
  return tekst.replace(/\bm-[a-z0-9-]+\b/g, (id) => namen.get(id) ?? id);
}

/** An exception reason code in words, with where it comes from in the law. */
export function reden(code: string): { titel: string; grondslag?: string } {
  const r = STANDAARD_REGELS.find((x) => x.code === code);
  return r ? { titel: r.titel, grondslag: r.wettelijkeGrondslag } : { titel: code };
}
