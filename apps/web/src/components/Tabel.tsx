/**
 * @module
 * A data table in the NL Design System pattern (Utrecht Table classes): a caption that names it,
 * column headers with `scope="col"`, and the rows the caller gives (each row's key cell a
 * `<th scope="row">`), inside a horizontally scrollable box that keyboard users can reach too
 * (WCAG 1.3.1 info and relationships, 2.1.1 keyboard; axe rule scrollable-region-focusable).
 */
import type { ReactNode } from 'react';

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

export interface TabelProps {
  /** The caption, also the label of the scrollable box. */
  readonly bijschrift: string;
  /** The column headers, in order (texts from the catalogue). */
  readonly kolommen: readonly string[];
  /** Extra classes on the table, after `utrecht-table rm-tabel`. */
  readonly klasse?: string;
  /** The body rows (`<tr>` elements). */
  readonly children: ReactNode;
}

export function Tabel({ bijschrift, kolommen, klasse, children }: TabelProps) {
  return (
    <Tabelvak label={bijschrift}>
      <table className={klasse ? `utrecht-table rm-tabel ${klasse}` : 'utrecht-table rm-tabel'}>
        <caption>{bijschrift}</caption>
        <thead>
          <tr>
            {kolommen.map((k) => (
              <th key={k} scope="col">
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </Tabelvak>
  );
}
