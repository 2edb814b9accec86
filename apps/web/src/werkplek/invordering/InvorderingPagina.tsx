/**
 * @module
 * The recovery page of the workspace (issue 15, /werk/invordering): a household's recoveries by BSN
 * with their ledger (every entry, append-only) and payment plan (the figures agreed, the income and
 * costs entered, how it stands), and for the team lead the team's counts: recoveries by size, paid
 * off, in a plan, behind, lapsed, in arrears. Staff texts in `teksten/invordering-werk.ts`.
 */
import type {
  InvorderingCijfers,
  RegelingVoorbeeld,
  Terugbetalen,
  VorderingOverzicht,
} from '@regelmaat/diensten';
import { Foutensamenvatting, type VeldFout } from '../../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../../components/formulier';
import { Layout, type PaginaContext } from '../../components/Layout';
import { Alert, Heading, Paragraph } from '../../components/nlds';
import { Tabel } from '../../components/Tabel';
import { foutVoor, Keuzerondjes, Tekstveld } from '../../components/velden';
import { datum, euroCenten, maand, moment } from '../../opmaak';
import { t } from '../../teksten';
import { type BegeleiderGegevens, type BegeleiderInvoer, BegeleiderSectie } from './Begeleider';

function Cijfers({ c }: { c: InvorderingCijfers }) {
  const rijen: [string, string][] = [
    [t('werk.invordering.c.klein'), String(c.perGrootte.klein)],
    [t('werk.invordering.c.middel'), String(c.perGrootte.middel)],
    [t('werk.invordering.c.groot'), String(c.perGrootte.groot)],
    [t('werk.invordering.c.totaal'), String(c.totaal)],
    [t('werk.invordering.c.afbetaald'), String(c.afbetaald)],
    [t('werk.invordering.c.inRegeling'), String(c.inRegeling)],
    [t('werk.invordering.c.achter'), String(c.regelingAchter)],
    [t('werk.invordering.c.vervallen'), String(c.regelingVervallen)],
    [t('werk.invordering.c.achterstallig'), String(c.achterstalligZonderRegeling)],
    [t('werk.invordering.c.open'), euroCenten(c.open)],
    [t('werk.invordering.c.metBegeleider'), String(c.metBegeleider)],
    [t('werk.invordering.c.begeleiders'), String(c.begeleiders)],
    [t('werk.invordering.c.herinneringen'), String(c.herinneringen)],
    [t('werk.invordering.c.aanmaningen'), String(c.aanmaningen)],
  ];
  return (
    <section aria-labelledby="cijfers" data-cijfers>
      <Heading level={2} id="cijfers">
        {t('werk.invordering.cijfers')}
      </Heading>
      <Tabel
        bijschrift={t('werk.invordering.cijfersTabel')}
        kolommen={[t('werk.invordering.kol.wat'), t('werk.invordering.kol.aantal')]}
      >
        {rijen.map(([wat, n]) => (
          <tr key={wat}>
            <th scope="row">{wat}</th>
            <td>{n}</td>
          </tr>
        ))}
      </Tabel>
      <Paragraph>{t('werk.invordering.begeleider')}</Paragraph>
    </section>
  );
}

/** What the case worker typed for a plan on the phone, its problems, and the preview. */
export interface TelefoonInvoer {
  vorderingId: number;
  waarden: Readonly<Record<string, string>>;
  fouten: readonly VeldFout[];
  voorbeeld?: RegelingVoorbeeld;
}

const BEDRAGEN = [
  ['inkomen', 'regeling.veld.inkomen'],
  ['woonlasten', 'regeling.veld.woonlasten'],
  ['zorgkosten', 'regeling.veld.zorgkosten'],
  ['overigeLasten', 'regeling.veld.overig'],
] as const;

/** The last term of an agreed plan: what the plan covers less the full terms before it. */
const laatsteTermijn = (r: { schuld: number; rest: number; termijnen: number; maandbedrag: number }) =>
  r.termijnen > 0 ? r.schuld - r.rest - (r.termijnen - 1) * r.maandbedrag : 0;

function Telefoon({
  v,
  bsn,
  csrf,
  invoer,
}: {
  v: VorderingOverzicht;
  bsn: string;
  csrf: string;
  invoer?: TelefoonInvoer;
}) {
  const w = invoer?.waarden ?? {};
  const fout = foutVoor(invoer?.fouten ?? []);
  const p = invoer?.voorbeeld;
  return (
    <>
      <Heading level={4}>{t('werk.invordering.telefoon')}</Heading>
      <Paragraph>{t('werk.invordering.telefoonUitleg')}</Paragraph>
      {p ? (
        <Paragraph>
          <strong>
            {t('werk.invordering.voorbeeld', {
              capaciteit: euroCenten(p.capaciteit),
              termijnen: p.voorstel.termijnen.length,
              maandbedrag: euroCenten(p.voorstel.maandbedrag),
              laatste: euroCenten(p.voorstel.termijnen.at(-1)?.bedrag ?? 0),
              rest: euroCenten(p.voorstel.rest),
            })}
          </strong>
        </Paragraph>
      ) : null}
      <Foutensamenvatting fouten={invoer?.fouten ?? []} />
      <PostFormulier action={`/werk/invordering/${v.id}/regeling`} csrf={csrf}>
        <input type="hidden" name="bsn" value={bsn} />
        <Keuzerondjes
          name="soort"
          legend={t('werk.invordering.soort')}
          keuzes={[
            { waarde: 'standaard', label: t('werk.invordering.soort.standaard') },
            { waarde: 'persoonlijk', label: t('werk.invordering.soort.persoonlijk') },
          ]}
          value={w.soort ?? 'persoonlijk'}
          fout={fout('soort')}
        />
        <Keuzerondjes
          name="leefsituatie"
          legend={t('regeling.veld.leefsituatie')}
          keuzes={[
            { waarde: 'alleen', label: t('regeling.veld.alleen') },
            { waarde: 'samen', label: t('regeling.veld.samen') },
          ]}
          value={w.leefsituatie ?? ''}
          fout={fout('leefsituatie')}
        />
        {BEDRAGEN.map(([k, label]) => (
          <Tekstveld
            key={k}
            name={k}
            label={t(label)}
            value={w[k] ?? ''}
            fout={fout(k)}
            inputMode="decimal"
            breedte={12}
          />
        ))}
        <Knoppen>
          <Verzendknop naam="actie" waarde="bekijk" soort="secundair">
            {t('werk.invordering.bekijk')}
          </Verzendknop>
          <Verzendknop naam="actie" waarde="vastleggen">
            {t('werk.invordering.vastleggen')}
          </Verzendknop>
        </Knoppen>
      </PostFormulier>
    </>
  );
}

function Vordering({
  v,
  bsn,
  csrf,
  invoer,
}: {
  v: VorderingOverzicht;
  bsn: string;
  csrf: string;
  invoer?: TelefoonInvoer;
}) {
  const r = v.betalingsregeling;
  return (
    <section aria-labelledby={`v-${v.id}`} data-vordering={v.id}>
      <Heading level={3} id={`v-${v.id}`}>
        {t('werk.invordering.vordering', {
          naam: v.naam,
          jaar: v.jaar,
          bedrag: euroCenten(v.bedrag),
          saldo: euroCenten(v.saldo),
        })}
      </Heading>
      <Paragraph>
        {t('werk.invordering.uiterlijk', {
          datum: datum(v.betalenUiterlijk),
          dagtekening: datum(v.dagtekening),
        })}
      </Paragraph>
      {r ? (
        <>
          <Paragraph>
            <strong>
              {t('werk.invordering.regeling', {
                soort: r.soort,
                op: moment(r.aangegaanOp),
                door: r.aangegaanDoor,
              })}
            </strong>
          </Paragraph>
          <Paragraph>
            {t('werk.invordering.regelingDetail', {
              termijnen: r.termijnen,
              maandbedrag: euroCenten(r.maandbedrag),
              laatste: euroCenten(laatsteTermijn(r)),
              eerste: maand(r.eersteTermijn),
              schuld: euroCenten(r.schuld),
              rest: euroCenten(r.rest),
            })}
          </Paragraph>
          {v.verval ? (
            <Paragraph data-verval>
              <strong>
                {t('werk.invordering.vervallen', {
                  op: moment(v.verval.vervallenOp),
                  verschuldigd: euroCenten(v.verval.brief.verschuldigd),
                  gemist: euroCenten(v.verval.brief.gemist),
                  termijn: datum(v.verval.brief.herinneringTermijn),
                  saldo: euroCenten(v.verval.brief.saldo),
                })}
              </strong>
            </Paragraph>
          ) : (
            <Paragraph>
              {t('werk.invordering.stand', {
                verschuldigd: euroCenten(r.stand.verschuldigd),
                betaald: euroCenten(r.betaaldSinds),
                achterstand: euroCenten(r.stand.achterstand),
              })}
            </Paragraph>
          )}
          {r.draagkracht ? (
            <Paragraph>
              {t('werk.invordering.draagkracht', {
                leefsituatie: r.draagkracht.leefsituatie,
                inkomen: euroCenten(r.draagkracht.inkomen),
                woonlasten: euroCenten(r.draagkracht.woonlasten),
                zorgkosten: euroCenten(r.draagkracht.zorgkosten),
                overig: euroCenten(r.draagkracht.overigeLasten),
              })}
            </Paragraph>
          ) : null}
        </>
      ) : (
        <>
          <Paragraph>{t('werk.invordering.geenRegeling')}</Paragraph>
          {v.saldo > 0 ? <Telefoon v={v} bsn={bsn} csrf={csrf} {...(invoer ? { invoer } : {})} /> : null}
        </>
      )}
      <Tabel
        bijschrift={t('werk.invordering.grootboek', { naam: v.naam, jaar: v.jaar })}
        kolommen={[
          t('werk.invordering.kol.datum'),
          t('werk.invordering.kol.soort'),
          t('werk.invordering.kol.bedrag'),
          t('werk.invordering.kol.omschrijving'),
        ]}
      >
        {v.boekingen.map((b) => (
          <tr key={b.id}>
            <td>{datum(b.datum)}</td>
            <th scope="row">{b.soort}</th>
            <td>{euroCenten(b.bedrag)}</td>
            <td>{b.omschrijving ?? ''}</td>
          </tr>
        ))}
      </Tabel>
    </section>
  );
}

export function InvorderingPagina({
  ctx,
  bsn,
  data,
  cijfers,
  invoer,
  vastgelegd,
  begeleider,
  begeleiderInvoer,
  begeleid,
  vandaag,
}: {
  ctx: PaginaContext;
  bsn: string;
  data?: Terugbetalen;
  cijfers?: InvorderingCijfers;
  invoer?: TelefoonInvoer;
  vastgelegd?: boolean;
  /** The household's guide or the criteria and form to assign one. */
  begeleider?: BegeleiderGegevens;
  begeleiderInvoer?: BegeleiderInvoer;
  begeleid?: boolean;
  vandaag: string;
}) {
  const fouten = (invoer?.fouten.length ?? 0) + (begeleiderInvoer?.fouten.length ?? 0);
  return (
    <Layout ctx={ctx} titel={t('werk.invordering.titel')} heeftFouten={fouten > 0}>
      <Heading level={1}>{t('werk.invordering.titel')}</Heading>
      {vastgelegd ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('werk.invordering.vastgelegd')}</Paragraph>
        </Alert>
      ) : null}
      {begeleid ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('werk.begeleiding.aangewezen')}</Paragraph>
        </Alert>
      ) : null}
      {cijfers ? <Cijfers c={cijfers} /> : null}
      <Paragraph>{t('werk.invordering.intro')}</Paragraph>
      <form method="get" action="/werk/invordering" className="rm-filters">
        <Tekstveld
          name="bsn"
          label={t('werk.invordering.bsn')}
          value={bsn}
          inputMode="numeric"
          breedte={12}
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t('werk.invordering.zoek')}
        </button>
      </form>
      {data ? (
        <section aria-labelledby="huishouden">
          <Heading level={2} id="huishouden">
            {`BSN ${bsn}`}
          </Heading>
          {data.vorderingen.length === 0 ? <Paragraph>{t('werk.invordering.geen')}</Paragraph> : null}
          {begeleider ? (
            <BegeleiderSectie
              g={begeleider}
              bsn={bsn}
              csrf={ctx.csrf}
              vandaag={vandaag}
              {...(begeleiderInvoer ? { invoer: begeleiderInvoer } : {})}
            />
          ) : null}
          {data.vorderingen.map((v) => (
            <Vordering
              key={v.id}
              v={v}
              bsn={bsn}
              csrf={ctx.csrf}
              {...(invoer?.vorderingId === v.id ? { invoer } : {})}
            />
          ))}
        </section>
      ) : null}
    </Layout>
  );
}
