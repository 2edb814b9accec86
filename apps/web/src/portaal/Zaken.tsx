/**
 * @module
 * "Mijn zaken" (C10): the citizen's own cases with what they are about, their status in plain
 * words and the date by which we expect to be done (the case type's service norm).
 */
import type { Zaak } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Tabelvak } from '../components/Gegevens';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { datum } from '../opmaak';
import { type TekstKey, t } from '../teksten';

const STATUS: Record<Zaak['status'], TekstKey> = {
  open: 'zaken.status.open',
  'in-behandeling': 'zaken.status.inBehandeling',
  'wacht-op-goedkeuring': 'zaken.status.wacht',
  afgerond: 'zaken.status.afgerond',
};

const SOORT: Record<Zaak['soort'], TekstKey> = {
  'uitval-controle': 'zaken.soort.controle',
  'maatwerk-verzoek': 'zaken.soort.maatwerk',
  'hoorzitting-terugvordering': 'zaken.soort.terugvordering',
  contactverzoek: 'zaken.soort.contact',
};

export function MijnZaken({ ctx, zaken }: { ctx: PaginaContext; zaken: readonly Zaak[] }) {
  return (
    <Layout ctx={ctx} titel={t('zaken.titel')}>
      <Heading level={1}>{t('zaken.titel')}</Heading>
      <Paragraph soort="lead">{t('zaken.intro')}</Paragraph>
      {zaken.length === 0 ? (
        <Paragraph>{t('zaken.leeg')}</Paragraph>
      ) : (
        <Tabelvak label={t('zaken.tabel')}>
          <table className="utrecht-table rm-tabel">
            <caption>{t('zaken.tabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('zaken.wat')}</th>
                <th scope="col">{t('zaken.status')}</th>
                <th scope="col">{t('zaken.verwacht')}</th>
              </tr>
            </thead>
            <tbody>
              {zaken.map((z) => (
                <tr key={z.id} data-zaak={z.id}>
                  <th scope="row">{t(SOORT[z.soort])}</th>
                  <td>{t(STATUS[z.status])}</td>
                  <td>
                    {z.status === 'afgerond' && z.afgerondOp
                      ? t('zaken.klaarOp', { datum: datum(z.afgerondOp) })
                      : datum(z.termijn)}
                  </td>
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
