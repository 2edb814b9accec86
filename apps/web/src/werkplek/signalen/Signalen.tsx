/**
 * @module
 * The signals start page (/werk/signalen, issue 17): the reader's own signals with status and
 * answer, the team lead's new signals to triage, the policy owner's routed signals to answer, and
 * links to raise one and to the overview per theme. The policy owner's start page.
 */
import type { SignaalWeergave, SignalenOverzicht } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Layout, type PaginaContext } from '../../components/Layout';
import { Alert, Heading, Paragraph } from '../../components/nlds';
import { Tabel } from '../../components/Tabel';
import { datum } from '../../opmaak';
import { t } from '../../teksten';
import { antwoordSoortNaam, signaalStatusNaam, themaNaam } from './weergave';

export function SignaalTabel({
  lijst,
  bijschrift,
}: {
  lijst: readonly SignaalWeergave[];
  bijschrift: string;
}) {
  return (
    <Tabel
      bijschrift={bijschrift}
      kolommen={[
        t('werk.signaal.kol.signaal'),
        t('werk.signaal.kol.thema'),
        t('werk.signaal.kol.status'),
        t('werk.signaal.kol.gegeven'),
        t('werk.signaal.kol.antwoord'),
      ]}
    >
      {lijst.map((s) => (
        <tr key={s.id} data-signaal={s.id}>
          <th scope="row">
            <Link href={`/werk/signalen/${s.id}`}>{t('werk.signaal.nummer', { id: s.id })}</Link>
          </th>
          <td>{themaNaam(s.thema)}</td>
          <td data-testid="signaal-status">{signaalStatusNaam(s.status)}</td>
          <td>{datum(s.ingediendOp.slice(0, 10))}</td>
          <td>
            {s.antwoord
              ? `${antwoordSoortNaam(s.antwoord.soort)}: ${s.antwoord.tekst}`
              : t('werk.signaal.geenAntwoord')}
          </td>
        </tr>
      ))}
    </Tabel>
  );
}

export function SignalenPagina({
  ctx,
  overzicht,
  magMaken,
  triageren,
  beantwoorden,
  melding,
}: {
  ctx: PaginaContext;
  overzicht: SignalenOverzicht;
  magMaken: boolean;
  triageren: boolean;
  beantwoorden: boolean;
  melding?: string;
}) {
  const deel = (titel: string, lijst: readonly SignaalWeergave[], leeg: string, id: string) => (
    <section aria-labelledby={id} className="rm-sectie">
      <Heading level={2} id={id}>
        {titel}
      </Heading>
      {lijst.length === 0 ? (
        <Paragraph>{leeg}</Paragraph>
      ) : (
        <SignaalTabel
          lijst={lijst}
          bijschrift={t('werk.signalen.tabel', { lijst: titel, aantal: lijst.length })}
        />
      )}
    </section>
  );
  return (
    <Layout ctx={ctx} titel={t('werk.signalen.titel')}>
      <Heading level={1}>{t('werk.signalen.titel')}</Heading>
      {melding ? (
        <Alert type="ok" role="status">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('werk.signalen.intro')}</Paragraph>
      <nav className="rm-inhoud-nav" aria-label={t('werk.signalen.titel')}>
        <ul>
          {magMaken ? (
            <li>
              <Link href="/werk/signalen/nieuw">{t('werk.signalen.nieuw')}</Link>
            </li>
          ) : null}
          <li>
            <Link href="/werk/signalen/themas">{t('werk.signalen.themas')}</Link>
          </li>
        </ul>
      </nav>
      {triageren
        ? deel(t('werk.signalen.triage'), overzicht.triage, t('werk.signalen.triageLeeg'), 'triage')
        : null}
      {beantwoorden
        ? deel(
            t('werk.signalen.beantwoorden'),
            overzicht.beantwoorden,
            t('werk.signalen.beantwoordenLeeg'),
            'beantwoorden',
          )
        : null}
      {magMaken ? deel(t('werk.signalen.mijn'), overzicht.mijn, t('werk.signalen.mijnLeeg'), 'mijn') : null}
    </Layout>
  );
}
