/**
 * @module
 * "Waarom dit bedrag?" for one stored decision (/mijn/waarom/<id>): the amount decided, why it was
 * made (run, reported change, maatwerk), then the law's explanation step by step with a link to
 * each article — recomputed from the dossier as it was known when the decision was made, with the
 * decision's own rules (its kept parameter set), so the steps add up to the amount decided even
 * after the rules were corrected. "Met welke regels?" names that version and the dates its values
 * apply from; a decision whose rules were not kept says so and shows no steps. When there is no
 * entitlement, the failed condition comes first. Facts that were missing are named.
 */
import type { BeschikkingMetUitleg, Wetsversie } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
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

const opsomming = (delen: readonly string[]) =>
  delen.length <= 1 ? (delen[0] ?? '') : `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`;

/** Which rules the amount was computed with, in words that are true for each case. */
export function Regels({ w }: { w: Wetsversie }) {
  if (w.status === 'niet-bewaard')
    return <Paragraph>{t('waarom.regels.nietBewaard', { versie: w.kort })}</Paragraph>;
  if (w.status === 'onleesbaar')
    return <Paragraph>{t('waarom.regels.onleesbaar', { versie: w.kort })}</Paragraph>;
  return (
    <>
      <Paragraph>{t('waarom.regels.bewaard', { versie: w.kort })}</Paragraph>
      {w.geldtVanaf.length === 1 ? (
        <Paragraph>{t('waarom.regels.vanaf', { datum: datum(w.geldtVanaf[0]!) })}</Paragraph>
      ) : w.geldtVanaf.length > 1 ? (
        <Paragraph>
          {t('waarom.regels.vanafDatums', { datums: opsomming(w.geldtVanaf.map((d) => datum(d))) })}
        </Paragraph>
      ) : null}
      {w.geldend ? null : <Paragraph>{t('waarom.regels.anders')}</Paragraph>}
    </>
  );
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
      {data.invoerGelijk ? null : (
        <Alert type="warning">
          <Paragraph>{t('waarom.invoerAnders')}</Paragraph>
        </Alert>
      )}
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
      ) : data.wetsversie.status === 'bewaard' ? (
        <Paragraph>{t('waarom.geenUitleg')}</Paragraph>
      ) : (
        // The rules of then were not kept (or cannot be opened): say so, show no steps of today's rules.
        <div data-testid="regels">
          <Regels w={data.wetsversie} />
        </div>
      )}
      {data.wetsversie.status === 'bewaard' ? (
        <section data-testid="regels" aria-labelledby="regels-kop">
          <Heading level={2} id="regels-kop">
            {t('waarom.regels')}
          </Heading>
          <Regels w={data.wetsversie} />
        </section>
      ) : null}
      {b.status === 'vastgesteld' ? (
        <Paragraph>
          <Link href={`/mijn/bezwaar/${b.id}`}>{t('bezwaar.link')}</Link>
        </Paragraph>
      ) : null}
      <TerugNaarOverzicht />
    </Layout>
  );
}
