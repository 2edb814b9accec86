/**
 * @module
 * The case view (C5, /werk/zaken/<id>): the case with its exception reasons and due date, the
 * actions that fit its state (claim, release, maatwerk, close — each form carries the case version
 * for optimistic locking), and in sections reached from an in-page menu: the dossier with each
 * fact's source and validity, the decisions with a link to their explanation, the maatwerk
 * decisions, the contact log with a form to add a contact, and the history.
 */
import type { BriefInLijst, DossierOverzicht, ZaakDetail } from '@regelmaat/diensten';
import { GRONDSLAGEN, KANALEN, type Maatwerkbesluit } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import type { ReactNode } from 'react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Gegevenslijst } from '../components/Gegevens';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { foutVoor, Keuzelijst, Keuzerondjes, Tekstvak, Tekstveld } from '../components/velden';
import { datum, euro, moment } from '../opmaak';
import { t } from '../teksten';
import { AanpakKaart } from './Aanpak';
import { DossierSectie } from './Dossier';
import {
  aanleidingNaam,
  actieNaam,
  beschikkingSoortNaam,
  beschikkingStatusNaam,
  besluitStatusNaam,
  kanaalNaam,
  niveauNaam,
  reden,
  regelingNaam,
  rolNaam,
  STATUS_NAAM,
  soortNaam,
  teamNaam,
  wie,
} from './weergave';
import { behandelaarNaam, Termijn } from './zaak-cellen';

export interface Ik {
  id: string;
  rol: string;
}

function Actie({
  ctx,
  pad,
  versie,
  knop,
  soort = 'primair',
  children,
}: {
  ctx: PaginaContext;
  pad: string;
  versie: number;
  knop: string;
  soort?: 'primair' | 'secundair';
  children?: ReactNode;
}) {
  return (
    <PostFormulier action={pad} csrf={ctx.csrf}>
      <input type="hidden" name="versie" value={versie} />
      {children}
      <Verzendknop soort={soort}>{knop}</Verzendknop>
    </PostFormulier>
  );
}

function Sectie({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-kop`} className="rm-sectie">
      <Heading level={2} id={`${id}-kop`}>
        {titel}
      </Heading>
      {children}
    </section>
  );
}

const grondslagLabel = (id: string) => GRONDSLAGEN.find((g) => g.id === id)?.label ?? id;

export function MaatwerkKaart({
  b,
  namen,
  kop = 3,
}: {
  b: Maatwerkbesluit;
  namen: ReadonlyMap<string, string>;
  kop?: 2 | 3;
}) {
  return (
    <div className="rm-kaart" data-besluit={b.id}>
      <Heading level={kop}>
        {t('werk.maatwerk.besluit', { id: b.id, regeling: regelingNaam(b.regeling), jaar: b.jaar })}
      </Heading>
      <Gegevenslijst
        rijen={[
          [t('werk.maatwerk.status'), besluitStatusNaam(b.status)],
          [
            t('werk.maatwerk.standaard'),
            `${euro(b.standaardUitkomst.bedrag)} (${b.standaardUitkomst.omschrijving})`,
          ],
          [t('werk.maatwerk.afwijking'), euro(b.afwijking.bedrag)],
          [t('werk.maatwerk.verschil'), euro(b.verschil)],
          [t('werk.maatwerk.grondslag'), grondslagLabel(b.grondslag)],
          [t('werk.maatwerk.afweging'), b.afweging],
          [t('werk.maatwerk.rechtvaardig'), b.vragen.rechtvaardig],
          [t('werk.maatwerk.samen'), b.vragen.samen],
          [t('werk.maatwerk.aanspreekbaar'), b.vragen.aanspreekbaar],
          [t('werk.maatwerk.niveau'), niveauNaam(b.niveau)],
          [t('werk.maatwerk.auteur'), `${wie(namen, b.auteur)}, ${moment(b.aangemaaktOp)}`],
          b.beoordelaar
            ? [
                t('werk.maatwerk.beoordelaar'),
                `${wie(namen, b.beoordelaar)}${b.beoordeeldOp ? `, ${moment(b.beoordeeldOp)}` : ''}${b.beoordelingToelichting ? `: ${b.beoordelingToelichting}` : ''}`,
              ]
            : null,
        ]}
      />
      {b.niveau !== 'geval' && (b.status === 'goedgekeurd' || b.status === 'van-kracht') ? (
        <Paragraph>
          <Link href={`/werk/maatwerkbesluiten/${b.id}/vergelijkbaar`}>{t('werk.niveau2.link')}</Link>
        </Paragraph>
      ) : null}
      {b.status === 'wacht-op-goedkeuring' ? (
        <Paragraph>
          <Link href={`/werk/maatwerkbesluiten/${b.id}/brief`}>
            {t('werk.maatwerk.briefVoorbeeld', { id: b.id })}
          </Link>
        </Paragraph>
      ) : null}
    </div>
  );
}

export function ZaakPagina({
  ctx,
  detail,
  dossier,
  maatwerk,
  brieven,
  namen,
  ik,
  melding,
  contactFouten = [],
  contactWaarden = {},
  status,
}: {
  ctx: PaginaContext;
  detail: ZaakDetail;
  dossier: DossierOverzicht;
  maatwerk: readonly Maatwerkbesluit[];
  /** The household's letters (`brievenVan`), when the caller may read decisions. */
  brieven?: readonly BriefInLijst[];
  /** Staff names by user id (`medewerkerNamen`). */
  namen: ReadonlyMap<string, string>;
  ik: Ik;
  melding?: { type: 'ok' | 'warning'; tekst: string };
  contactFouten?: readonly VeldFout[];
  contactWaarden?: Readonly<Record<string, string>>;
  status?: number;
}) {
  const z = detail.zaak;
  const mijn = z.behandelaar === ik.id;
  const leider = ik.rol === 'teamleider';
  const pad = `/werk/zaken/${z.id}`;
  const titel = t('werk.zaak.titel', { id: z.id, onderwerp: z.onderwerp });
  const cf = foutVoor(contactFouten);
  return (
    <Layout ctx={ctx} titel={titel} heeftFouten={contactFouten.length > 0 || (status ?? 200) >= 400}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type={melding.type} role={melding.type === 'ok' ? 'status' : 'alert'}>
          <Paragraph>{melding.tekst}</Paragraph>
        </Alert>
      ) : null}
      <nav className="rm-inhoud-nav" aria-label={t('werk.zaak.onderdelen')}>
        <ul>
          <li>
            <a href="#aanpak">{t('werk.aanpak.titel')}</a>
          </li>
          <li>
            <a href="#zaak">{t('werk.zaak.zaak')}</a>
          </li>
          <li>
            <a href="#dossier">{t('werk.zaak.dossier')}</a>
          </li>
          <li>
            <a href="#beschikkingen">{t('werk.zaak.beschikkingen')}</a>
          </li>
          {brieven ? (
            <li>
              <a href="#brieven">{t('werk.zaak.brieven')}</a>
            </li>
          ) : null}
          <li>
            <a href="#maatwerk">{t('werk.zaak.maatwerk')}</a>
          </li>
          <li>
            <a href="#contact">{t('werk.zaak.contact')}</a>
          </li>
          <li>
            <a href="#historie">{t('werk.zaak.historie')}</a>
          </li>
        </ul>
      </nav>

      <Sectie id="aanpak" titel={t('werk.aanpak.titel')}>
        <AanpakKaart zaak={z} />
      </Sectie>

      <Sectie id="zaak" titel={t('werk.zaak.zaak')}>
        <Gegevenslijst
          rijen={[
            [t('werk.kol.soort'), soortNaam(z.soort)],
            [t('werk.kol.status'), <span data-testid="status">{STATUS_NAAM[z.status]}</span>],
            [t('werk.kol.behandelaar'), <span data-testid="behandelaar">{behandelaarNaam(z, namen)}</span>],
            [t('werk.kol.team'), teamNaam(z.team)],
            [t('werk.kol.prioriteit'), String(z.prioriteit)],
            [t('werk.kol.termijn'), <Termijn zaak={z} />],
            z.opschorting
              ? [
                  t('werk.opschorten.kop'),
                  <span data-testid="opschorting">
                    {t('werk.opschorten.stand', {
                      op: datum(z.opschorting.op),
                      tot: datum(z.opschorting.tot),
                      reden: z.opschorting.reden,
                    })}
                  </span>,
                ]
              : null,
            [t('werk.zaak.aangemaakt'), moment(z.aangemaaktOp)],
            [t('werk.zaak.versie'), String(z.versie)],
            z.uitkomst ? [t('werk.zaak.uitkomst'), z.uitkomst] : null,
          ]}
        />
        {z.soort === 'hoorzitting-terugvordering' ? (
          <Paragraph>
            <Link href={`${pad}/zienswijze`}>{t('werk.zienswijze.link')}</Link>
          </Paragraph>
        ) : null}
        {z.soort === 'bezwaar' ? (
          <Paragraph>
            <Link href={`${pad}/bezwaar`}>Open het bezwaar: stappen, termijnen en beslissing</Link>
          </Paragraph>
        ) : null}
        <Heading level={3}>{t('werk.zaak.redenen')}</Heading>
        {z.redenen.length === 0 ? (
          <Paragraph>{t('werk.zaak.geenRedenen')}</Paragraph>
        ) : (
          <UnorderedList>
            {z.redenen.map((code) => {
              const r = reden(code);
              return (
                <ListItem key={code}>
                  <strong>{r.titel}</strong> <span className="rm-code">({code})</span>
                  {r.grondslag ? `. ${t('werk.zaak.grond')}: ${r.grondslag}` : ''}
                </ListItem>
              );
            })}
          </UnorderedList>
        )}
        <div className="rm-acties">
          {z.status === 'open' ? (
            <Actie ctx={ctx} pad={`${pad}/claim`} versie={z.versie} knop={t('werk.actie.claim')} />
          ) : null}
          {z.status === 'in-behandeling' && mijn ? (
            <Paragraph>
              <Link href={`${pad}/maatwerk`}>{t('werk.actie.maatwerk')}</Link>
            </Paragraph>
          ) : null}
          {z.status === 'in-behandeling' && (mijn || leider) ? (
            <Actie
              ctx={ctx}
              pad={`${pad}/vrijgeven`}
              versie={z.versie}
              knop={t('werk.actie.vrijgeven')}
              soort="secundair"
            />
          ) : null}
        </div>
        {z.status === 'in-behandeling' && mijn && z.opschorting ? (
          <Actie
            ctx={ctx}
            pad={`${pad}/hervatten`}
            versie={z.versie}
            knop={t('werk.opschorten.hervat')}
            soort="secundair"
          />
        ) : null}
        {z.status === 'in-behandeling' && mijn && !z.opschorting ? (
          <Actie
            ctx={ctx}
            pad={`${pad}/opschorten`}
            versie={z.versie}
            knop={t('werk.opschorten.knop')}
            soort="secundair"
          >
            <Tekstvak
              name="reden"
              label={t('werk.opschorten.reden')}
              beschrijving={t('werk.opschorten.redenUitleg')}
              value=""
              rijen={2}
            />
            <Tekstveld
              name="tot"
              label={t('werk.opschorten.tot')}
              beschrijving={t('werk.opschorten.totUitleg')}
              value=""
              breedte={10}
            />
          </Actie>
        ) : null}
        {z.status === 'in-behandeling' && mijn && z.soort === 'hoorzitting-terugvordering' ? (
          <Paragraph>{t('werk.zienswijze.afrondenHier')}</Paragraph>
        ) : null}
        {z.status === 'in-behandeling' && mijn && z.soort !== 'hoorzitting-terugvordering' ? (
          <Actie
            ctx={ctx}
            pad={`${pad}/afronden`}
            versie={z.versie}
            knop={t('werk.actie.afronden')}
            soort="secundair"
          >
            <Tekstvak name="uitkomst" label={t('werk.actie.uitkomst')} value="" rijen={2} />
          </Actie>
        ) : null}
      </Sectie>

      {ik.rol === 'behandelaar' || ik.rol === 'teamleider' ? (
        <Paragraph>
          <Link href={`/werk/signalen/nieuw?zaak=${z.id}`}>{t('werk.signaal.vanZaakLink')}</Link>
        </Paragraph>
      ) : null}

      <Sectie id="dossier" titel={t('werk.zaak.dossier')}>
        <DossierSectie dossier={dossier} />
      </Sectie>

      <Sectie id="beschikkingen" titel={t('werk.zaak.beschikkingen')}>
        <Tabel
          bijschrift={t('werk.beschikkingen.tabel')}
          kolommen={[
            t('werk.beschikkingen.regeling'),
            t('werk.beschikkingen.soort'),
            t('werk.beschikkingen.jaarbedrag'),
            t('werk.beschikkingen.aanleiding'),
            t('werk.beschikkingen.status'),
            t('werk.beschikkingen.datum'),
          ]}
        >
          {dossier.beschikkingen.map((b) => (
            <tr key={b.id}>
              <th scope="row">
                <Link href={`/werk/beschikkingen/${b.id}`}>
                  {regelingNaam(b.regeling)} {b.jaar} (#{b.id})
                </Link>
              </th>
              <td>{beschikkingSoortNaam(b.soort)}</td>
              <td>{euro(b.jaarbedrag)}</td>
              <td>
                {aanleidingNaam(b.aanleiding)}
                {b.toelichting ? ` (${b.toelichting})` : ''}
              </td>
              <td>{beschikkingStatusNaam(b.status)}</td>
              <td>{moment(b.aangemaaktOp)}</td>
            </tr>
          ))}
        </Tabel>
      </Sectie>

      {brieven ? (
        <Sectie id="brieven" titel={t('werk.zaak.brieven')}>
          {brieven.length === 0 ? (
            <Paragraph>{t('werk.brieven.geen')}</Paragraph>
          ) : (
            <Tabel
              bijschrift={t('werk.brieven.tabel')}
              kolommen={[
                t('werk.brieven.onderwerp'),
                t('werk.brieven.datum'),
                t('werk.brieven.verzonden'),
                t('werk.brieven.pdf'),
              ]}
            >
              {brieven.map((b) => (
                <tr key={b.beschikkingId} data-brief={b.beschikkingId}>
                  <th scope="row">
                    <Link href={`/werk/brieven/${b.beschikkingId}`}>
                      {b.onderwerp} (#{b.beschikkingId})
                    </Link>
                  </th>
                  <td>{datum(b.briefdatum)}</td>
                  <td>{b.verzonden ? moment(b.verzonden.op) : t('werk.brieven.nietVerzonden')}</td>
                  <td>
                    <Link href={`/werk/brieven/${b.beschikkingId}/pdf`}>
                      {t('werk.brieven.pdfVan', { id: b.beschikkingId })}
                    </Link>
                  </td>
                </tr>
              ))}
            </Tabel>
          )}
        </Sectie>
      ) : null}

      <Sectie id="maatwerk" titel={t('werk.zaak.maatwerk')}>
        {maatwerk.length === 0 ? <Paragraph>{t('werk.maatwerk.geen')}</Paragraph> : null}
        {maatwerk.map((b) => (
          <MaatwerkKaart key={b.id} b={b} namen={namen} />
        ))}
      </Sectie>

      <Sectie id="contact" titel={t('werk.zaak.contact')}>
        {dossier.contacten.length === 0 ? (
          <Paragraph>{t('werk.contact.geen')}</Paragraph>
        ) : (
          <UnorderedList>
            {dossier.contacten.map((c) => (
              <ListItem key={c.id}>
                {moment(c.tijdstip)}, {kanaalNaam(c.kanaal)} ({c.richting}), {wie(namen, c.medewerker)}:{' '}
                <strong>{c.onderwerp}</strong>. {c.uitkomst}
              </ListItem>
            ))}
          </UnorderedList>
        )}
        <Heading level={3}>{t('werk.contact.nieuw')}</Heading>
        <Foutensamenvatting fouten={contactFouten} />
        <PostFormulier action={`${pad}/contact`} csrf={ctx.csrf}>
          <Keuzelijst
            name="kanaal"
            label={t('werk.contact.kanaal')}
            value={contactWaarden.kanaal ?? 'telefoon'}
            keuzes={KANALEN.map((k) => ({ waarde: k, label: kanaalNaam(k) }))}
            fout={cf('kanaal')}
          />
          <Keuzerondjes
            name="richting"
            legend={t('werk.contact.richting')}
            value={contactWaarden.richting ?? 'uitgaand'}
            keuzes={[
              { waarde: 'inkomend', label: t('werk.contact.inkomend') },
              { waarde: 'uitgaand', label: t('werk.contact.uitgaand') },
            ]}
            fout={cf('richting')}
          />
          <Tekstveld
            name="onderwerp"
            label={t('werk.contact.onderwerp')}
            value={contactWaarden.onderwerp ?? ''}
            fout={cf('onderwerp')}
            verplicht
            breedte={40}
          />
          <Tekstvak
            name="contactUitkomst"
            label={t('werk.contact.uitkomst')}
            beschrijving={t('werk.contact.uitkomstUitleg')}
            value={contactWaarden.contactUitkomst ?? ''}
            fout={cf('contactUitkomst')}
            verplicht
          />
          <Knoppen>
            <Verzendknop soort="secundair">{t('werk.contact.knop')}</Verzendknop>
          </Knoppen>
        </PostFormulier>
      </Sectie>

      <Sectie id="historie" titel={t('werk.zaak.historie')}>
        <UnorderedList>
          {detail.historie.map((h) => (
            <ListItem key={h.id}>
              {moment(h.tijdstip)}: {actieNaam(h.actie)} {t('werk.historie.door')} {wie(namen, h.actor)} (
              {rolNaam(h.rol)}), {t('werk.zaak.versie').toLowerCase()} {h.versie}
            </ListItem>
          ))}
        </UnorderedList>
      </Sectie>
      <Paragraph>
        <Link href="/werk">{t('werk.terugWachtrij')}</Link>
      </Paragraph>
    </Layout>
  );
}
