/**
 * @module
 * The team-lead overview (issue 17, /werk/overzicht): per team and case type the open cases, how
 * many are late, how many wait for approval, the cases closed in the period and the expected
 * completion at that pace; and per team the maatwerk decisions waiting for a team lead. Counts only.
 */
import type { etaUitJaarsimulatie } from '@regelmaat/diensten';
import type { Teamstand } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { datum, getal } from '../opmaak';
import { t } from '../teksten';
import { soortNaam, teamNaam } from './weergave';

/** The ETA accuracy of the latest year simulation (issue 20), true for its values, or that none ran. */
function EtaUitJaarsimulatie({ eta }: { eta: ReturnType<typeof etaUitJaarsimulatie> }) {
  return (
    <section aria-labelledby="eta-jaar" data-eta-jaarsimulatie={eta ? eta.id : 'geen'}>
      <Heading level={2} id="eta-jaar">
        {t('werk.overzicht.eta')}
      </Heading>
      {eta ? (
        <>
          <Paragraph>
            {t('werk.overzicht.eta.intro', {
              id: eta.id,
              datum: datum(eta.klaarOp.slice(0, 10)),
              huishoudens: getal(eta.huishoudens),
            })}
          </Paragraph>
          <UnorderedList>
            {eta.varianten.map((v) => (
              <li key={v.variant} className="utrecht-unordered-list__item" data-eta={v.variant}>
                {v.gemeten === 0
                  ? t('werk.overzicht.eta.regel.geen', { variant: v.variant })
                  : t('werk.overzicht.eta.regel', {
                      variant: v.variant,
                      binnen: getal(v.binnen20Procent),
                      gemeten: getal(v.gemeten),
                      procent: getal(Math.round(v.aandeel * 1000) / 10),
                    })}
              </li>
            ))}
          </UnorderedList>
        </>
      ) : (
        <Paragraph>{t('werk.overzicht.eta.geen')}</Paragraph>
      )}
    </section>
  );
}

export function TeamOverzicht({
  ctx,
  stand,
  eta,
}: {
  ctx: PaginaContext;
  stand: Teamstand & { eigenTeam?: string };
  eta?: ReturnType<typeof etaUitJaarsimulatie>;
}) {
  const teams = [...new Set(stand.regels.map((r) => r.team))];
  return (
    <Layout ctx={ctx} titel={t('werk.overzicht.titel')}>
      <Heading level={1}>{t('werk.overzicht.titel')}</Heading>
      <Paragraph>
        {t('werk.overzicht.intro', { dagen: stand.dagen, vandaag: datum(stand.vandaag) })}
      </Paragraph>
      {stand.regels.length === 0 ? (
        <Paragraph>{t('werk.leeg')}</Paragraph>
      ) : (
        <Tabel
          bijschrift={t('werk.overzicht.tabel')}
          kolommen={[
            t('werk.kol.team'),
            t('werk.kol.soort'),
            t('werk.overzicht.open'),
            t('werk.overzicht.teLaat'),
            t('werk.overzicht.wacht'),
            t('werk.overzicht.afgerond', { dagen: stand.dagen }),
            t('werk.overzicht.klaarOp'),
          ]}
        >
          {stand.regels.map((r) => (
            <tr key={`${r.team}-${r.soort}`} data-regel={`${r.team}/${r.soort}`}>
              <th scope="row">
                {teamNaam(r.team)}
                {r.team === stand.eigenTeam ? ` ${t('werk.overzicht.eigen')}` : ''}
              </th>
              <td>{soortNaam(r.soort)}</td>
              <td>{r.open}</td>
              <td>{r.teLaat > 0 ? <span className="rm-te-laat">{r.teLaat}</span> : 0}</td>
              <td>{r.wachtOpGoedkeuring}</td>
              <td>{r.afgerondInPeriode}</td>
              <td>
                {r.tempo.klaarOp === undefined
                  ? t('werk.overzicht.geenTempo')
                  : r.open === 0
                    ? t('werk.overzicht.niets')
                    : t('werk.overzicht.verwacht', {
                        datum: datum(r.tempo.klaarOp),
                        // Two decimals below 0.1 a day, so a slow pace never reads as 0 per day.
                        perDag: getal(
                          r.tempo.perDag < 0.1
                            ? Math.round(r.tempo.perDag * 100) / 100
                            : Math.round(r.tempo.perDag * 10) / 10,
                        ),
                      })}
              </td>
            </tr>
          ))}
        </Tabel>
      )}
      <Heading level={2}>{t('werk.overzicht.besluiten')}</Heading>
      <Tabel
        bijschrift={t('werk.overzicht.besluitenTabel')}
        kolommen={[t('werk.kol.team'), t('werk.overzicht.aantal')]}
      >
        {teams.map((team) => (
          <tr key={team} data-besluiten={team}>
            <th scope="row">{teamNaam(team)}</th>
            <td>{stand.besluitenTerGoedkeuring[team] ?? 0}</td>
          </tr>
        ))}
      </Tabel>
      <Paragraph>
        <Link href="/werk/goedkeuren">{t('werk.herverdelen.naarGoedkeuren')}</Link>
      </Paragraph>
      <EtaUitJaarsimulatie eta={eta} />
    </Layout>
  );
}
