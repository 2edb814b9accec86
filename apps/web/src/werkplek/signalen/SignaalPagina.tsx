/**
 * @module
 * One signal (/werk/signalen/<id>): what happens and why, its source and raiser, the example cases
 * (by case number for who may open cases, otherwise under a pseudonym), the triage and the answer;
 * with the one form that fits the reader and the signal's state: the team lead triages a new
 * signal, the raiser adds information when asked, the policy owner answers a routed signal. The
 * services check each step again.
 */
import type { SignaalWeergave } from '@regelmaat/diensten';
import { ANTWOORD_SOORTEN, TRIAGE_BESLUITEN } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../../components/formulier';
import { Gegevenslijst } from '../../components/Gegevens';
import { Layout, type PaginaContext } from '../../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../../components/nlds';
import { foutVoor, Keuzelijst, Keuzerondjes, Tekstvak, Tekstveld } from '../../components/velden';
import { moment } from '../../opmaak';
import { type TekstKey, t } from '../../teksten';
import { regelingNaam, soortNaam, wie } from '../weergave';
import { antwoordSoortNaam, bronNaam, signaalStatusNaam, themaNaam } from './weergave';

export type SignaalFormulier = 'triage' | 'aanvulling' | 'antwoord';

export function SignaalPagina({
  ctx,
  s,
  namen,
  formulier,
  fouten = [],
  waarden = {},
  melding,
  status,
  scenarios = [],
}: {
  ctx: PaginaContext;
  s: SignaalWeergave;
  namen: ReadonlyMap<string, string>;
  /** The form the reader may use now, if any. */
  formulier?: SignaalFormulier;
  fouten?: readonly VeldFout[];
  waarden?: Readonly<Record<string, string>>;
  melding?: { type: 'ok' | 'warning'; tekst: string };
  status?: number;
  /** The saved scenarios the answer may link to (the answer form only). */
  scenarios?: readonly { id: number; naam: string }[];
}) {
  const titel = t('werk.signaal.titel', { id: s.id, thema: themaNaam(s.thema) });
  const f = foutVoor(fouten);
  const pad = `/werk/signalen/${s.id}`;
  return (
    <Layout ctx={ctx} titel={titel} heeftFouten={fouten.length > 0 || (status ?? 200) >= 400}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type={melding.type} role={melding.type === 'ok' ? 'status' : 'alert'}>
          <Paragraph>{melding.tekst}</Paragraph>
        </Alert>
      ) : null}
      <Gegevenslijst
        rijen={[
          [
            t('werk.signaal.kol.status'),
            <span data-testid="signaal-status">{signaalStatusNaam(s.status)}</span>,
          ],
          [t('werk.signaal.thema'), themaNaam(s.thema)],
          [t('werk.signaal.omschrijving'), s.omschrijving],
          [t('werk.signaal.waarom'), s.waarom || '—'],
          [t('werk.signaal.bron'), bronNaam(s.bron)],
          [t('werk.signaal.door'), `${wie(namen, s.ingediendDoor)}, ${moment(s.ingediendOp)}`],
          s.zaakId !== undefined
            ? [t('werk.signaal.zaak'), <Link href={`/werk/zaken/${s.zaakId}`}>{`Zaak ${s.zaakId}`}</Link>]
            : null,
          s.aanvulling ? [t('werk.signaal.aanvulling'), s.aanvulling] : null,
          s.triage
            ? [
                t('werk.signaal.beoordeling'),
                `${wie(namen, s.triage.door)}, ${moment(s.triage.op)}: ${s.triage.toelichting}`,
              ]
            : null,
          s.dubbelVan !== null
            ? [
                t('werk.signaal.dubbelVan'),
                <Link href={`/werk/signalen/${s.dubbelVan}`}>
                  {t('werk.signaal.nummer', { id: s.dubbelVan })}
                </Link>,
              ]
            : null,
          [
            t('werk.signaal.antwoord'),
            s.antwoord ? (
              <span data-testid="signaal-antwoord">
                {antwoordSoortNaam(s.antwoord.soort)}: {s.antwoord.tekst} ({wie(namen, s.antwoord.door)},{' '}
                {moment(s.antwoord.op)})
              </span>
            ) : (
              t('werk.signaal.geenAntwoord')
            ),
          ],
          s.scenario
            ? [
                t('werk.signaal.scenario'),
                <span data-testid="signaal-scenario">
                  <Link href={`/beleid/scenarios/${s.scenario.id}`}>
                    {t('werk.signaal.scenarioLink', { id: s.scenario.id, naam: s.scenario.naam })}
                  </Link>
                </span>,
              ]
            : null,
          s.scenarioNotitie
            ? [
                t('werk.signaal.scenarioNotitie'),
                <span data-testid="signaal-scenario-notitie">{s.scenarioNotitie}</span>,
              ]
            : null,
        ]}
      />
      <section aria-labelledby="voorbeelden" className="rm-sectie">
        <Heading level={2} id="voorbeelden">
          {t('werk.signaal.voorbeelden')}
        </Heading>
        <Paragraph>{t('werk.signaal.voorbeeldUitleg')}</Paragraph>
        {s.voorbeelden.length === 0 ? (
          <Paragraph>{t('werk.signaal.geenVoorbeelden')}</Paragraph>
        ) : (
          <UnorderedList>
            {s.voorbeelden.map((v) => (
              <ListItem key={v.pseudoniem}>
                <span data-voorbeeld={v.pseudoniem}>
                  {v.zaakId !== undefined ? (
                    <Link href={`/werk/zaken/${v.zaakId}`}>{`Zaak ${v.zaakId}`}</Link>
                  ) : (
                    v.pseudoniem
                  )}
                  : {soortNaam(v.soort)}
                  {v.regeling ? `, ${regelingNaam(v.regeling)}` : ''}
                  {v.jaar ? ` ${v.jaar}` : ''}
                  {v.redenen.length > 0
                    ? `, ${t('werk.signaal.redenen', { redenen: v.redenen.join(', ') })}`
                    : ''}
                </span>
              </ListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      {formulier === 'triage' ? (
        <section aria-labelledby="beoordelen" className="rm-sectie">
          <Heading level={2} id="beoordelen">
            {t('werk.signaal.triage.kop')}
          </Heading>
          <Foutensamenvatting fouten={fouten} />
          <PostFormulier action={`${pad}/beoordeling`} csrf={ctx.csrf}>
            <input type="hidden" name="versie" value={s.versie} />
            <Keuzerondjes
              name="besluit"
              legend={t('werk.signaal.triage.besluit')}
              value={waarden.besluit ?? ''}
              keuzes={TRIAGE_BESLUITEN.map((b) => ({
                waarde: b,
                label: t(`werk.signaal.triage.${b}` as TekstKey),
              }))}
              fout={f('besluit')}
              verplicht
            />
            <Tekstvak
              name="toelichting"
              label={t('werk.signaal.triage.toelichting')}
              value={waarden.toelichting ?? ''}
              fout={f('toelichting')}
              verplicht
              rijen={3}
            />
            <Tekstveld
              name="dubbelVan"
              label={t('werk.signaal.triage.dubbelVan')}
              value={waarden.dubbelVan ?? ''}
              fout={f('dubbelVan')}
              breedte={10}
            />
            <Knoppen>
              <Verzendknop>{t('werk.signaal.triage.knop')}</Verzendknop>
            </Knoppen>
          </PostFormulier>
        </section>
      ) : null}

      {formulier === 'aanvulling' ? (
        <section aria-labelledby="aanvullen" className="rm-sectie">
          <Heading level={2} id="aanvullen">
            {t('werk.signaal.aanvulling.kop')}
          </Heading>
          <Foutensamenvatting fouten={fouten} />
          <PostFormulier action={`${pad}/aanvulling`} csrf={ctx.csrf}>
            <input type="hidden" name="versie" value={s.versie} />
            <Tekstvak
              name="aanvulling"
              label={t('werk.signaal.aanvulling.tekst')}
              value={waarden.aanvulling ?? ''}
              fout={f('aanvulling')}
              verplicht
            />
            <Knoppen>
              <Verzendknop>{t('werk.signaal.aanvulling.knop')}</Verzendknop>
            </Knoppen>
          </PostFormulier>
        </section>
      ) : null}

      {formulier === 'antwoord' ? (
        <section aria-labelledby="beantwoorden" className="rm-sectie">
          <Heading level={2} id="beantwoorden">
            {t('werk.signaal.antwoord.kop')}
          </Heading>
          <Foutensamenvatting fouten={fouten} />
          <PostFormulier action={`${pad}/antwoord`} csrf={ctx.csrf}>
            <input type="hidden" name="versie" value={s.versie} />
            <Keuzerondjes
              name="soort"
              legend={t('werk.signaal.antwoord.soort')}
              value={waarden.soort ?? ''}
              keuzes={ANTWOORD_SOORTEN.map((a) => ({ waarde: a, label: antwoordSoortNaam(a) }))}
              fout={f('soort')}
              verplicht
            />
            <Tekstvak
              name="antwoord"
              label={t('werk.signaal.antwoord.tekst')}
              value={waarden.antwoord ?? ''}
              fout={f('antwoord')}
              verplicht
            />
            <Keuzelijst
              name="scenarioId"
              label={t('werk.signaal.scenario')}
              value={waarden.scenarioId ?? ''}
              fout={f('scenarioId')}
              keuzes={[
                { waarde: '', label: t('werk.signaal.geenScenario') },
                ...scenarios.map((c) => ({
                  waarde: String(c.id),
                  label: t('werk.signaal.scenarioLink', { id: c.id, naam: c.naam }),
                })),
              ]}
            />
            <Knoppen>
              <Verzendknop>{t('werk.signaal.antwoord.knop')}</Verzendknop>
            </Knoppen>
          </PostFormulier>
        </section>
      ) : null}
      <Paragraph>
        <Link href="/werk/signalen">{t('werk.signalen.titel')}</Link>
      </Paragraph>
    </Layout>
  );
}
