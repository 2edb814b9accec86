/**
 * @module
 * The public algorithm register (/algoritmeregister): the list of algorithms and one page per
 * algorithm with the Publicatiestandaard's fields, the articles, the parameters with their sources
 * and, for the exception detection, every rule with what it reads and whose queue it feeds. The
 * content is generated from the code (`@regelmaat/register`); only the frame texts are here.
 */
import type { RegisterEntry } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { datum } from '../opmaak';
import { t } from '../teksten';

export function Algoritmeregister({
  ctx,
  entries,
}: {
  ctx: PaginaContext;
  entries: readonly RegisterEntry[];
}) {
  return (
    <Layout ctx={ctx} titel={t('register.titel')}>
      <Heading level={1}>{t('register.titel')}</Heading>
      <Paragraph soort="lead">{t('register.intro')}</Paragraph>
      <Paragraph>{t('register.gemaakt', { datum: datum(entries[0]?.peildatum ?? '') })}</Paragraph>
      <Heading level={2}>{t('register.lijstTitel')}</Heading>
      <UnorderedList>
        {entries.map((e) => (
          <ListItem key={e.id}>
            <Link href={`/algoritmeregister/${e.id}`}>{e.naam}</Link>
            <Paragraph>{e.korteOmschrijving}</Paragraph>
          </ListItem>
        ))}
      </UnorderedList>
    </Layout>
  );
}

function Kenmerken({ e }: { e: RegisterEntry }) {
  const rijen: [string, string][] = [
    [t('register.kenmerk.organisatie'), e.organisatie],
    [t('register.kenmerk.status'), e.status],
    [t('register.kenmerk.begindatum'), e.begindatum],
    [
      t('register.kenmerk.categorie'),
      e.publicatiecategorie === 'B' ? t('register.kenmerk.categorieB') : e.publicatiecategorie,
    ],
    [t('register.kenmerk.thema'), e.thema],
    [t('register.kenmerk.contact'), e.contactgegevens],
    [t('register.kenmerk.bron'), e.bronregistratie],
    [t('register.kenmerk.versie'), e.versie],
  ];
  return (
    <dl className="rm-gegevens">
      {rijen.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Algoritme({ ctx, e }: { ctx: PaginaContext; e: RegisterEntry }) {
  return (
    <Layout ctx={ctx} titel={`${e.naam} - ${t('register.titel')}`}>
      <Paragraph>
        <Link href="/algoritmeregister">{t('register.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{e.naam}</Heading>
      <Paragraph soort="lead">{e.korteOmschrijving}</Paragraph>
      <Paragraph>{t('register.gemaakt', { datum: datum(e.peildatum) })}</Paragraph>
      <Heading level={2}>{t('register.doelTitel')}</Heading>
      <Paragraph>{e.doelEnImpact}</Paragraph>
      <Heading level={2}>{t('register.tussenkomstTitel')}</Heading>
      <UnorderedList>
        {e.menselijkeTussenkomst.map((m) => (
          <ListItem key={m}>{m}</ListItem>
        ))}
      </UnorderedList>
      <Heading level={2}>{t('register.gegevensTitel')}</Heading>
      {e.regels ? <Paragraph>{t('register.gegevensRegels')}</Paragraph> : null}
      <UnorderedList>
        {e.gegevens.map((g) => (
          <ListItem key={g}>{g}</ListItem>
        ))}
      </UnorderedList>
      {e.regels ? (
        <>
          <Heading level={2}>{t('register.regelsTitel')}</Heading>
          <Tabel
            bijschrift={t('register.regelsBijschrift')}
            kolommen={[
              t('register.kolom.regel'),
              t('register.kolom.uitleg'),
              t('register.kolom.gegevens'),
              t('register.kolom.team'),
            ]}
          >
            {e.regels.map((r) => (
              <tr key={r.code} data-regel={r.code}>
                <th scope="row">{r.titel}</th>
                <td>
                  {r.uitleg}
                  <br />
                  <small>{r.grondslag}</small>
                </td>
                <td>{r.gegevens.join(', ')}</td>
                <td>
                  {r.zaaktype} ({r.team})
                </td>
              </tr>
            ))}
          </Tabel>
        </>
      ) : null}
      <Heading level={2}>{t('register.grondslagTitel')}</Heading>
      <UnorderedList>
        {e.wettelijkeGrondslag.map((g) => (
          <ListItem key={g.tekst}>{g.url ? <Link href={g.url}>{g.tekst}</Link> : g.tekst}</ListItem>
        ))}
      </UnorderedList>
      {e.parameters.length > 0 ? (
        <>
          <Heading level={2}>{t('register.parametersTitel')}</Heading>
          <Tabel
            bijschrift={t('register.parametersBijschrift', { datum: datum(e.peildatum) })}
            kolommen={[
              t('register.kolom.omschrijving'),
              t('register.kolom.waarde'),
              t('register.kolom.vanaf'),
              t('register.kolom.bron'),
            ]}
          >
            {e.parameters.map((p) => (
              <tr key={p.pad} data-parameter={p.pad}>
                <th scope="row">{p.omschrijving}</th>
                <td>{p.waarde}</td>
                <td>{datum(p.geldigVanaf)}</td>
                <td>
                  {p.bron}
                  {p.gereconstrueerd ? ` ${t('register.gereconstrueerd')}` : ''}
                </td>
              </tr>
            ))}
          </Tabel>
        </>
      ) : null}
      <Heading level={2}>{t('register.kenmerkenTitel')}</Heading>
      <Kenmerken e={e} />
      <Paragraph>
        <Link href={`/v1/algoritmeregister/${e.id}`}>{t('register.json')}</Link>
      </Paragraph>
    </Layout>
  );
}
