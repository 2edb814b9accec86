/**
 * @module
 * The auditor's workspace (/controle, issue 19): the start page, the processing log search with the
 * trace of a record, the reproduction of a sample of a run, and the fairness reports with their
 * flags and trend. Staff Dutch; nothing here changes data.
 */
import type { EerlijkheidVanRun, SteekproefVanRun } from '@regelmaat/diensten';
import type { GezochteVerwerking, Zoekresultaat } from '@regelmaat/logboek';
import type { RegelTrend, Vlag } from '@regelmaat/uitval';
import type { RunMetSelecties } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { foutVoor, Keuzelijst, Tekstveld } from '../components/velden';
import { getal } from '../opmaak';
import { t } from '../teksten';

const kolommen = (k: Parameters<typeof t>[0]) => t(k).split('|');
const procent = (ppm: number) => `${getal(Math.round(ppm / 100) / 100)}%`;
const verhouding = (ppm: number | null) => (ppm === null ? '-' : getal(Math.round(ppm / 10_000) / 100));

const DIMENSIE: Record<string, string> = {
  inkomensdeciel: 'Inkomensdeciel',
  huishoudtype: 'Huishoudtype',
  leeftijd: 'Leeftijd aanvrager',
  provincie: 'Provincie',
  toeslagen: 'Combinatie van toeslagen',
};

function Terug() {
  return (
    <Paragraph>
      <Link href="/controle">{t('controle.terug')}</Link>
    </Paragraph>
  );
}

export function ControleStart({ ctx }: { ctx: PaginaContext }) {
  const items = [
    ['/controle/logboek', 'controle.menu.logboek', 'controle.menu.logboek.uitleg'],
    ['/controle/reproductie', 'controle.menu.reproductie', 'controle.menu.reproductie.uitleg'],
    ['/controle/eerlijkheid', 'controle.menu.eerlijkheid', 'controle.menu.eerlijkheid.uitleg'],
    ['/algoritmeregister', 'controle.menu.register', 'controle.menu.register.uitleg'],
  ] as const;
  return (
    <Layout ctx={ctx} titel={t('controle.titel')}>
      <Heading level={1}>{t('controle.titel')}</Heading>
      <Paragraph>{t('controle.intro')}</Paragraph>
      <UnorderedList>
        {items.map(([href, naam, uitleg]) => (
          <ListItem key={href}>
            <Link href={href}>{t(naam)}</Link>: {t(uitleg)}
          </ListItem>
        ))}
      </UnorderedList>
    </Layout>
  );
}

export interface LogboekWaarden {
  persoon: string;
  activiteit: string;
  medewerker: string;
  van: string;
  tot: string;
}

function VerwerkingRijen({ regels }: { regels: readonly GezochteVerwerking[] }) {
  return (
    <>
      {regels.map((r) => (
        <tr key={`${r.traceId}-${r.spanId}`}>
          <td>{r.start.replace('T', ' ').slice(0, 19)}</td>
          <td>{r.activiteit.naam}</td>
          <td>{r.naam}</td>
          <td>{r.actor ? `${r.actor.id} (${r.actor.rol})` : t('logboek.systeem')}</td>
          <td>
            <code>{r.betrokkene.slice(0, 16)}…</code>
          </td>
          <td>{r.status === 2 ? 'fout' : 'ok'}</td>
          <td>
            <Link
              href={`/controle/logboek/sporen/${r.traceId}`}
            >{`${t('logboek.spoor')} ${r.traceId.slice(0, 8)}`}</Link>
          </td>
        </tr>
      ))}
    </>
  );
}

export function LogboekZoeken({
  ctx,
  waarden,
  activiteiten,
  fouten = [],
  resultaat,
}: {
  ctx: PaginaContext;
  waarden: LogboekWaarden;
  activiteiten: readonly { waarde: string; label: string }[];
  fouten?: readonly VeldFout[];
  resultaat?: Zoekresultaat;
}) {
  const fout = foutVoor(fouten);
  const verborgen = (pagina: number) => (
    <>
      {Object.entries(waarden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <input type="hidden" name="pagina" value={String(pagina)} />
    </>
  );
  return (
    <Layout ctx={ctx} titel={t('logboek.titel')}>
      <Terug />
      <Heading level={1}>{t('logboek.titel')}</Heading>
      <Paragraph>{t('logboek.intro')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      <PostFormulier action="/controle/logboek" csrf={ctx.csrf}>
        <Tekstveld
          name="persoon"
          label={t('logboek.persoon')}
          value={waarden.persoon}
          fout={fout('persoon')}
          breedte={66}
        />
        <Keuzelijst
          name="activiteit"
          label={t('logboek.activiteit')}
          value={waarden.activiteit}
          fout={fout('activiteit')}
          keuzes={[{ waarde: '', label: t('logboek.activiteit.alle') }, ...activiteiten]}
        />
        <Tekstveld
          name="medewerker"
          label={t('logboek.medewerker')}
          value={waarden.medewerker}
          fout={fout('medewerker')}
        />
        <Tekstveld name="van" label={t('logboek.van')} value={waarden.van} fout={fout('van')} breedte={10} />
        <Tekstveld name="tot" label={t('logboek.tot')} value={waarden.tot} fout={fout('tot')} breedte={10} />
        <Knoppen>
          <Verzendknop>{t('logboek.zoek')}</Verzendknop>
        </Knoppen>
      </PostFormulier>
      {resultaat ? (
        resultaat.regels.length === 0 ? (
          <Alert type="info">{t('logboek.geen')}</Alert>
        ) : (
          <>
            <Tabel
              bijschrift={t('logboek.resultaat', {
                pagina: resultaat.pagina,
                van: (resultaat.pagina - 1) * resultaat.perPagina + 1,
                tot: (resultaat.pagina - 1) * resultaat.perPagina + resultaat.regels.length,
              })}
              kolommen={kolommen('logboek.kolommen')}
            >
              <VerwerkingRijen regels={resultaat.regels} />
            </Tabel>
            <Knoppen>
              {resultaat.pagina > 1 ? (
                <PostFormulier action="/controle/logboek" csrf={ctx.csrf}>
                  {verborgen(resultaat.pagina - 1)}
                  <Verzendknop soort="secundair">{t('logboek.vorige')}</Verzendknop>
                </PostFormulier>
              ) : null}
              {resultaat.meer ? (
                <PostFormulier action="/controle/logboek" csrf={ctx.csrf}>
                  {verborgen(resultaat.pagina + 1)}
                  <Verzendknop soort="secundair">{t('logboek.volgende')}</Verzendknop>
                </PostFormulier>
              ) : null}
            </Knoppen>
          </>
        )
      ) : null}
    </Layout>
  );
}

export function Spoor({
  ctx,
  traceId,
  regels,
}: {
  ctx: PaginaContext;
  traceId: string;
  regels: readonly GezochteVerwerking[];
}) {
  return (
    <Layout ctx={ctx} titel={t('logboek.spoor.titel', { trace: traceId })}>
      <Paragraph>
        <Link href="/controle/logboek">{t('logboek.titel')}</Link>
      </Paragraph>
      <Heading level={1}>{t('logboek.spoor.titel', { trace: traceId })}</Heading>
      <Paragraph>{t('logboek.spoor.intro')}</Paragraph>
      {regels.length === 0 ? (
        <Alert type="info">{t('logboek.geen')}</Alert>
      ) : (
        <Tabel
          bijschrift={t('logboek.spoor.titel', { trace: traceId })}
          kolommen={kolommen('logboek.kolommen')}
        >
          <VerwerkingRijen regels={regels} />
        </Tabel>
      )}
    </Layout>
  );
}

export function Reproductie({
  ctx,
  waarden,
  fouten = [],
  uitkomst,
}: {
  ctx: PaginaContext;
  waarden: { run: string; aantal: string; zaad: string };
  fouten?: readonly VeldFout[];
  uitkomst?: SteekproefVanRun & { zaad: number; perSeconde: number };
}) {
  const fout = foutVoor(fouten);
  return (
    <Layout ctx={ctx} titel={t('reproductie.titel')}>
      <Terug />
      <Heading level={1}>{t('reproductie.titel')}</Heading>
      <Paragraph>{t('reproductie.intro')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      <PostFormulier action="/controle/reproductie" csrf={ctx.csrf}>
        <Tekstveld
          name="run"
          label={t('reproductie.run')}
          value={waarden.run}
          fout={fout('run')}
          inputMode="numeric"
          breedte={8}
        />
        <Tekstveld
          name="aantal"
          label={t('reproductie.aantal')}
          value={waarden.aantal}
          fout={fout('aantal')}
          inputMode="numeric"
          breedte={6}
        />
        <Tekstveld
          name="zaad"
          label={t('reproductie.zaad')}
          value={waarden.zaad}
          fout={fout('zaad')}
          inputMode="numeric"
          breedte={10}
        />
        <Knoppen>
          <Verzendknop>{t('reproductie.start')}</Verzendknop>
        </Knoppen>
      </PostFormulier>
      {uitkomst ? (
        <section aria-labelledby="uitkomst" className="rm-sectie">
          <Heading level={2} id="uitkomst">
            {t('reproductie.uitkomstKop')}
          </Heading>
          <Paragraph>
            <output data-testid="reproductie-uitkomst">
              {t('reproductie.uitkomst', {
                run: uitkomst.runId,
                getrokken: uitkomst.getrokken,
                inRun: uitkomst.inRun,
                zaad: uitkomst.zaad,
                gelijk: uitkomst.gelijk,
                perSeconde: uitkomst.perSeconde,
              })}
            </output>
          </Paragraph>
          {uitkomst.afwijkend.length === 0 ? (
            <Alert type="ok">{t('reproductie.allesGelijk')}</Alert>
          ) : (
            <Tabel bijschrift={t('reproductie.afwijkend')} kolommen={kolommen('reproductie.kolommen')}>
              {uitkomst.afwijkend.map((r) => (
                <tr key={r.beschikkingId}>
                  <td>{r.beschikkingId}</td>
                  <td>{r.regeling}</td>
                  <td>{r.verschillen.join('; ')}</td>
                </tr>
              ))}
            </Tabel>
          )}
        </section>
      ) : null}
    </Layout>
  );
}

export function EerlijkheidOverzicht({
  ctx,
  runs,
  trend,
}: {
  ctx: PaginaContext;
  runs: readonly RunMetSelecties[];
  trend: readonly RegelTrend[];
}) {
  return (
    <Layout ctx={ctx} titel={t('eerlijkheid.titel')}>
      <Terug />
      <Heading level={1}>{t('eerlijkheid.titel')}</Heading>
      <Paragraph>{t('eerlijkheid.intro')}</Paragraph>
      <Heading level={2}>{t('eerlijkheid.runs')}</Heading>
      {runs.length === 0 ? (
        <Alert type="info">{t('eerlijkheid.geenRuns')}</Alert>
      ) : (
        <Tabel bijschrift={t('eerlijkheid.runs')} kolommen={kolommen('eerlijkheid.runs.kolommen')}>
          {runs.map((r) => (
            <tr key={r.id}>
              <td>{r.id}</td>
              <td>{r.soort}</td>
              <td>{r.jaar}</td>
              <td>{r.bekendOp.slice(0, 10)}</td>
              <td>
                <Link href={`/controle/eerlijkheid/${r.id}`}>{`Rapport run ${r.id}`}</Link>
              </td>
            </tr>
          ))}
        </Tabel>
      )}
      {trend.length > 0 ? (
        <>
          <Heading level={2}>{t('eerlijkheid.trend')}</Heading>
          <Tabel bijschrift={t('eerlijkheid.trend')} kolommen={kolommen('eerlijkheid.trend.kolommen')}>
            {trend.flatMap((r) =>
              r.punten.map((p) => (
                <tr key={`${r.code}-${p.runId}`}>
                  <th scope="row">{r.code}</th>
                  <td>{`${p.runId} (${p.soort} ${p.jaar})`}</td>
                  <td>{getal(p.huishoudens)}</td>
                  <td>{getal(p.geselecteerd)}</td>
                  <td>{procent(p.aandeel)}</td>
                  <td>{getal(p.beoordeeld)}</td>
                  <td>{getal(p.gewijzigd)}</td>
                  <td>{getal(p.vlaggen)}</td>
                </tr>
              )),
            )}
          </Tabel>
        </>
      ) : null}
    </Layout>
  );
}

function vlagTekst(code: string, v: Vlag): string {
  if (v.soort === 'selectie-zonder-doel')
    return t('eerlijkheid.vlag.zonderDoel', {
      regel: code,
      beoordeeld: v.beoordeeld,
      gewijzigd: v.gewijzigd,
      aandeel: procent(v.aandeel),
    });
  return t(v.richting === 'vaker' ? 'eerlijkheid.vlag.vaker' : 'eerlijkheid.vlag.minder', {
    regel: code,
    dimensie: DIMENSIE[v.dimensie] ?? v.dimensie,
    groep: v.groep,
    verhouding: verhouding(v.verhouding),
  });
}

export function EerlijkheidRapport({ ctx, e }: { ctx: PaginaContext; e: EerlijkheidVanRun }) {
  const { run, rapport } = e;
  const vlaggen = rapport.regels.flatMap((r) => r.vlaggen.map((v) => vlagTekst(r.code, v)));
  const titel = t('eerlijkheid.rapport.titel', { run: run.id, soort: run.soort, jaar: run.jaar });
  return (
    <Layout ctx={ctx} titel={titel}>
      <Paragraph>
        <Link href="/controle/eerlijkheid">{t('eerlijkheid.titel')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>{t('eerlijkheid.rapport.intro', { huishoudens: rapport.huishoudens })}</Paragraph>
      <Paragraph>
        <Link href={`/controle/eerlijkheid/${run.id}/csv`}>{t('eerlijkheid.csv')}</Link>
      </Paragraph>
      <section aria-labelledby="vlaggen" className="rm-sectie">
        <Heading level={2} id="vlaggen">
          {t('eerlijkheid.vlaggen')}
        </Heading>
        {vlaggen.length === 0 ? (
          <Paragraph>{t('eerlijkheid.geenVlaggen')}</Paragraph>
        ) : (
          <UnorderedList>
            {vlaggen.map((v) => (
              <ListItem key={v}>{v}</ListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      {rapport.regels.map((r) => (
        <section key={r.code} aria-labelledby={`regel-${r.code}`} className="rm-sectie">
          <Heading level={2} id={`regel-${r.code}`}>
            {t('eerlijkheid.regel', {
              code: r.code,
              geselecteerd: r.geselecteerd,
              aandeel: procent(r.aandeel),
              beoordeeld: r.beoordeeld,
              gewijzigd: r.gewijzigd,
            })}
          </Heading>
          {r.geselecteerd > 0 ? (
            <details>
              <summary>{`Groepen van ${r.code}`}</summary>
              {Object.keys(DIMENSIE).map((d) => (
                <Tabel
                  key={d}
                  bijschrift={`${r.code}: ${DIMENSIE[d]}`}
                  kolommen={kolommen('eerlijkheid.groepen.kolommen')}
                >
                  {r.groepen
                    .filter((g) => g.dimensie === d)
                    .map((g) => (
                      <tr key={g.groep}>
                        <th scope="row">{g.groep}</th>
                        <td>{getal(g.huishoudens)}</td>
                        <td>{getal(g.geselecteerd)}</td>
                        <td>{procent(g.aandeel)}</td>
                        <td>
                          {g.beoordeelbaar
                            ? verhouding(g.verhouding)
                            : `${verhouding(g.verhouding)} ${t('eerlijkheid.klein')}`}
                        </td>
                        <td>{getal(g.beoordeeld)}</td>
                        <td>{getal(g.gewijzigd)}</td>
                      </tr>
                    ))}
                </Tabel>
              ))}
            </details>
          ) : null}
        </section>
      ))}
    </Layout>
  );
}
