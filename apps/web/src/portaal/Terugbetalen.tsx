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
import { datum, euroCenten } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { TerugNaarOverzicht } from './Lijstpagina';

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
      {v.saldo > 0 ? (
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
            <th scope="row">{t(`terugbetalen.soort.${b.soort}` as TekstKey)}</th>
            <td>{euroCenten(Math.abs(b.bedrag))}</td>
          </tr>
        ))}
      </Tabel>
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
              value={waarde ?? euroCenten(v.saldo).replace(/^€\s*/, '')}
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

export function Terugbetalen({
  ctx,
  data,
  betaald,
  fout,
}: {
  ctx: PaginaContext;
  data: TerugbetalenData | undefined;
  /** After a payment (Post/Redirect/Get). */
  betaald?: boolean;
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
      <Paragraph soort="lead">
        {open > 0
          ? t('terugbetalen.open', { bedrag: euroCenten(open) })
          : vorderingen.length > 0
            ? t('terugbetalen.klaar')
            : t('terugbetalen.niets')}
      </Paragraph>
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
      <TerugNaarOverzicht />
    </Layout>
  );
}
