/**
 * @module
 * A list of labelled values (NL Design System "data list" pattern) as a native <dl>, and a
 * visually hidden text for screen readers (e.g. which toeslag a repeated link is about).
 */
import type { ReactNode } from 'react';

export function Gegevenslijst({ rijen }: { rijen: readonly (readonly [string, ReactNode] | null)[] }) {
  return (
    <dl className="rm-gegevens">
      {rijen.map((r) =>
        r ? (
          <div key={r[0]} className="rm-gegevens-rij">
            <dt>{r[0]}</dt>
            <dd>{r[1]}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

export function Verborgen({ children }: { children: ReactNode }) {
  return <span className="rm-visueel-verborgen">{children}</span>;
}

/**
 * A wide table in a horizontally scrollable box. The box is a labelled region in the tab order, so
 * keyboard users can scroll it too (WCAG 2.1.1; axe rule scrollable-region-focusable).
 */
export function Tabelvak({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="rm-tabel-wrap" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
