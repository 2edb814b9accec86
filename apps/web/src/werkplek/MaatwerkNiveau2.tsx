/**
 * @module
 * Maatwerk level 2 in the workspace (issue 17, /werk/maatwerkbesluiten/:id/vergelijkbaar): the
 * approved decision, the open cases that are really comparable — each with the reasons it is
 * (regeling, year, every exception rule, each rule's amount next to the first case's) — to propose
 * the same remedy for, and the proposals with their review per case by someone other than the
 * proposer. The services enforce who may propose (team lead or author) and review (not the proposer).
 */
import type { Niveau2Overzicht } from '@regelmaat/diensten';
import { MARGE_BEDRAG, type MaatwerkToepassing, type Vergelijkingsreden } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { Keuzerondjes, Tekstvak } from '../components/velden';
import { euro, getal } from '../opmaak';
import { t } from '../teksten';
import { reden, regelingNaam, wie } from './weergave';
import { MaatwerkKaart } from './Zaak';
import { behandelaarNaam, Termijn } from './zaak-cellen';

/** A share as a percentage in Dutch, with a decimal when rounding would hide it (0.254 → 25,4%). */
export function procent(deel: number): string {
  return `${getal(Math.round(deel * 1000) / 10)}%`;
}

/** One reason in words, true for the values it names, on either side of each condition. */
export function redenTekst(r: Vergelijkingsreden): string {
  switch (r.soort) {
    case 'regeling':
      if (r.zaak === null)
        return t('werk.niveau2.reden.regelingHuishouden', { regeling: regelingNaam(r.basis) });
      return r.ok
        ? t('werk.niveau2.reden.regeling', { regeling: regelingNaam(r.zaak) })
        : t('werk.niveau2.reden.regelingAnders', {
            regeling: regelingNaam(r.zaak),
            basis: regelingNaam(r.basis),
          });
    case 'jaar':
      return r.ok
        ? t('werk.niveau2.reden.jaar', { jaar: String(r.zaak ?? '') })
        : t('werk.niveau2.reden.jaarAnders', { jaar: String(r.zaak ?? ''), basis: String(r.basis ?? '') });
    case 'regel':
      return t(r.ok ? 'werk.niveau2.reden.regel' : 'werk.niveau2.reden.regelOntbreekt', {
        regel: reden(r.code).titel,
        code: r.code,
      });
    case 'bedrag':
      if (r.zaak === null || r.verschil === null)
        return t('werk.niveau2.reden.bedragOnbekend', { regel: reden(r.code).titel, basis: euro(r.basis) });
      return t(r.ok ? 'werk.niveau2.reden.bedrag' : 'werk.niveau2.reden.bedragTeVer', {
        regel: reden(r.code).titel,
        bedrag: euro(r.zaak),
        basis: euro(r.basis),
        verschil: procent(r.verschil),
        marge: procent(MARGE_BEDRAG),
      });
  }
}

/** The reasons of one case as a list; a reason that does not hold says so in its own words. */
function Redenen({ redenen }: { redenen: readonly Vergelijkingsreden[] }) {
  return (
    <UnorderedList>
      {redenen.map((r) => (
        <li
          className="utrecht-unordered-list__item"
          key={`${r.soort}-${'code' in r ? r.code : ''}`}
          data-reden-ok={String(r.ok)}
        >
          {redenTekst(r)}
        </li>
      ))}
    </UnorderedList>
  );
}

const STATUS: Record<MaatwerkToepassing['status'], string> = {
  voorgesteld: 'Voorgesteld, wacht op beoordeling',
  toegepast: 'Toegepast',
  overgeslagen: 'Overgeslagen',
};

export function MaatwerkNiveau2({
  ctx,
  data,
  namen,
  ik,
  fouten = [],
  melding,
}: {
  ctx: PaginaContext;
  data: Niveau2Overzicht;
  namen: ReadonlyMap<string, string>;
  ik: { id: string; rol: string };
  fouten?: readonly VeldFout[];
  melding?: { type: 'ok' | 'warning'; tekst: string };
}) {
  const b = data.besluit;
  const titel = t('werk.niveau2.titel', { id: b.id });
  const toepasbaar = b.niveau !== 'geval' && (b.status === 'goedgekeurd' || b.status === 'van-kracht');
  return (
    <Layout ctx={ctx} titel={titel} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type={melding.type}>
          <Paragraph>{melding.tekst}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t('werk.niveau2.intro', { marge: procent(MARGE_BEDRAG) })}</Paragraph>
      <Paragraph>
        <Link href={`/werk/zaken/${b.zaakId}`}>{t('werk.niveau2.naarZaak', { id: b.zaakId })}</Link>
      </Paragraph>
      <MaatwerkKaart b={b} namen={namen} kop={2} />
      <Foutensamenvatting fouten={fouten} />

      <Heading level={2}>{t('werk.niveau2.vergelijkbaar')}</Heading>
      {!toepasbaar ? (
        <Paragraph>{t('werk.niveau2.nietToepasbaar')}</Paragraph>
      ) : data.vergelijkbaar.length === 0 ? (
        <Paragraph>{t('werk.niveau2.geen')}</Paragraph>
      ) : (
        <PostFormulier action={`/werk/maatwerkbesluiten/${b.id}/toepassingen`} csrf={ctx.csrf}>
          <fieldset className="utrecht-form-fieldset" id="veld-zaak" tabIndex={-1}>
            <legend className="utrecht-form-fieldset__legend">{t('werk.niveau2.kies')}</legend>
            <Tabel
              bijschrift={t('werk.niveau2.tabel', { aantal: data.vergelijkbaar.length })}
              kolommen={[
                t('werk.herverdelen.selecteer'),
                t('werk.niveau2.waarom'),
                t('werk.kol.behandelaar'),
                t('werk.kol.termijn'),
              ]}
            >
              {data.vergelijkbaar.map((v) => (
                <tr key={v.zaak.id} data-vergelijkbaar={v.zaak.id}>
                  <td>
                    <input
                      type="checkbox"
                      name="zaak"
                      value={v.zaak.id}
                      id={`zaak-${v.zaak.id}`}
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                    />{' '}
                    <label htmlFor={`zaak-${v.zaak.id}`}>
                      {t('werk.zaakNummer', { id: v.zaak.id })}: {v.zaak.onderwerp}
                    </label>{' '}
                    <Link href={`/werk/zaken/${v.zaak.id}`}>{t('werk.niveau2.open')}</Link>
                  </td>
                  <td>
                    <Redenen redenen={v.redenen} />
                  </td>
                  <td>{behandelaarNaam(v.zaak, namen)}</td>
                  <td>
                    <Termijn zaak={v.zaak} />
                  </td>
                </tr>
              ))}
            </Tabel>
          </fieldset>
          <Knoppen>
            <Verzendknop>{t('werk.niveau2.voorstellen')}</Verzendknop>
          </Knoppen>
        </PostFormulier>
      )}

      {toepasbaar ? <NietVergelijkbaar data={data} namen={namen} /> : null}

      <Heading level={2}>{t('werk.niveau2.voorstellen.kop')}</Heading>
      {data.toepassingen.length === 0 ? (
        <Paragraph>{t('werk.niveau2.geenVoorstellen')}</Paragraph>
      ) : (
        data.toepassingen.map((tp) => (
          <div className="rm-kaart" key={tp.id} data-toepassing={tp.id}>
            <Heading level={3}>
              {t('werk.niveau2.voorstel', { id: tp.id, zaak: tp.zaakId })}: {STATUS[tp.status]}
            </Heading>
            <Paragraph>
              {t('werk.niveau2.voorgesteldDoor', { wie: wie(namen, tp.voorgesteldDoor) })}
              {tp.beoordeeldDoor
                ? ` ${t('werk.niveau2.beoordeeldDoor', { wie: wie(namen, tp.beoordeeldDoor), toelichting: tp.toelichting ?? '' })}`
                : ''}
            </Paragraph>
            {tp.status === 'voorgesteld' && tp.voorgesteldDoor !== ik.id ? (
              <PostFormulier action={`/werk/toepassingen/${tp.id}`} csrf={ctx.csrf}>
                <input type="hidden" name="besluit" value={b.id} />
                <Keuzerondjes
                  name={`oordeel-${tp.id}`}
                  legend={t('werk.niveau2.oordeel')}
                  value=""
                  keuzes={[
                    { waarde: 'toegepast', label: t('werk.niveau2.toepassen') },
                    { waarde: 'overgeslagen', label: t('werk.niveau2.overslaan') },
                  ]}
                />
                <Tekstvak
                  name={`toelichting-${tp.id}`}
                  label={t('werk.niveau2.toelichting')}
                  value=""
                  rijen={2}
                />
                <Knoppen>
                  <Verzendknop>{t('werk.niveau2.beoordelen')}</Verzendknop>
                </Knoppen>
              </PostFormulier>
            ) : null}
            {tp.status === 'voorgesteld' && tp.voorgesteldDoor === ik.id ? (
              <Paragraph>{t('werk.niveau2.nietZelf')}</Paragraph>
            ) : null}
          </div>
        ))
      )}
    </Layout>
  );
}

/** The open cases that share a rule with the first case but are not comparable, each with why. */
function NietVergelijkbaar({ data, namen }: { data: Niveau2Overzicht; namen: ReadonlyMap<string, string> }) {
  const n = data.nietVergelijkbaar;
  return (
    <>
      <Heading level={2}>{t('werk.niveau2.niet')}</Heading>
      {n.aantal === 0 ? (
        <Paragraph>{t('werk.niveau2.nietGeen')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('werk.niveau2.nietIntro')}</Paragraph>
          {n.aantal > n.zaken.length ? (
            <Paragraph>
              {t('werk.niveau2.nietEerste', { getoond: n.zaken.length, aantal: n.aantal })}
            </Paragraph>
          ) : null}
          <Tabel
            bijschrift={t('werk.niveau2.nietTabel', { aantal: n.aantal })}
            kolommen={[
              t('werk.kol.zaak'),
              t('werk.niveau2.waaromNiet'),
              t('werk.kol.behandelaar'),
              t('werk.kol.termijn'),
            ]}
          >
            {n.zaken.map((v) => (
              <tr key={v.zaak.id} data-niet-vergelijkbaar={v.zaak.id}>
                <td>
                  <Link href={`/werk/zaken/${v.zaak.id}`}>{t('werk.zaakNummer', { id: v.zaak.id })}</Link>:{' '}
                  {v.zaak.onderwerp}
                </td>
                <td>
                  <Redenen redenen={v.redenen} />
                </td>
                <td>{behandelaarNaam(v.zaak, namen)}</td>
                <td>
                  <Termijn zaak={v.zaak} />
                </td>
              </tr>
            ))}
          </Tabel>
        </>
      )}
    </>
  );
}
