/**
 * @module
 * Roles and rights: the permission matrix of Regelmaat as code (role-based access control).
 *
 * Every right is documented in `RECHT_CATALOGUS` (what it allows, whether it changes data, and for whom
 * it is meant); `RECHTEN` says per role which rights it has and why. The service layer enforces the
 * attribute rules on top (a citizen only reaches their own household, a partner only its own clients,
 * four-eyes on maatwerk); this module only answers "may this role do this kind of thing at all?".
 *
 * Purpose limitation (AVG art. 5 lid 1 onder b) and data minimisation (art. 5 lid 1 onder c) drive
 * the matrix: a role gets the rights its work needs, not more.
 */

/** The roles of Regelmaat (system brief §2). */
export const ROLLEN = [
  'burger',
  'behandelaar',
  'teamleider',
  'beleidsmedewerker',
  'auditor',
  'partner',
] as const;
export type Rol = (typeof ROLLEN)[number];

/** The roles of staff members, who log in with a username and password (table `gebruiker`). */
export const MEDEWERKER_ROLLEN = ['behandelaar', 'teamleider', 'beleidsmedewerker', 'auditor'] as const;
export type MedewerkerRol = (typeof MEDEWERKER_ROLLEN)[number];

/**
 * For whom a right is meant:
 * - `eigen`: a citizen about their own household only (the service layer checks "own");
 * - `algemeen`: touches no stored personal data (e.g. a what-if calculation);
 * - `medewerker`: staff work on other people's data;
 * - `partner`: an organisation reporting facts about its own clients.
 */
export type RechtSoort = 'eigen' | 'algemeen' | 'medewerker' | 'partner';

export interface RechtUitleg {
  /** What the right allows (Dutch, for screens and the register). */
  omschrijving: string;
  /** Whether using it writes or changes data (an auditor has none of these). */
  wijzigt: boolean;
  soort: RechtSoort;
}

/** Every right, documented. The keys form the type `Recht`. */
export const RECHT_CATALOGUS = {
  'eigen-huishouden:lezen': {
    omschrijving: 'Eigen toeslagen, betalingen, beschikkingen en de uitleg daarvan bekijken.',
    wijzigt: false,
    soort: 'eigen',
  },
  'eigen-huishouden:wijzigen': {
    omschrijving: 'Een wijziging in de eigen situatie doorgeven (inkomen, huur, huishouden, opvang).',
    wijzigt: true,
    soort: 'eigen',
  },
  'eigen-verwerkingen:lezen': {
    omschrijving: 'Zien wanneer en waarvoor de eigen gegevens zijn verwerkt (inzage, AVG art. 15).',
    wijzigt: false,
    soort: 'eigen',
  },
  'contactverzoek:indienen': {
    omschrijving: 'Vragen om teruggebeld te worden over de eigen toeslagen.',
    wijzigt: true,
    soort: 'eigen',
  },
  'bezwaar:indienen': {
    omschrijving: 'Bezwaar maken tegen een eigen beschikking, en de eigen bezwaren volgen.',
    wijzigt: true,
    soort: 'eigen',
  },
  'berekening:adhoc': {
    omschrijving:
      'Een proefberekening maken voor een ingevoerde situatie; er worden geen gegevens opgeslagen.',
    wijzigt: false,
    soort: 'algemeen',
  },
  'dossier:lezen': {
    omschrijving: 'Het dossier van een huishouden bekijken: feiten met hun bron en geldigheid.',
    wijzigt: false,
    soort: 'medewerker',
  },
  'beschikking:lezen': {
    omschrijving: 'Beschikkingen van een huishouden bekijken, met berekening en uitleg.',
    wijzigt: false,
    soort: 'medewerker',
  },
  'beschikking:reproduceren': {
    omschrijving:
      'Een beschikking opnieuw berekenen met de feiten, regels en parameters van toen, en vergelijken.',
    wijzigt: false,
    soort: 'medewerker',
  },
  'zaak:lezen': { omschrijving: 'Zaken en werkvoorraden bekijken.', wijzigt: false, soort: 'medewerker' },
  'zaak:behandelen': {
    omschrijving: 'Een zaak oppakken, teruggeven en afsluiten.',
    wijzigt: true,
    soort: 'medewerker',
  },
  'zaak:herverdelen': {
    omschrijving: 'Zaken in bulk aan andere behandelaars of teams toewijzen.',
    wijzigt: true,
    soort: 'medewerker',
  },
  'maatwerk:vastleggen': {
    omschrijving: 'Een maatwerkbesluit vastleggen: afwijking, grondslag, afweging en niveau.',
    wijzigt: true,
    soort: 'medewerker',
  },
  'bezwaar:goedkeuren': {
    omschrijving:
      'Een beslissing op bezwaar van een ander goedkeuren of terugsturen als die het bedrag meer verandert dan de drempel (vier ogen).',
    wijzigt: true,
    soort: 'medewerker',
  },
  'maatwerk:goedkeuren': {
    omschrijving: 'Een maatwerkbesluit van een ander goedkeuren of afwijzen (vier ogen).',
    wijzigt: true,
    soort: 'medewerker',
  },
  'contact:vastleggen': {
    omschrijving: 'Een gesprek of ander contact met een burger vastleggen bij een zaak.',
    wijzigt: true,
    soort: 'medewerker',
  },
  'signaal:maken': {
    omschrijving: 'Een signaal geven dat een regel onredelijk uitwerkt of dat een hulpmiddel ontbreekt.',
    wijzigt: true,
    soort: 'medewerker',
  },
  'signaal:lezen': {
    omschrijving:
      'Signalen bekijken: de eigen signalen met status en antwoord, en de aantallen en antwoorden per thema.',
    wijzigt: false,
    soort: 'medewerker',
  },
  'signaal:triageren': {
    omschrijving:
      'Nieuwe signalen van het eigen team beoordelen: dubbel, meer informatie nodig of doorzetten naar beleid.',
    wijzigt: true,
    soort: 'medewerker',
  },
  'signaal:beantwoorden': {
    omschrijving:
      'Doorgezette signalen beantwoorden en zeggen wat er gebeurt (niets, werkinstructie, wijzigingsvoorstel).',
    wijzigt: true,
    soort: 'medewerker',
  },
  'simulatie:uitvoeren': {
    omschrijving: 'Een beleidsvariant doorrekenen op de synthetische populatie (uitvoeringstoets).',
    wijzigt: true,
    soort: 'medewerker',
  },
  'rapportage:lezen': {
    omschrijving:
      'Geaggregeerde rapportages bekijken (werkvoorraad, runs, eerlijkheid); geen persoonsgegevens.',
    wijzigt: false,
    soort: 'medewerker',
  },
  'verwerkingen:lezen': {
    omschrijving: 'Het verwerkingenlogboek inzien voor elk BSN, inclusief wie de gegevens verwerkte.',
    wijzigt: false,
    soort: 'medewerker',
  },
  'levensgebeurtenissen:starten': {
    omschrijving:
      'De run levensgebeurtenissen starten of hervatten: huishoudens vóór een verandering een bericht sturen, of laten bellen.',
    wijzigt: true,
    soort: 'medewerker',
  },
  'feit:melden': {
    omschrijving: 'Feiten melden over eigen klanten (bijvoorbeeld opvanguren of het einde van een contract).',
    wijzigt: true,
    soort: 'partner',
  },
} as const satisfies Record<string, RechtUitleg>;

/** A right: what kind of action a role may take. See `RECHT_CATALOGUS` for each one's meaning. */
export type Recht = keyof typeof RECHT_CATALOGUS;

export const ALLE_RECHTEN = Object.keys(RECHT_CATALOGUS) as Recht[];

/** The permission matrix. */
export const RECHTEN: Record<Rol, readonly Recht[]> = {
  // A citizen sees and changes only their own household (enforced by the service layer), sees their
  // own processing log (AVG art. 15), may ask for a call-back, may object against their own
  // decisions (Awb 6:4), and may try a what-if calculation.
  // No staff right: a citizen never reaches another household's data.
  burger: [
    'eigen-huishouden:lezen',
    'eigen-huishouden:wijzigen',
    'eigen-verwerkingen:lezen',
    'contactverzoek:indienen',
    'bezwaar:indienen',
    'berekening:adhoc',
  ],
  // A case worker handles cases: reads the dossier and decisions needed for that, claims and closes
  // cases, records contacts and maatwerk (which a teamleider approves), and raises signals and sees
  // their answers.
  behandelaar: [
    'berekening:adhoc',
    'dossier:lezen',
    'beschikking:lezen',
    'beschikking:reproduceren',
    'zaak:lezen',
    'zaak:behandelen',
    'maatwerk:vastleggen',
    'contact:vastleggen',
    'signaal:maken',
    'signaal:lezen',
  ],
  // A team lead does case work too, and in addition: reassigns queues, is the second pair of eyes on
  // maatwerk (never on their own: the service layer checks that approver ≠ author), triages
  // the team's signals, and sees the team's aggregate reports.
  teamleider: [
    'berekening:adhoc',
    'dossier:lezen',
    'beschikking:lezen',
    'beschikking:reproduceren',
    'zaak:lezen',
    'zaak:behandelen',
    'zaak:herverdelen',
    'maatwerk:vastleggen',
    'maatwerk:goedkeuren',
    'bezwaar:goedkeuren',
    'contact:vastleggen',
    'signaal:maken',
    'signaal:lezen',
    'signaal:triageren',
    'rapportage:lezen',
    // Contacting households before a life event is planned work for the teams (issue 16).
    'levensgebeurtenissen:starten',
  ],
  // A policy analyst works on rules and reforms: what-if calculations, population simulation,
  // owning and answering signals (and raising one) and aggregate reports. No access to individual
  // dossiers or cases (data minimisation): a signal's example cases reach them pseudonymised, and
  // the synthetic population is enough for their work.
  beleidsmedewerker: [
    'berekening:adhoc',
    'simulatie:uitvoeren',
    'signaal:maken',
    'signaal:lezen',
    'signaal:beantwoorden',
    'rapportage:lezen',
  ],
  // An auditor checks, and changes nothing: the processing log for any BSN with who processed it,
  // decisions and their reproduction, the dossier and cases behind them, and aggregate reports.
  auditor: [
    'verwerkingen:lezen',
    'dossier:lezen',
    'beschikking:lezen',
    'beschikking:reproduceren',
    'zaak:lezen',
    'signaal:lezen',
    'rapportage:lezen',
  ],
  // A partner organisation (childcare provider, landlord, …) only reports facts about its own
  // clients (checked with `isKlantVan`); it reads nothing back.
  partner: ['feit:melden'],
};

/** Whether `rol` has `recht`. Unknown roles (e.g. from an old token) have no rights. */
export function heeftRecht(rol: Rol, recht: Recht): boolean {
  const rechten = RECHTEN[rol] as readonly Recht[] | undefined;
  return rechten?.includes(recht) === true;
}

export function isRol(waarde: unknown): waarde is Rol {
  return typeof waarde === 'string' && (ROLLEN as readonly string[]).includes(waarde);
}

export function isMedewerkerRol(waarde: unknown): waarde is MedewerkerRol {
  return typeof waarde === 'string' && (MEDEWERKER_ROLLEN as readonly string[]).includes(waarde);
}
