/**
 * @module
 * "Wat is er met mijn gegevens gedaan?" (C10, C15; AVG art. 15 right of access): the processing
 * log for the citizen's own BSN — when, what, why and on which legal ground — without the names of
 * staff. Newest first. Looking at this page is itself recorded.
 */
import type { VerwerkingRegel } from '@regelmaat/logboek';
import { Link } from '@utrecht/link-react';
import { Tabelvak } from '../components/Gegevens';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { moment } from '../opmaak';
import { t } from '../teksten';

export function MijnGegevens({ ctx, regels }: { ctx: PaginaContext; regels: readonly VerwerkingRegel[] }) {
  return (
    <Layout ctx={ctx} titel={t('gegevens.titel')}>
      <Heading level={1}>{t('gegevens.titel')}</Heading>
      <Paragraph soort="lead">{t('gegevens.intro')}</Paragraph>
      {regels.length === 0 ? (
        <Paragraph>{t('gegevens.leeg')}</Paragraph>
      ) : (
        <Tabelvak label={t('gegevens.tabel')}>
          <table className="utrecht-table rm-tabel">
            <caption>{t('gegevens.tabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gegevens.wanneer')}</th>
                <th scope="col">{t('gegevens.wat')}</th>
                <th scope="col">{t('gegevens.waarom')}</th>
                <th scope="col">{t('gegevens.wet')}</th>
              </tr>
            </thead>
            <tbody>
              {regels.map((r) => (
                <tr key={`${r.traceId}-${r.spanId}`}>
                  <td>{moment(r.start)}</td>
                  <th scope="row">{r.activiteit.naam}</th>
                  <td>{r.activiteit.doel}</td>
                  <td>{r.activiteit.grondslag.map((g) => `${g.wet} artikel ${g.artikel}`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabelvak>
      )}
      <Paragraph>
        <Link href="/mijn">{t('portaal.terugOverzicht')}</Link>
      </Paragraph>
    </Layout>
  );
}
