/**
 * @module
 * The maatwerk decision form (C6, /werk/zaken/<id>/maatwerk): first the comparable earlier
 * decisions (with how far each departed from its standard outcome), then the standard outcome the
 * server computed (shown, not asked) and the structured record — deviation, legal ground (Awir/Awb), the weighing, the three house questions
 * ("Is het rechtvaardig? Doen we het samen? Zijn we aanspreekbaar op de uitkomsten?") and the
 * level. After recording: whether it waits for a team lead (four-eyes above the threshold) or took
 * effect at once, and the warning when it departs from comparable decisions.
 */
import type { MaatwerkUitkomst } from '@regelmaat/diensten';
import { REGELINGEN } from '@regelmaat/law';
import {
  GRONDSLAGEN,
  NIVEAUS,
  type VergelijkbaarBesluit,
  type Waarschuwing,
  type Zaak,
} from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { foutVoor, Keuzelijst, Keuzerondjes, Tekstvak, Tekstveld } from '../components/velden';
import { euro } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { regelingNaam } from './weergave';
import { MaatwerkKaart } from './Zaak';

const procent = (x: number) => `${x > 0 ? '+' : ''}${Math.round(x * 100)}%`;

function Vergelijkbaar({ lijst }: { lijst: readonly VergelijkbaarBesluit[] }) {
  if (lijst.length === 0) return <Paragraph>{t('werk.maatwerk.geenVergelijkbaar')}</Paragraph>;
  return (
    <Tabel
      bijschrift={t('werk.maatwerk.vergelijkbaarTabel')}
      kolommen={[
        t('werk.maatwerk.besluitKol'),
        t('werk.maatwerk.standaard'),
        t('werk.maatwerk.afwijking'),
        t('werk.maatwerk.relatief'),
        t('werk.maatwerk.overeenkomst'),
      ]}
    >
      {lijst.map((v) => {
        const s = v.besluit.standaardUitkomst.bedrag;
        const rel = s === 0 ? 0 : (v.besluit.afwijking.bedrag - s) / s;
        return (
          <tr key={v.besluit.id}>
            <th scope="row">
              #{v.besluit.id} ({v.besluit.grondslag}, {v.besluit.status})
            </th>
            <td>{euro(s)}</td>
            <td>{euro(v.besluit.afwijking.bedrag)}</td>
            <td>{procent(rel)}</td>
            <td>
              {Math.round(v.score * 100)}%
              {v.gedeeldeRedenen.length ? `; ${v.gedeeldeRedenen.join(', ')}` : ''}
              {v.zelfdeHuishoudtype ? `; ${t('werk.maatwerk.zelfdeHuishouden')}` : ''}
            </td>
          </tr>
        );
      })}
    </Tabel>
  );
}

export function MaatwerkFormulier({
  ctx,
  zaak,
  regeling,
  jaar,
  waarden,
  fouten,
  vergelijkbaar,
  standaard,
  drempel,
  waarschuwing,
  gecontroleerd = false,
}: {
  ctx: PaginaContext;
  zaak: Zaak;
  regeling: string;
  jaar: number;
  waarden: Readonly<Record<string, string>>;
  fouten: readonly VeldFout[];
  vergelijkbaar: readonly VergelijkbaarBesluit[];
  /** The standard outcome the server computed, or why it could not. */
  standaard: { bedrag: number; omschrijving: string } | { melding: string };
  drempel: number;
  /** Result of "Controleren": a warning, or none (then `gecontroleerd` says it is in line). */
  waarschuwing?: Waarschuwing;
  gecontroleerd?: boolean;
}) {
  const f = foutVoor(fouten);
  const titel = t('werk.maatwerk.titel', { id: zaak.id });
  const pad = `/werk/zaken/${zaak.id}/maatwerk`;
  return (
    <Layout ctx={ctx} titel={titel} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>{zaak.onderwerp}</Paragraph>
      <form method="get" action={pad} className="rm-filters">
        <Keuzelijst
          name="regeling"
          label={t('werk.maatwerk.regeling')}
          value={regeling}
          keuzes={REGELINGEN.map((r) => ({ waarde: r.id, label: r.naam }))}
        />
        <Knoppen>
          <Verzendknop soort="secundair">{t('werk.maatwerk.kiesRegeling')}</Verzendknop>
        </Knoppen>
      </form>
      <Heading level={2}>{t('werk.maatwerk.vergelijkbaar')}</Heading>
      <Paragraph>{t('werk.maatwerk.vergelijkbaarUitleg')}</Paragraph>
      <Vergelijkbaar lijst={vergelijkbaar} />
      <Heading level={2}>{t('werk.maatwerk.besluitKop', { regeling: regelingNaam(regeling), jaar })}</Heading>
      <Heading level={3}>{t('werk.maatwerk.standaardKop')}</Heading>
      {'bedrag' in standaard ? (
        <>
          <Paragraph>
            <strong id="standaarduitkomst" data-bedrag={standaard.bedrag}>
              {t('werk.maatwerk.standaardTekst', {
                bedrag: euro(standaard.bedrag),
                omschrijving: standaard.omschrijving,
              })}
            </strong>
          </Paragraph>
          <Paragraph>{t('werk.maatwerk.standaardUitleg')}</Paragraph>
        </>
      ) : (
        <Alert type="warning">
          <Paragraph>{t('werk.maatwerk.standaardOnbekend', { melding: standaard.melding })}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('werk.maatwerk.drempel', { bedrag: euro(drempel) })}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      {waarschuwing ? (
        <Alert type="warning" role="alert">
          <Paragraph>
            <strong>{t('werk.maatwerk.waarschuwing')}</strong> {waarschuwing.melding}
          </Paragraph>
        </Alert>
      ) : gecontroleerd ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('werk.maatwerk.inLijn')}</Paragraph>
        </Alert>
      ) : null}
      <PostFormulier action={pad} csrf={ctx.csrf}>
        <input type="hidden" name="regeling" value={regeling} />
        <input type="hidden" name="jaar" value={jaar} />
        <Tekstveld
          name="afwijking"
          label={t('werk.maatwerk.afwijkingVeld')}
          beschrijving={t('werk.maatwerk.afwijkingUitleg')}
          value={waarden.afwijking ?? ''}
          fout={f('afwijking')}
          verplicht
          inputMode="decimal"
          breedte={12}
        />
        <Keuzerondjes
          name="grondslag"
          legend={t('werk.maatwerk.grondslag')}
          value={waarden.grondslag ?? ''}
          keuzes={GRONDSLAGEN.map((g) => ({ waarde: g.id, label: g.label }))}
          fout={f('grondslag')}
          verplicht
        />
        <Tekstvak
          name="afweging"
          label={t('werk.maatwerk.afweging')}
          beschrijving={t('werk.maatwerk.afwegingUitleg')}
          value={waarden.afweging ?? ''}
          fout={f('afweging')}
          verplicht
          rijen={4}
        />
        <fieldset className="utrecht-form-fieldset rm-vragen">
          <legend className="utrecht-form-fieldset__legend">{t('werk.maatwerk.vragen')}</legend>
          <Tekstvak
            name="rechtvaardig"
            label={t('werk.maatwerk.rechtvaardig')}
            value={waarden.rechtvaardig ?? ''}
            fout={f('rechtvaardig')}
            verplicht
          />
          <Tekstvak
            name="samen"
            label={t('werk.maatwerk.samen')}
            value={waarden.samen ?? ''}
            fout={f('samen')}
            verplicht
          />
          <Tekstvak
            name="aanspreekbaar"
            label={t('werk.maatwerk.aanspreekbaar')}
            value={waarden.aanspreekbaar ?? ''}
            fout={f('aanspreekbaar')}
            verplicht
          />
        </fieldset>
        <Keuzerondjes
          name="niveau"
          legend={t('werk.maatwerk.niveau')}
          value={waarden.niveau ?? 'geval'}
          keuzes={NIVEAUS.map((n) => ({ waarde: n, label: t(`werk.maatwerk.niveau.${n}` as TekstKey) }))}
          fout={f('niveau')}
          verplicht
        />
        <Knoppen>
          <Verzendknop naam="stap" waarde="vastleggen">
            {t('werk.maatwerk.knop')}
          </Verzendknop>
          <Verzendknop soort="secundair" naam="stap" waarde="controleer">
            {t('werk.maatwerk.controleer')}
          </Verzendknop>
        </Knoppen>
      </PostFormulier>
      <Paragraph>
        <Link href={`/werk/zaken/${zaak.id}`}>{t('werk.terugZaak')}</Link>
      </Paragraph>
    </Layout>
  );
}

export function MaatwerkVastgelegd({
  ctx,
  uitkomst,
  namen,
}: {
  ctx: PaginaContext;
  uitkomst: MaatwerkUitkomst;
  namen: ReadonlyMap<string, string>;
}) {
  const b = uitkomst.besluit;
  const wacht = b.status === 'wacht-op-goedkeuring';
  const titel = wacht ? t('werk.maatwerk.wacht') : t('werk.maatwerk.vanKracht');
  return (
    <Layout ctx={ctx} titel={titel}>
      <Heading level={1}>{titel}</Heading>
      <Alert type="ok" role="status">
        <Paragraph>
          {wacht
            ? t('werk.maatwerk.wachtTekst')
            : t('werk.maatwerk.vanKrachtTekst', { id: uitkomst.beschikkingId ?? '' })}
        </Paragraph>
      </Alert>
      {uitkomst.waarschuwing ? (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('werk.maatwerk.waarschuwing')}</strong> {uitkomst.waarschuwing.melding}
          </Paragraph>
          <UnorderedList>
            {uitkomst.waarschuwing.besluitIds.map((id) => (
              <ListItem key={id}>#{id}</ListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : null}
      <MaatwerkKaart b={b} namen={namen} kop={2} />
      <Paragraph>
        <Link href={`/werk/zaken/${b.zaakId}`}>{t('werk.terugZaak')}</Link>
      </Paragraph>
    </Layout>
  );
}
