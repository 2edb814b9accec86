/**
 * @module
 * The policy analyst's saved scenarios (/beleid/scenarios): the list (the shipped examples first,
 * read-only), the form to save one (name, description, the reform as YAML; each problem of the YAML
 * with its line), and a scenario's page: its details, parts in stacking order, the YAML, a button
 * to run it, and the signals whose answer links to it.
 */
import type { ScenarioPagina as ScenarioGegevens, ScenarioWeergave } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Gegevenslijst } from '../components/Gegevens';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { foutVoor, Tekstvak, Tekstveld } from '../components/velden';
import { t } from '../teksten';
import { signaalStatusNaam, themaNaam } from '../werkplek/signalen/weergave';

export function ScenarioLijst({ ctx, lijst }: { ctx: PaginaContext; lijst: readonly ScenarioWeergave[] }) {
  return (
    <Layout ctx={ctx} titel={t('beleid.scenarios.titel')}>
      <Heading level={1}>{t('beleid.scenarios.titel')}</Heading>
      <Paragraph>{t('beleid.scenarios.intro')}</Paragraph>
      <Paragraph>
        <Link href="/beleid/scenarios/nieuw">{t('beleid.scenarios.nieuw')}</Link>
      </Paragraph>
      <Tabel bijschrift={t('beleid.scenarios.titel')} kolommen={t('beleid.scenarios.kolommen').split('|')}>
        {lijst.map((s) => (
          <tr key={s.id} data-scenario={s.id}>
            <th scope="row">
              <Link href={`/beleid/scenarios/${s.id}`}>{String(s.id)}</Link>
            </th>
            <td>{s.naam}</td>
            <td>{s.auteur}</td>
            <td>{s.datum}</td>
            <td>{s.onderdelen.join('; ')}</td>
            <td>{s.alleenLezen ? t('beleid.scenarios.voorbeeld') : t('beleid.scenarios.eigen')}</td>
          </tr>
        ))}
      </Tabel>
      <Paragraph>
        <Link href="/beleid/simulaties">{t('beleid.terug')}</Link>
      </Paragraph>
    </Layout>
  );
}

export function NieuwScenario({
  ctx,
  fouten = [],
  waarden = {},
}: {
  ctx: PaginaContext;
  fouten?: readonly VeldFout[];
  waarden?: Readonly<Record<string, string>>;
}) {
  const f = foutVoor(fouten);
  return (
    <Layout ctx={ctx} titel={t('beleid.scenarios.nieuw')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('beleid.scenarios.nieuw')}</Heading>
      <Foutensamenvatting fouten={fouten} />
      <PostFormulier action="/beleid/scenarios" csrf={ctx.csrf}>
        <Tekstveld
          name="naam"
          label={t('beleid.scenario.naam')}
          beschrijving={t('beleid.scenario.naam.uitleg')}
          value={waarden.naam ?? ''}
          fout={f('naam')}
          verplicht
        />
        <Tekstvak
          name="beschrijving"
          label={t('beleid.scenario.beschrijving')}
          beschrijving={t('beleid.scenario.beschrijving.uitleg')}
          value={waarden.beschrijving ?? ''}
          fout={f('beschrijving')}
          verplicht
        />
        <Tekstvak
          name="hervorming"
          label={t('beleid.scenario.hervorming')}
          beschrijving={t('beleid.scenario.hervorming.uitleg')}
          value={waarden.hervorming ?? ''}
          fout={f('hervorming')}
          rijen={16}
          verplicht
        />
        <Knoppen>
          <Verzendknop>{t('beleid.scenario.opslaan')}</Verzendknop>
        </Knoppen>
      </PostFormulier>
    </Layout>
  );
}

export function ScenarioPagina({
  ctx,
  s,
  melding,
}: {
  ctx: PaginaContext;
  s: ScenarioGegevens;
  melding?: string;
}) {
  const titel = t('beleid.scenario.titel', { id: s.id, naam: s.naam });
  return (
    <Layout ctx={ctx} titel={titel}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type="ok" role="status">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}
      <Gegevenslijst
        rijen={[
          [t('beleid.scenario.auteur'), s.auteur],
          [t('beleid.scenario.datum'), s.datum],
          [t('beleid.scenario.beschrijving'), s.beschrijving],
          [t('beleid.scenario.onderdelen'), s.onderdelen.map((o, i) => `${i + 1}. ${o}`).join('; ')],
          s.alleenLezen ? [t('beleid.scenarios.voorbeeld'), s.voorbeeld ?? ''] : null,
        ]}
      />
      {s.beperkingen.length > 0 ? (
        <>
          <Heading level={2}>{t('beleid.scenario.beperkingen')}</Heading>
          <UnorderedList>
            {s.beperkingen.map((b) => (
              <ListItem key={b}>{b}</ListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      <PostFormulier action={`/beleid/scenarios/${s.id}/simulaties`} csrf={ctx.csrf}>
        <Knoppen>
          <Verzendknop>{t('beleid.scenario.start')}</Verzendknop>
        </Knoppen>
      </PostFormulier>
      <Heading level={2} id="signalen">
        {t('beleid.scenario.signalen')}
      </Heading>
      {s.signalen.length === 0 ? (
        <Paragraph>{t('beleid.scenario.signalen.geen')}</Paragraph>
      ) : (
        <UnorderedList>
          {s.signalen.map((g) => (
            <ListItem key={g.id} data-signaal={g.id}>
              <Link href={`/werk/signalen/${g.id}`}>
                {t('beleid.scenario.signaal', {
                  id: g.id,
                  thema: themaNaam(g.thema),
                  status: signaalStatusNaam(g.status).toLowerCase(),
                })}
              </Link>
            </ListItem>
          ))}
        </UnorderedList>
      )}
      <Heading level={2}>{t('beleid.scenario.yaml')}</Heading>
      <pre className="rm-yaml" style={{ whiteSpace: 'pre-wrap' }}>
        {s.hervorming}
      </pre>
      <Paragraph>
        <Link href="/beleid/scenarios">{t('beleid.scenarios.titel')}</Link>
      </Paragraph>
    </Layout>
  );
}
