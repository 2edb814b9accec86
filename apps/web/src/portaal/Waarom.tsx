/**
 * @module
 * "Waarom dit bedrag?" for one stored decision (/mijn/waarom/<id>): the amount decided, why it was
 * made (run, reported change, maatwerk), then the law's explanation step by step with a link to
 * each article — recomputed from the dossier as it was known when the decision was made. When
 * there is no entitlement, the failed condition comes first. Facts that were missing are named.
 */
import type { BeschikkingMetUitleg } from '@regelmaat/diensten';
import { Gegevenslijst } from '../components/Gegevens';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { UitlegOpen } from '../components/Uitleg';
import { datum, euro, maandNaam } from '../opmaak';
import { t } from '../teksten';
import { TerugNaarOverzicht } from './Lijstpagina';

/** A missing fact (`inkomen_schatting:<bsn>`) in words, without the BSN. */
export function ontbrekendInWoorden(code: string, eigenBsn: string | undefined): string {
  const [soort, bsn] = code.split(':');
  const wie = bsn === undefined ? '' : bsn === eigenBsn ? 'eigen' : 'ander';
  if (soort === 'inkomen_schatting' || soort === 'inkomen_definitief')
    return wie === 'ander' ? t('waarom.ontbreektInkomenAnder') : t('waarom.ontbreektInkomen');
  return t('waarom.ontbreektAnders');
}

export function Waarom({
  ctx,
  data,
  eigenBsn,
}: {
  ctx: PaginaContext;
  data: BeschikkingMetUitleg;
  eigenBsn: string | undefined;
}) {
  const b = data.beschikking;
  const naam = data.berekening?.naam ?? b.regeling;
  const maanden = b.maandbedragen;
  const gelijk = maanden.every((m) => m === maanden[0]);
  const titel = t('waarom.titel', { toeslag: naam });
  return (
    <Layout ctx={ctx} titel={titel}>
      <Heading level={1}>{titel}</Heading>
      <Gegevenslijst
        rijen={[
          [t('waarom.jaar', { jaar: b.jaar }), <span data-testid="jaarbedrag">{euro(b.jaarbedrag)}</span>],
          gelijk
            ? [t('waarom.perMaand'), euro(maanden[0] ?? 0)]
            : [t('waarom.perMaand'), maanden.map((m, i) => `${maandNaam(i + 1)} ${euro(m)}`).join(', ')],
          [t('waarom.besluitVan'), datum(b.aangemaaktOp)],
        ]}
      />
      {b.aanleiding === 'wijziging' ? <Paragraph>{t('waarom.naWijziging')}</Paragraph> : null}
      {b.aanleiding === 'maatwerk' ? (
        <Alert type="info">
          <Paragraph>{t('waarom.maatwerk')}</Paragraph>
        </Alert>
      ) : null}
      {data.ontbrekend.length > 0 ? (
        <Alert type="warning">
          <Paragraph>{t('waarom.ontbrekend')}</Paragraph>
          <UnorderedList>
            {[...new Set(data.ontbrekend.map((c) => ontbrekendInWoorden(c, eigenBsn)))].map((x) => (
              <ListItem key={x}>{x}</ListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : null}
      <Heading level={2}>{t('waarom.stappen')}</Heading>
      {data.berekening ? (
        <>
          <Paragraph>{t('waarom.stappenUitleg')}</Paragraph>
          <UitlegOpen resultaat={data.berekening} kop={3} />
        </>
      ) : (
        <Paragraph>{t('waarom.geenUitleg')}</Paragraph>
      )}
      <TerugNaarOverzicht />
    </Layout>
  );
}
