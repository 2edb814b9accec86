/**
 * @module
 * A decision as staff see it (/werk/beschikkingen/<id>): the stored amounts and why the version
 * was made, the explanation recomputed from the dossier as known then with the decision's own
 * parameter set (for maatwerk: the standard outcome), which set that is with the parameters the
 * explanation uses (value, date from which it applies, source), and the facts that were missing.
 */
import type { BeschikkingMetUitleg, Wetsversie } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Gegevenslijst } from '../components/Gegevens';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { UitlegOpen } from '../components/Uitleg';
import { datum, datumsInTekst, euro, moment } from '../opmaak';
import { t } from '../teksten';
import { aanleidingNaam, beschikkingSoortNaam, beschikkingStatusNaam, regelingNaam } from './weergave';

function RegelsTekst({ w }: { w: Wetsversie }) {
  if (w.status === 'niet-bewaard')
    return <>{t('werk.beschikking.regels.nietBewaard', { versie: w.versie })}</>;
  if (w.status === 'onleesbaar')
    return <>{t('werk.beschikking.regels.onleesbaar', { versie: w.versie, reden: w.reden ?? '' })}</>;
  const vastgelegd = w.vastgelegdOp
    ? t('werk.beschikking.regels.vastgelegd', { moment: moment(w.vastgelegdOp) })
    : '';
  return (
    <>
      {t('werk.beschikking.regels.bewaard', { versie: w.versie, vastgelegd })}
      {w.geldend ? null : ` ${t('werk.beschikking.regels.anders')}`}
    </>
  );
}

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
          [
            t('werk.beschikking.versies'),
            t('werk.beschikking.versiesTekst', { engine: b.engineVersie, parameters: b.parameterVersie }),
          ],
          [
            t('werk.beschikking.regels'),
            <span data-testid="regels">
              <RegelsTekst w={data.wetsversie} />
            </span>,
          ],
          data.ontbrekend.length ? [t('werk.beschikking.ontbrekend'), data.ontbrekend.join(', ')] : null,
        ]}
      />
      {data.invoerGelijk ? null : (
        <Alert type="warning">
          <Paragraph>{t('werk.beschikking.invoerAnders')}</Paragraph>
        </Alert>
      )}
      <Heading level={2}>{t('werk.beschikking.uitleg')}</Heading>
      {data.berekening ? (
        <UitlegOpen resultaat={data.berekening} kop={3} />
      ) : data.wetsversie.status === 'bewaard' ? (
        <Paragraph>{t('werk.beschikking.geenUitleg')}</Paragraph>
      ) : (
        <Paragraph>
          <RegelsTekst w={data.wetsversie} />
        </Paragraph>
      )}
      {data.wetsversie.parameters.length > 0 ? (
        <Tabel
          bijschrift={t('werk.beschikking.parameters')}
          kolommen={[
            t('werk.beschikking.parameter'),
            t('werk.beschikking.waarde'),
            t('werk.beschikking.geldtVanaf'),
            t('werk.beschikking.bron'),
          ]}
        >
          {data.wetsversie.parameters.map((p) => (
            <tr key={`${p.pad}@${p.geldtVanaf}`} data-parameter={p.pad}>
              <th scope="row">{p.omschrijving}</th>
              <td>{p.waarde}</td>
              <td>{datum(p.geldtVanaf)}</td>
              <td>{datumsInTekst(p.bron)}</td>
            </tr>
          ))}
        </Tabel>
      ) : null}
      <Paragraph>
        <Link href="/werk">{t('werk.terugWachtrij')}</Link>
      </Paragraph>
    </Layout>
  );
}
