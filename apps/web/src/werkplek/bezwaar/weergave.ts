/**
 * @module
 * The staff words for an objection (issue 14): its phase, the outcomes, the grounds for skipping a
 * hearing with their article (Awb 7:3), where a due date stands, and the penalty for a late
 * decision (Awir 12 lid 2, Awb 4:17) in a sentence that is true for the values it states.
 */
import type { BezwaarStand } from '@regelmaat/diensten';
import { type Beslissing, type BezwaarFase, OVERSLAAN_GRONDEN, type OverslaanGrond } from '@regelmaat/zaken';
import { datum, euroCenten } from '../../opmaak';

export const FASE_NAAM: Record<BezwaarFase, string> = {
  ingediend: 'Ontvangen — eerst bellen',
  gebeld: 'Gebeld — horen of de reden om niet te horen vastleggen',
  horen: 'Hoorzitting gepland',
  'te-beslissen': 'Klaar om te beslissen',
  'wacht-op-goedkeuring': 'Beslissing wacht op goedkeuring (vier ogen)',
  beslist: 'Beslist',
  ingetrokken: 'Ingetrokken',
};

export const BESLISSING_NAAM: Record<Beslissing, string> = {
  gegrond: 'Gegrond',
  'deels-gegrond': 'Deels gegrond',
  ongegrond: 'Ongegrond',
  'niet-ontvankelijk': 'Niet-ontvankelijk',
};

/** The legal ground of each outcome, as the decision cites it. */
export const BESLISSING_GROND: Record<Beslissing, string> = {
  gegrond: 'Awb 7:11 lid 2: het besluit wordt herroepen en een nieuw besluit genomen',
  'deels-gegrond': 'Awb 7:11 lid 2: het besluit wordt deels herroepen en een nieuw besluit genomen',
  ongegrond: 'Awb 7:11 lid 1: het besluit blijft in stand na heroverweging',
  'niet-ontvankelijk': 'Awb 6:6 (geen gronden na hersteltermijn) of 6:11 (te laat, niet verschoonbaar)',
};

export const KANAAL_NAAM = { portaal: 'Portaal', post: 'Post', telefoon: 'Telefoon' } as const;

export const overslaanLabel = (g: OverslaanGrond) =>
  `Awb 7:3 onder ${OVERSLAAN_GRONDEN[g].onderdeel}: ${OVERSLAAN_GRONDEN[g].omschrijving}`;

export const TERMIJN_NAAM = {
  beslistermijn: 'Beslistermijn (Awb 7:10)',
  hersteltermijn: 'Hersteltermijn gronden (Awb 6:6)',
};

/** Where a due date stands, for the warning beside it. */
export function termijnTekst(s: BezwaarStand['termijnen'][number]['stand']): {
  tekst: string;
  waarschuwing: boolean;
} {
  const n = s.dagenOver;
  if (s.stand === 'verlopen')
    return { tekst: `Verlopen, ${-n} ${-n === 1 ? 'dag' : 'dagen'} geleden`, waarschuwing: true };
  if (s.stand === 'vandaag') return { tekst: 'Laatste dag: vandaag', waarschuwing: true };
  if (s.stand === 'binnenkort') return { tekst: `Nog ${n} ${n === 1 ? 'dag' : 'dagen'}`, waarschuwing: true };
  return { tekst: `Nog ${n} dagen`, waarschuwing: false };
}

/** The penalty for a late decision in one sentence (Awir 12 lid 2; Awb 4:17 lid 3). */
export function dwangsomTekst(d: BezwaarStand['dwangsom']): string {
  switch (d.soort) {
    case 'niet-van-toepassing':
      return d.reden === 'geen-definitieve-berekening'
        ? 'Geen dwangsom: het bezwaar gaat niet over een definitieve berekening (Awir art. 12 lid 2).'
        : `Geen dwangsom: de nabetaling of terugvordering is lager dan ${euroCenten(d.ondergrens)} (Awir art. 12 lid 2 onder b).`;
    case 'geen-ingebrekestelling':
      return 'Geen dwangsom: er is geen ingebrekestelling ontvangen (Awb 4:17 lid 3).';
    case 'ingebrekestelling-te-vroeg':
      return 'Geen dwangsom: de ingebrekestelling kwam binnen vóór het einde van de beslistermijn (Awb 4:17 lid 3).';
    case 'nog-niet':
      return `De dwangsom loopt vanaf ${datum(d.eersteDag)} als er dan nog niet is beslist: ${euroCenten(d.perWeek)} per week, ten hoogste ${euroCenten(d.maximum)} (Awir art. 12 lid 2; Awb 4:17 lid 3).`;
    case 'loopt':
      return `De dwangsom loopt sinds ${datum(d.eersteDag)}: ${d.wekenInGebreke} ${d.wekenInGebreke === 1 ? 'week' : 'weken'} in gebreke, nu ${euroCenten(d.bedrag)} (ten hoogste ${euroCenten(d.maximum)}; Awir art. 12 lid 2).`;
  }
}

/** The objection's history actions in words; other actions as the workspace names them. */
export const BEZWAAR_ACTIE: Readonly<Record<string, string>> = {
  'bezwaar-ingediend': 'Bezwaar ontvangen',
  'bezwaar-gebeld': 'Gesprek met de indiener',
  'bezwaar-ingetrokken': 'Bezwaar ingetrokken',
  'hoorzitting-gepland': 'Hoorzitting gepland',
  'hoorzitting-gehouden': 'Hoorzitting gehouden',
  'hoorzitting-overgeslagen': 'Geen hoorzitting (Awb 7:3)',
  'gronden-aangevuld': 'Gronden ontvangen',
  'termijnoverschrijding-beoordeeld': 'Termijnoverschrijding beoordeeld (Awb 6:11)',
  'adviescommissie-ingesteld': 'Adviescommissie ingeschakeld (Awb 7:13; beslistermijn 12 weken, 7:10 lid 1)',
  'beslissing-verdaagd': 'Beslissing verdaagd (Awb 7:10 lid 3)',
  'ingebrekestelling-ontvangen': 'Ingebrekestelling ontvangen',
  'beslissing-voorgesteld': 'Beslissing voorgesteld (wacht op goedkeuring)',
  beslist: 'Beslist',
  'beslissing-goedgekeurd': 'Beslissing goedgekeurd (vier ogen)',
  'beslissing-afgewezen': 'Beslissing teruggestuurd',
  'nieuwe-beschikking': 'Nieuw besluit gemaakt',
};
