/**
 * @module
 * Signals per theme (/werk/signalen/themas): how many there are, how far they are, how many
 * example cases they carry, and what was changed because of them (answers with a work instruction
 * or a change proposal). Counts only: no case or person is named.
 */
import type { ThemaTelling } from '@regelmaat/zaken';
import { SIGNAAL_STATUSSEN } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Layout, type PaginaContext } from '../../components/Layout';
import { Heading, ListItem, Paragraph, UnorderedList } from '../../components/nlds';
import { Tabel } from '../../components/Tabel';
import { t } from '../../teksten';
import { antwoordSoortNaam, signaalStatusNaam, themaNaam } from './weergave';

export function ThemasPagina({ ctx, themas }: { ctx: PaginaContext; themas: readonly ThemaTelling[] }) {
  const wijzigingen = themas.flatMap((x) => x.wijzigingen.map((w) => ({ ...w, thema: x.thema })));
  return (
    <Layout ctx={ctx} titel={t('werk.themas.titel')}>
      <Heading level={1}>{t('werk.themas.titel')}</Heading>
      <Paragraph>{t('werk.themas.intro')}</Paragraph>
      {themas.length === 0 ? (
        <Paragraph>{t('werk.themas.leeg')}</Paragraph>
      ) : (
        <Tabel
          bijschrift={t('werk.themas.tabel')}
          kolommen={[
            t('werk.signaal.thema'),
            t('werk.themas.totaal'),
            ...SIGNAAL_STATUSSEN.map(signaalStatusNaam),
            t('werk.themas.voorbeelden'),
          ]}
        >
          {themas.map((x) => (
            <tr key={x.thema} data-thema={x.thema}>
              <th scope="row">{themaNaam(x.thema)}</th>
              <td>{x.totaal}</td>
              {SIGNAAL_STATUSSEN.map((s) => (
                <td key={s}>{x.perStatus[s] ?? 0}</td>
              ))}
              <td>{x.voorbeelden}</td>
            </tr>
          ))}
        </Tabel>
      )}
      <Heading level={2}>{t('werk.themas.wijzigingen')}</Heading>
      {wijzigingen.length === 0 ? (
        <Paragraph>{t('werk.themas.geenWijzigingen')}</Paragraph>
      ) : (
        <UnorderedList>
          {wijzigingen.map((w) => (
            <ListItem key={w.signaalId}>
              <Link href={`/werk/signalen/${w.signaalId}`}>
                {t('werk.themas.wijziging', {
                  id: w.signaalId,
                  thema: themaNaam(w.thema),
                  soort: antwoordSoortNaam(w.soort).toLowerCase(),
                  antwoord: w.antwoord,
                })}
              </Link>
              {w.scenarioId !== null ? (
                <>
                  {' '}
                  <Link href={`/beleid/scenarios/${w.scenarioId}`}>
                    {t('werk.themas.scenario', { scenario: w.scenarioId })}
                  </Link>
                </>
              ) : w.scenarioNotitie ? (
                ` ${t('werk.themas.scenarioNotitie', { notitie: w.scenarioNotitie })}`
              ) : (
                ''
              )}
            </ListItem>
          ))}
        </UnorderedList>
      )}
      <Paragraph>
        <Link href="/werk/signalen">{t('werk.signalen.titel')}</Link>
      </Paragraph>
    </Layout>
  );
}
