/**
 * @module
 * "Wat moet ik terugbetalen?" (issue 15): what the citizen still owes after the definitive
 * calculation, per toeslag and year — why (with a link to the decision's letter and its
 * calculation), the last day to pay, what happened so far (the ledger), a simulated payment form
 * (plain POST, works without JavaScript) — and the back-payments we paid. B1 texts in
 * `teksten/portaal.ts`; every sentence is chosen by the values it states.
 */
import type { Terugbetalen as TerugbetalenData, VorderingOverzicht } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { foutVoor, Tekstveld } from '../components/velden';
import { datum, euroCenten, maand } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { TerugNaarOverzicht } from './Lijstpagina';

/** The household's personal guide: name, the next planned contact, how to reach them sooner. */
function Begeleider({ b }: { b: NonNullable<TerugbetalenData['begeleider']> }) {
  return (
    <section aria-labelledby="begeleider" data-begeleider>
      <Heading level={2} id="begeleider">
        {t('terugbetalen.begeleider.kop')}
      </Heading>
      <Paragraph>{t('terugbetalen.begeleider.wie', { naam: b.naam })}</Paragraph>
      <Paragraph>
        {b.volgendContact
          ? t('terugbetalen.begeleider.volgend', { datum: datum(b.volgendContact) })
          : t('terugbetalen.begeleider.geenGesprek')}
      </Paragraph>
      <Paragraph>
        {t('terugbetalen.begeleider.eerder', { naam: b.naam })}{' '}
        <Link href="/mijn/terugbellen">{t('portaal.menu.terugbellen')}</Link>
      </Paragraph>
    </section>
  );
}

function Vordering({
  v,
  vandaag,
  csrf,
  fouten,
  waarde,
}: {
  v: VorderingOverzicht;
  vandaag: string;
  csrf: string;
  fouten: readonly VeldFout[];
  waarde: string | undefined;
}) {
  const naamInZin = v.naam.toLowerCase();
  const fout = foutVoor(fouten);
  const kopId = `vordering-${v.id}`;
  return (
    <section aria-labelledby={kopId} data-vordering={v.id}>
      <Heading level={2} id={kopId}>
        {t('terugbetalen.kop', { naam: v.naam, jaar: v.jaar })}
      </Heading>
      <Paragraph>
        {t('terugbetalen.waarom', { jaar: v.jaar, naamInZin, bedrag: euroCenten(v.bedrag) })}
      </Paragraph>
      <Paragraph>
        <Link href={`/mijn/brieven/${v.beschikkingId}`}>{t('terugbetalen.brief')}</Link>
      </Paragraph>
      <Paragraph>
        <strong>
          {v.saldo > 0
            ? t('terugbetalen.saldo', { bedrag: euroCenten(v.saldo) })
            : t('terugbetalen.saldoNul')}
        </strong>
      </Paragraph>
      {v.saldo > 0 && !v.betalingsregeling ? (
        <Paragraph>
          {v.betalenUiterlijk >= vandaag
            ? t('terugbetalen.termijn', { datum: datum(v.betalenUiterlijk) })
            : t('terugbetalen.termijnVoorbij', { datum: datum(v.betalenUiterlijk) })}
        </Paragraph>
      ) : null}
      <Tabel
        bijschrift={t('terugbetalen.tabel', { naamInZin, jaar: v.jaar })}
        kolommen={[t('terugbetalen.datum'), t('terugbetalen.wat'), t('terugbetalen.bedrag')]}
      >
        {v.boekingen.map((b) => (
          <tr key={b.id}>
            <td>{datum(b.datum)}</td>
            <th scope="row">
              {b.soort === 'verrekening'
                ? t('terugbetalen.zin.verrekening', { maand: maand(b.datum) })
                : b.soort === 'rente'
                  ? t('terugbetalen.zin.rente', { maand: maand(b.datum), datum: datum(v.betalenUiterlijk) })
                  : t(`terugbetalen.soort.${b.soort}` as TekstKey)}
            </th>
            <td>{euroCenten(Math.abs(b.bedrag))}</td>
          </tr>
        ))}
      </Tabel>
      {v.betalingsregeling && v.verval ? (
        <RegelingVervallen r={v.betalingsregeling} verval={v.verval} />
      ) : v.betalingsregeling ? (
        <RegelingStand r={v.betalingsregeling} />
      ) : null}
      {v.saldo > 0 && !v.betalingsregeling ? <Opties v={v} csrf={csrf} /> : null}
      {v.saldo > 0 ? (
        <>
          <Heading level={3}>{t('terugbetalen.betalen')}</Heading>
          <Paragraph>{t('terugbetalen.simulatie')}</Paragraph>
          <Foutensamenvatting fouten={fouten} />
          <PostFormulier action={`/mijn/terugbetalen/${v.id}`} csrf={csrf}>
            <Tekstveld
              name="bedrag"
              label={t('terugbetalen.veld.bedrag')}
              beschrijving={t('terugbetalen.veld.uitleg')}
              value={
                waarde ??
                euroCenten(
                  v.betalingsregeling && !v.verval
                    ? Math.min(v.betalingsregeling.maandbedrag || v.saldo, v.saldo)
                    : v.saldo,
                ).replace(/^€\s*/, '')
              }
              fout={fout('bedrag')}
              verplicht
              inputMode="decimal"
              breedte={12}
            />
            <Knoppen>
              <Verzendknop>{t('terugbetalen.knop')}</Verzendknop>
            </Knoppen>
          </PostFormulier>
          <Paragraph>
            {t('terugbetalen.delen')} <Link href="/mijn/terugbellen">{t('portaal.menu.terugbellen')}</Link>
          </Paragraph>
        </>
      ) : null}
    </section>
  );
}

type Regeling = NonNullable<VorderingOverzicht['betalingsregeling']>;

/** A plan that lapsed: why (the reminder, its last day, what was missing) and that all is due now. */
function RegelingVervallen({
  r,
  verval,
}: {
  r: Regeling;
  verval: NonNullable<VorderingOverzicht['verval']>;
}) {
  const b = verval.brief;
  return (
    <section aria-labelledby={`regeling-${r.id}`} data-regeling="vervallen">
      <Heading level={3} id={`regeling-${r.id}`}>
        {t('regeling.vervallen')}
      </Heading>
      <Paragraph>
        {t('regeling.vervallenUitleg', {
          termijn: datum(b.herinneringTermijn),
          verschuldigd: euroCenten(b.verschuldigd),
          gemist: euroCenten(b.gemist),
          datum: datum(verval.vervallenOp),
        })}
      </Paragraph>
      <Paragraph>
        <strong>{t('regeling.vervallenNu', { uiterlijk: datum(b.betalenUiterlijk) })}</strong>
      </Paragraph>
    </section>
  );
}

/** The plan agreed: what is paid each month, from when to when, and whether it is kept. */
function RegelingStand({ r }: { r: Regeling }) {
  const s = r.stand;
  const laatste = r.schuld - r.rest - (r.termijnen - 1) * r.maandbedrag;
  return (
    <section aria-labelledby={`regeling-${r.id}`} data-regeling={r.soort}>
      <Heading level={3} id={`regeling-${r.id}`}>
        {t('regeling.loopt')}
      </Heading>
      <Paragraph>
        {r.termijnen > 0 && s.laatsteMaand
          ? t('regeling.looptUitleg', {
              termijnen: r.termijnen,
              bedrag: euroCenten(r.maandbedrag),
              eerste: maand(r.eersteTermijn),
              laatste: maand(s.laatsteMaand),
            })
          : t('regeling.geenTermijnen')}
        {r.termijnen > 0 && laatste !== r.maandbedrag
          ? ` ${t('regeling.laatsteBedrag', { bedrag: euroCenten(laatste) })}`
          : ''}
      </Paragraph>
      {r.rest > 0 ? <Paragraph>{t('regeling.rest', { rest: euroCenten(r.rest) })}</Paragraph> : null}
      {r.termijnen > 0 ? (
        <Paragraph>
          <strong>
            {s.klaar
              ? t('regeling.klaar')
              : s.achterstand > 0
                ? t('regeling.achter', { bedrag: euroCenten(s.achterstand) })
                : t('regeling.opSchema', { betaald: euroCenten(r.betaaldSinds) })}
          </strong>
        </Paragraph>
      ) : null}
    </section>
  );
}

/** The ways to pay: the standard plan with its preview (one action), and the personal plan's page. */
function Opties({ v, csrf }: { v: VorderingOverzicht; csrf: string }) {
  const p = v.standaard;
  const laatste = p?.termijnen.at(-1);
  return (
    <section aria-labelledby={`opties-${v.id}`}>
      <Heading level={3} id={`opties-${v.id}`}>
        {t('regeling.opties')}
      </Heading>
      <Paragraph>{t('regeling.optiesIntro')}</Paragraph>
      {p && laatste ? (
        <>
          <Heading level={4}>{t('regeling.standaard', { termijnen: p.termijnen.length })}</Heading>
          <Paragraph>
            {t('regeling.standaardUitleg', {
              termijnen: p.termijnen.length,
              bedrag: euroCenten(p.maandbedrag),
              laatste: euroCenten(laatste.bedrag),
              maand: maand(p.termijnen[0]!.maand),
            })}
          </Paragraph>
          <PostFormulier action={`/mijn/terugbetalen/${v.id}/standaard`} csrf={csrf}>
            <Knoppen>
              <Verzendknop soort="secundair">{t('regeling.standaardKnop')}</Verzendknop>
            </Knoppen>
          </PostFormulier>
        </>
      ) : null}
      <Heading level={4}>{t('regeling.persoonlijk')}</Heading>
      <Paragraph>
        {p
          ? t('regeling.persoonlijkUitleg', { bedrag: euroCenten(p.maandbedrag) })
          : t('regeling.persoonlijkZonderStandaard')}
      </Paragraph>
      <Paragraph>
        <Link href={`/mijn/terugbetalen/${v.id}/persoonlijk`}>{t('regeling.persoonlijkLink')}</Link>
      </Paragraph>
    </section>
  );
}

export function Terugbetalen({
  ctx,
  data,
  betaald,
  regeling,
  fout,
}: {
  ctx: PaginaContext;
  data: TerugbetalenData | undefined;
  /** After a payment (Post/Redirect/Get). */
  betaald?: boolean;
  /** After agreeing a plan (Post/Redirect/Get). */
  regeling?: boolean;
  /** A refused payment: the recovery it was for, the problems and the amount as typed. */
  fout?: { vorderingId: number; fouten: readonly VeldFout[]; waarde: string };
}) {
  const vorderingen = data?.vorderingen ?? [];
  const nabetalingen = data?.nabetalingen ?? [];
  const open = data?.open ?? 0;
  return (
    <Layout ctx={ctx} titel={t('terugbetalen.titel')} heeftFouten={Boolean(fout)}>
      <Heading level={1}>{t('terugbetalen.titel')}</Heading>
      {betaald ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('terugbetalen.betaald')}</Paragraph>
        </Alert>
      ) : null}
      {regeling ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('regeling.gekozen')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph soort="lead">
        {open > 0
          ? t('terugbetalen.open', { bedrag: euroCenten(open) })
          : (data?.voorgenomen ?? 0) > 0
            ? t('zienswijze.terugbetalen.voorgenomen', { bedrag: euroCenten(data!.voorgenomen) })
            : vorderingen.length > 0
              ? t('terugbetalen.klaar')
              : t('terugbetalen.niets')}
      </Paragraph>
      {data?.begeleider ? <Begeleider b={data.begeleider} /> : null}
      {(data?.herinneringen ?? []).length > 0 ? (
        <section aria-labelledby="herinneringen">
          <Heading level={2} id="herinneringen">
            {t('terugbetalen.herinneringen')}
          </Heading>
          <ul>
            {data!.herinneringen.map((h) => (
              <li key={h.id} data-herinnering={h.soort}>
                {h.brief.reden === 'termijn-regeling-gemist'
                  ? t(
                      data!.begeleider
                        ? 'terugbetalen.herinneringRegelingBegeleider'
                        : 'terugbetalen.herinneringRegeling',
                      {
                        datum: datum(h.verstuurdOp),
                        bedrag: euroCenten(h.brief.achterstand ?? 0),
                        termijn: datum(h.brief.nieuweTermijn),
                      },
                    )
                  : t(h.soort === 'aanmaning' ? 'terugbetalen.aanmaning' : 'terugbetalen.herinnering', {
                      datum: datum(h.verstuurdOp),
                      bedrag: euroCenten(h.brief.saldo),
                      termijn: datum(h.brief.nieuweTermijn),
                    })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {vorderingen.map((v) => (
        <Vordering
          key={v.id}
          v={v}
          vandaag={data!.vandaag}
          csrf={ctx.csrf}
          fouten={fout?.vorderingId === v.id ? fout.fouten : []}
          waarde={fout?.vorderingId === v.id ? fout.waarde : undefined}
        />
      ))}
      {nabetalingen.length > 0 ? (
        <section aria-labelledby="nabetalingen">
          <Heading level={2} id="nabetalingen">
            {t('terugbetalen.nabetalingen')}
          </Heading>
          <Paragraph>{t('terugbetalen.nabetalingenIntro')}</Paragraph>
          <Tabel
            bijschrift={t('terugbetalen.nabetalingTabel')}
            kolommen={[t('terugbetalen.toeslag'), t('terugbetalen.bedrag'), t('terugbetalen.betaaldOp')]}
          >
            {nabetalingen.map((n) => (
              <tr key={n.beschikkingId}>
                <th scope="row">{`${n.naam} ${n.jaar}`}</th>
                <td>{euroCenten(n.bedrag)}</td>
                <td>{datum(n.betaaldOp)}</td>
              </tr>
            ))}
          </Tabel>
        </section>
      ) : null}
      <Paragraph>
        <Link href="/mijn/zienswijzen">{t('zienswijze.lijst.link')}</Link>
      </Paragraph>
      <TerugNaarOverzicht />
    </Layout>
  );
}
