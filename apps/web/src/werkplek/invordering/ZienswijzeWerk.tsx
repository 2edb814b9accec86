/**
 * @module
 * The staff page of a hearing case's zienswijze (issue 15, Awir art. 26b), /werk/zaken/<id>/zienswijze:
 * the calculation the letter gave per toeslag, the term, what the person said (portal or phone), the
 * case's maatwerk decisions, and the actions of the case worker who holds the case: write down a
 * response given by phone, lower the recovery through the existing maatwerk form (four-eyes above
 * the threshold), and decide. Which outcome the decision has is read by the service from the case's
 * maatwerk in force; the page only says which it will be. Staff texts in `teksten/zienswijze-werk.ts`.
 */
import { type ZienswijzeOverzicht, zienswijzeKenmerk } from '@regelmaat/diensten';
import type { Maatwerkbesluit, Zaak } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../../components/formulier';
import { Layout, type PaginaContext } from '../../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../../components/nlds';
import { Tabel } from '../../components/Tabel';
import { foutVoor, Tekstvak } from '../../components/velden';
import { datum, euroCenten, moment } from '../../opmaak';
import { t } from '../../teksten';
import { besluitStatusNaam, regelingNaam, wie } from '../weergave';

export interface ZienswijzeWerkProps {
  ctx: PaginaContext;
  zaak: Zaak;
  zienswijze: ZienswijzeOverzicht;
  maatwerk: readonly Maatwerkbesluit[];
  namen: ReadonlyMap<string, string>;
  ik: { id: string };
  /** Today (YYYY-MM-DD), from the server's clock: whether the term has passed. */
  vandaag: string;
  melding?: { type: 'ok' | 'warning'; tekst: string };
  fouten?: readonly VeldFout[];
  waarden?: Readonly<Record<string, string>>;
}

function Berekening({ w }: { w: ZienswijzeOverzicht }) {
  return (
    <section aria-labelledby="berekening" data-berekening>
      <Heading level={2} id="berekening">
        {t('werk.zienswijze.berekening')}
      </Heading>
      <Tabel
        bijschrift={t('werk.zienswijze.berekeningTabel', { jaar: w.jaar })}
        kolommen={[
          t('werk.zienswijze.kol.toeslag'),
          t('werk.zienswijze.kol.voorschot'),
          t('werk.zienswijze.kol.jaarbedrag'),
          t('werk.zienswijze.kol.terug'),
          t('werk.zienswijze.kol.nabetaling'),
        ]}
      >
        {w.berekening.map((r) => (
          <tr key={r.regeling}>
            <th scope="row">{regelingNaam(r.regeling)}</th>
            <td>{euroCenten(r.voorschot)}</td>
            <td>{euroCenten(r.jaarbedrag)}</td>
            <td>{euroCenten(r.terug)}</td>
            <td>{euroCenten(r.nabetaling)}</td>
          </tr>
        ))}
      </Tabel>
      <Paragraph>
        <strong>
          {t('werk.zienswijze.totaal', {
            bedrag: euroCenten(w.terugTeVorderen),
            briefdatum: datum(w.briefdatum),
            kenmerk: zienswijzeKenmerk(w),
          })}
        </strong>
      </Paragraph>
    </section>
  );
}

function Reacties({ w, namen }: { w: ZienswijzeOverzicht; namen: ReadonlyMap<string, string> }) {
  return (
    <section aria-labelledby="reacties" data-reacties>
      <Heading level={2} id="reacties">
        {t('werk.zienswijze.reacties')}
      </Heading>
      {w.reacties.length === 0 ? (
        <Paragraph>{t('werk.zienswijze.geenReactie')}</Paragraph>
      ) : (
        <UnorderedList>
          {w.reacties.map((r) => (
            <ListItem key={r.id}>
              {t('werk.zienswijze.reactie', {
                op: moment(r.ontvangenOp),
                kanaal: t(`werk.zienswijze.kanaal.${r.kanaal}`),
                door: r.vastgelegdDoor ? ` (${wie(namen, r.vastgelegdDoor)})` : '',
              })}{' '}
              <q>{r.tekst}</q>
            </ListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

function MaatwerkLijst({
  maatwerk,
  pad,
  kanMaken,
}: {
  maatwerk: readonly Maatwerkbesluit[];
  pad: string;
  kanMaken: boolean;
}) {
  return (
    <section aria-labelledby="maatwerk" data-maatwerk>
      <Heading level={2} id="maatwerk">
        {t('werk.zienswijze.maatwerk')}
      </Heading>
      <Paragraph>{t('werk.zienswijze.maatwerkUitleg')}</Paragraph>
      {maatwerk.length === 0 ? (
        <Paragraph>{t('werk.zienswijze.geenMaatwerk')}</Paragraph>
      ) : (
        <UnorderedList>
          {maatwerk.map((b) => (
            <ListItem key={b.id}>
              {t('werk.zienswijze.maatwerkRegel', {
                id: b.id,
                toeslag: regelingNaam(b.regeling),
                standaard: euroCenten(b.standaardUitkomst.bedrag),
                afwijking: euroCenten(b.afwijking.bedrag),
                status: besluitStatusNaam(b.status),
              })}
            </ListItem>
          ))}
        </UnorderedList>
      )}
      {kanMaken ? (
        <Paragraph>
          <Link href={`${pad}/maatwerk`}>{t('werk.zienswijze.maatwerkLink')}</Link>
        </Paragraph>
      ) : null}
    </section>
  );
}

function Beslissen({ p, pad, mijn }: { p: ZienswijzeWerkProps; pad: string; mijn: boolean }) {
  const { zienswijze: w, maatwerk, vandaag } = p;
  const fout = foutVoor(p.fouten ?? []);
  const wacht = maatwerk.some((b) => b.status === 'wacht-op-goedkeuring');
  const verlaagd = maatwerk.some((b) => b.status === 'van-kracht');
  const teVroeg = w.reacties.length === 0 && vandaag <= w.reagerenUiterlijk;
  return (
    <section aria-labelledby="beslissen" data-beslissen>
      <Heading level={2} id="beslissen">
        {t('werk.zienswijze.beslissen')}
      </Heading>
      {!mijn ? (
        <Paragraph>
          {t('werk.zienswijze.nietMijn')} <Link href={pad}>{t('werk.zienswijze.zaakLink')}</Link>
        </Paragraph>
      ) : wacht ? (
        <Paragraph>{t('werk.zienswijze.wacht')}</Paragraph>
      ) : teVroeg ? (
        <Paragraph>{t('werk.zienswijze.nogNiet', { datum: datum(w.reagerenUiterlijk) })}</Paragraph>
      ) : (
        <>
          <div data-uitkomst={verlaagd ? 'verlaagd' : 'ongewijzigd'}>
            <Paragraph>
              {t(verlaagd ? 'werk.zienswijze.uitkomst.verlaagd' : 'werk.zienswijze.uitkomst.ongewijzigd')}
            </Paragraph>
          </div>
          <PostFormulier action={`${pad}/zienswijze/afronden`} csrf={p.ctx.csrf}>
            <input type="hidden" name="versie" value={String(p.zaak.versie)} />
            <Tekstvak
              name="motivering"
              label={t('werk.zienswijze.motivering')}
              value={p.waarden?.motivering ?? ''}
              fout={fout('motivering')}
              verplicht
              rijen={3}
            />
            <Knoppen>
              <Verzendknop>
                {t(verlaagd ? 'werk.zienswijze.knop.verlaagd' : 'werk.zienswijze.knop.ongewijzigd')}
              </Verzendknop>
            </Knoppen>
          </PostFormulier>
        </>
      )}
    </section>
  );
}

export function ZienswijzeWerkPagina(p: ZienswijzeWerkProps) {
  const { zaak: z, zienswijze: w, namen } = p;
  const pad = `/werk/zaken/${z.id}`;
  const titel = t('werk.zienswijze.titel', { id: z.id });
  // The case worker who holds the case: acting while it is in treatment; while a maatwerk decision
  // waits for approval the case waits too (status wacht-op-goedkeuring), still theirs.
  const houder = z.behandelaar === p.ik.id && z.status !== 'afgerond' && z.status !== 'open';
  const mijn = houder && z.status === 'in-behandeling';
  const fouten = p.fouten ?? [];
  const fout = foutVoor(fouten);
  const termijnVoorbij = p.vandaag > w.reagerenUiterlijk;
  return (
    <Layout ctx={p.ctx} titel={titel} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{titel}</Heading>
      {p.melding ? (
        <Alert type={p.melding.type} role={p.melding.type === 'ok' ? 'status' : 'alert'}>
          <Paragraph>{p.melding.tekst}</Paragraph>
        </Alert>
      ) : null}
      <Foutensamenvatting fouten={fouten} />
      <Paragraph>
        {termijnVoorbij
          ? t('werk.zienswijze.termijnVoorbij', { datum: datum(w.reagerenUiterlijk) })
          : t('werk.zienswijze.termijn', { datum: datum(w.reagerenUiterlijk) })}
      </Paragraph>
      <Berekening w={w} />
      <Reacties w={w} namen={namen} />
      {w.afronding ? (
        <section aria-labelledby="beslist" data-beslist={w.afronding.uitkomst}>
          <Heading level={2} id="beslist">
            {t('werk.zienswijze.beslissen')}
          </Heading>
          <Paragraph>
            <strong>
              {t(`werk.zienswijze.beslist.${w.afronding.uitkomst}`, {
                op: moment(w.afronding.afgerondOp),
                door: wie(namen, w.afronding.door),
              })}
            </strong>
          </Paragraph>
          <Paragraph>{t('werk.zienswijze.motiveringWas', { tekst: w.afronding.motivering })}</Paragraph>
        </section>
      ) : (
        <>
          {mijn ? (
            <section aria-labelledby="telefoon">
              <Heading level={2} id="telefoon">
                {t('werk.zienswijze.telefoon')}
              </Heading>
              <PostFormulier action={`${pad}/zienswijze/telefoon`} csrf={p.ctx.csrf}>
                <Tekstvak
                  name="tekst"
                  label={t('werk.zienswijze.telefoonLabel')}
                  value={p.waarden?.tekst ?? ''}
                  fout={fout('tekst')}
                  verplicht
                  rijen={3}
                />
                <Knoppen>
                  <Verzendknop soort="secundair">{t('werk.zienswijze.telefoonKnop')}</Verzendknop>
                </Knoppen>
              </PostFormulier>
            </section>
          ) : null}
          <MaatwerkLijst maatwerk={p.maatwerk} pad={pad} kanMaken={mijn} />
          <Beslissen p={p} pad={pad} mijn={houder} />
        </>
      )}
      <Paragraph>
        <Link href={pad}>{t('werk.zienswijze.zaakLink')}</Link>
      </Paragraph>
    </Layout>
  );
}
