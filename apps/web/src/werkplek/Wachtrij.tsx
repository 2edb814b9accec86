/**
 * @module
 * The work queue (C5, /werk): my cases, the team queue (nobody works on them yet), the late cases
 * and all open cases of the team, with a filter on case type, the due date and a clear "te laat"
 * mark (text, not only colour), a page at a time. Plain GET form for the filters.
 */
import type { Zaak } from '@regelmaat/zaken';
import { ZAAKTYPEN } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Knoppen, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { Keuzelijst } from '../components/velden';
import { type TekstKey, t } from '../teksten';
import { huishoudtypeNaam, reden, STATUS_NAAM, soortNaam, teamNaam } from './weergave';
import { behandelaarNaam, Termijn } from './zaak-cellen';

export const LIJSTEN = ['mijn', 'team', 'telaat', 'alle'] as const;
export type Lijst = (typeof LIJSTEN)[number];

const LIJST_NAAM: Record<Lijst, TekstKey> = {
  mijn: 'werk.lijst.mijn',
  team: 'werk.lijst.team',
  telaat: 'werk.lijst.telaat',
  alle: 'werk.lijst.alle',
};

export function Zaaktabel({
  zaken,
  namen,
  bijschrift,
}: {
  zaken: readonly Zaak[];
  namen: ReadonlyMap<string, string>;
  bijschrift: string;
}) {
  return (
    <Tabel
      bijschrift={bijschrift}
      kolommen={[
        t('werk.kol.zaak'),
        t('werk.kol.soort'),
        t('werk.kol.huishouden'),
        t('werk.kol.status'),
        t('werk.kol.behandelaar'),
        t('werk.kol.prioriteit'),
        t('werk.kol.termijn'),
        t('werk.kol.reden'),
      ]}
    >
      {zaken.map((z) => (
        <tr key={z.id} data-zaak={z.id}>
          <th scope="row">
            <Link href={`/werk/zaken/${z.id}`}>
              {t('werk.zaakNummer', { id: z.id })}: {z.onderwerp}
            </Link>
          </th>
          <td>{soortNaam(z.soort)}</td>
          <td>{z.huishoudtype ? huishoudtypeNaam(z.huishoudtype) : '—'}</td>
          <td>{STATUS_NAAM[z.status]}</td>
          <td>{behandelaarNaam(z, namen)}</td>
          <td>{z.prioriteit}</td>
          <td>
            <Termijn zaak={z} />
          </td>
          <td>{z.redenen.length > 0 ? z.redenen.map((c) => reden(c).titel).join('; ') : '—'}</td>
        </tr>
      ))}
    </Tabel>
  );
}

export function Wachtrij({
  ctx,
  lijst,
  soort,
  zaken,
  namen,
  totaal,
  vanaf,
  team,
  teamleider,
}: {
  ctx: PaginaContext;
  lijst: Lijst;
  soort: string;
  zaken: readonly Zaak[];
  namen: ReadonlyMap<string, string>;
  /** Every case in the list (not the page size). */
  totaal: number;
  /** Cursor of the next page. */
  vanaf?: string;
  team?: string;
  teamleider: boolean;
}) {
  const titel = t(LIJST_NAAM[lijst]);
  return (
    <Layout ctx={ctx} titel={titel}>
      <Heading level={1}>{t('werk.titel')}</Heading>
      {team ? <Paragraph>{t('werk.team', { team: teamNaam(team) })}</Paragraph> : null}
      {team === 'bezwaar' ? (
        <Paragraph>
          <Link href="/werk/bezwaren/nieuw">Bezwaar vastleggen dat per post of telefoon binnenkwam</Link>
        </Paragraph>
      ) : null}
      <nav className="rm-inhoud-nav" aria-label={t('werk.lijsten')}>
        <ul>
          {LIJSTEN.map((l) => (
            <li key={l}>
              <Link href={`/werk?lijst=${l}`} aria-current={l === lijst ? 'page' : undefined}>
                {t(LIJST_NAAM[l])}
              </Link>
            </li>
          ))}
          {teamleider ? (
            <li>
              <Link href="/werk/herverdelen">{t('werk.herverdelen.titel')}</Link>
            </li>
          ) : null}
          {teamleider ? (
            <li>
              <Link href="/werk/overzicht">{t('werk.overzicht.titel')}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <form method="get" action="/werk" className="rm-filters">
        <input type="hidden" name="lijst" value={lijst} />
        <Keuzelijst
          name="soort"
          label={t('werk.filter.soort')}
          value={soort}
          keuzes={[
            { waarde: '', label: t('werk.filter.alleSoorten') },
            ...ZAAKTYPEN.map((z) => ({ waarde: z.id, label: z.naam })),
          ]}
        />
        <Knoppen>
          <Verzendknop soort="secundair">{t('werk.filter.knop')}</Verzendknop>
        </Knoppen>
      </form>
      <Paragraph>{t('werk.filter.bewaard')}</Paragraph>
      <Heading level={2}>{titel}</Heading>
      {zaken.length === 0 ? (
        <Paragraph>{t('werk.leeg')}</Paragraph>
      ) : (
        <Zaaktabel
          zaken={zaken}
          namen={namen}
          bijschrift={
            totaal > zaken.length
              ? t('werk.tabelDeel', { lijst: titel.toLowerCase(), aantal: zaken.length, totaal })
              : t('werk.tabel', { lijst: titel.toLowerCase(), aantal: totaal })
          }
        />
      )}
      {vanaf !== undefined ? (
        <Paragraph>
          <Link
            href={`/werk?lijst=${lijst}${soort ? `&soort=${soort}` : ''}&vanaf=${encodeURIComponent(vanaf)}`}
          >
            {t('werk.volgende')}
          </Link>
        </Paragraph>
      ) : null}
    </Layout>
  );
}
