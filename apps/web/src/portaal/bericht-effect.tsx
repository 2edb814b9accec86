/**
 * @module
 * The effect of a decided change on one toeslag as a partner's report message states it: the year
 * amount before and after, the next month, the recovery avoided or still to come, the extra. Each
 * sentence only when its value says so. (A life event's message says what a change *would* do with
 * the change preview's sentences: `Levensgebeurtenis.tsx`.)
 */
import { Heading, Paragraph } from '../components/nlds';
import { euro, maandNaam } from '../opmaak';
import { type TekstKey, t } from '../teksten';

/** The sentences of an effect as it is now decided. */
const ZINNEN = {
  perJaar: 'bericht.perJaar',
  perMaand: 'bericht.perMaand',
  voorkomen: 'bericht.voorkomen',
  terugNaJaar: 'bericht.terugNaJaar',
  extra: 'bericht.extra',
} as const satisfies Record<string, TekstKey>;

export interface Effect {
  regeling: string;
  naam: string;
  jaarbedragNu: number;
  jaarbedragNieuw: number;
  volgendeMaand?: { maand: number; nu: number; nieuw: number };
  voorkomenTerugvordering: number;
  terugvorderingNaJaar?: number;
  extra: number;
  maatwerk: boolean;
}

export function EffectVan({ e }: { e: Effect }) {
  const v = e.volgendeMaand;
  const z = ZINNEN;
  return (
    <section className="rm-kaart" aria-labelledby={`bericht-${e.regeling}`} data-regeling={e.regeling}>
      <Heading level={3} id={`bericht-${e.regeling}`}>
        {e.naam}
      </Heading>
      {e.maatwerk ? (
        <Paragraph>{t('bericht.maatwerk')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t(z.perJaar, { nu: euro(e.jaarbedragNu), nieuw: euro(e.jaarbedragNieuw) })}</Paragraph>
          {v && v.nieuw !== v.nu ? (
            <Paragraph>{t(z.perMaand, { maand: maandNaam(v.maand), bedrag: euro(v.nieuw) })}</Paragraph>
          ) : null}
          {e.voorkomenTerugvordering > 0 ? (
            <Paragraph>
              <span data-testid="voorkomen">
                {t(z.voorkomen, { bedrag: euro(e.voorkomenTerugvordering) })}
              </span>
            </Paragraph>
          ) : null}
          {(e.terugvorderingNaJaar ?? 0) > 0 ? (
            <Paragraph>{t(z.terugNaJaar, { bedrag: euro(e.terugvorderingNaJaar!) })}</Paragraph>
          ) : null}
          {e.extra > 0 ? <Paragraph>{t(z.extra, { bedrag: euro(e.extra) })}</Paragraph> : null}
        </>
      )}
    </section>
  );
}
