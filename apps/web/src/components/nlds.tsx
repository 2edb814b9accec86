/**
 * @module
 * Thin NL Design System components that the installed Utrecht React packages do not cover
 * (heading, paragraph, alert, lists, skip link), rendered with the Utrecht CSS class names so the
 * same tokens style them. Button, Link, Textbox, FormField, FormLabel, Fieldset and RadioButton
 * come from the @utrecht/*-react packages themselves.
 */
import type { ReactNode } from 'react';

export function Heading({ level, children, id }: { level: 1 | 2 | 3 | 4; children: ReactNode; id?: string }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={`utrecht-heading-${level}`}>
      {children}
    </Tag>
  );
}

export function Paragraph({
  children,
  soort,
  id,
}: {
  children: ReactNode;
  soort?: 'lead' | 'small';
  id?: string;
}) {
  const cls = soort ? `utrecht-paragraph utrecht-paragraph--${soort}` : 'utrecht-paragraph';
  return (
    <p id={id} className={cls}>
      {children}
    </p>
  );
}

/** NLDS Alert. `role` only for messages that must be announced at once. */
export function Alert({
  type,
  children,
  role,
}: {
  type: 'info' | 'ok' | 'warning' | 'error';
  children: ReactNode;
  role?: 'status' | 'alert';
}) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function UnorderedList({ children }: { children: ReactNode }) {
  return <ul className="utrecht-unordered-list">{children}</ul>;
}

export function ListItem({ children }: { children: ReactNode }) {
  return <li className="utrecht-unordered-list__item">{children}</li>;
}

export function SkipLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus rm-skiplink" href={href}>
      {children}
    </a>
  );
}
