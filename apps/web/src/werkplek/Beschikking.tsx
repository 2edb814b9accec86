/**
 * @module
 * A decision as staff see it (/werk/beschikkingen/<id>): the stored amounts and why the version
 * was made, the explanation recomputed from the dossier as known then (for maatwerk: the
 * standard outcome), and the facts that were missing.
 */
import type { BeschikkingMetUitleg } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Gegevenslijst } from '../components/Gegevens';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { UitlegOpen } from '../components/Uitleg';
import { euro, moment } from '../opmaak';
import { t } from '../teksten';
import { aanleidingNaam, beschikkingSoortNaam, beschikkingStatusNaam, regelingNaam } from './weergave';

export function BeschikkingPagina({ ctx, data }: { ctx: PaginaContext; data: BeschikkingMetUitleg }) {
  const b = data.beschikking;
  const titel = t('werk.beschikking.titel', { id: b.id, regeling: regelingNaam(b.regeling), jaar: b.jaar });
  return (
    <Layout ctx={ctx} titel={titel}>
      <Heading level={1}>{titel}</Heading>
      <Gegevenslijst
        rijen={[
          [
            t('werk.beschikkingen.soort'),
            `${beschikkingSoortNaam(b.soort)} (${beschikkingStatusNaam(b.status).toLowerCase()})`,
          ],
          [t('werk.beschikkingen.jaarbedrag'), euro(b.jaarbedrag)],
          [t('werk.beschikking.maanden'), b.maandbedragen.map((m) => euro(m)).join(' · ')],
          [
            t('werk.beschikkingen.aanleiding'),
            `${aanleidingNaam(b.aanleiding)}${b.toelichting ? ` (${b.toelichting})` : ''}`,
          ],
          b.vorigeId
            ? [
                t('werk.beschikking.vorige'),
                <Link href={`/werk/beschikkingen/${b.vorigeId}`}>#{b.vorigeId}</Link>,
              ]
            : null,
          b.maatwerkbesluitId ? [t('werk.beschikking.maatwerk'), `#${b.maatwerkbesluitId}`] : null,
          [t('werk.beschikking.bekendOp'), moment(b.bekendOp)],
          [t('werk.beschikking.versies'), `engine ${b.engineVersie}, parameters ${b.parameterVersie}`],
          data.ontbrekend.length ? [t('werk.beschikking.ontbrekend'), data.ontbrekend.join(', ')] : null,
        ]}
      />
      <Heading level={2}>{t('werk.beschikking.uitleg')}</Heading>
      {data.berekening ? (
        <UitlegOpen resultaat={data.berekening} kop={3} />
      ) : (
        <Paragraph>{t('werk.beschikking.geenUitleg')}</Paragraph>
      )}
      <Paragraph>
        <Link href="/werk">{t('werk.terugWachtrij')}</Link>
      </Paragraph>
    </Layout>
  );
}
