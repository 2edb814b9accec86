/**
 * @module
 * The parts every form of the app shares: a POST form that carries the CSRF token (double submit,
 * see `auth/csrf.ts`) and leaves validation to the server (`novalidate`: our error summary and
 * messages per field, WCAG 3.3.1), the row of actions, and the NLDS submit button.
 */
import { Button } from '@utrecht/button-react';
import type { ReactNode } from 'react';
import { CSRF_VELD } from '../auth/csrf';

/** The hidden field with the session's CSRF token. */
export function CsrfVeld({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_VELD} value={token} />;
}

/** A POST form with the CSRF token as its first field. */
export function PostFormulier({
  action,
  csrf,
  children,
  metBestanden = false,
}: {
  action: string;
  csrf: string;
  children?: ReactNode;
  /** The form sends files: `multipart/form-data` (read by @fastify/multipart, `bestanden.ts`). */
  metBestanden?: boolean;
}) {
  return (
    <form
      method="post"
      action={action}
      noValidate
      {...(metBestanden ? { encType: 'multipart/form-data' } : {})}
    >
      <CsrfVeld token={csrf} />
      {children}
    </form>
  );
}

/** The row of a form's buttons. */
export function Knoppen({ children }: { children: ReactNode }) {
  return <div className="rm-form-actions">{children}</div>;
}

/** A submit button: the primary action, or a secondary one; `naam`/`waarde` say which was pressed. */
export function Verzendknop({
  children,
  soort = 'primair',
  naam,
  waarde,
  formAction,
}: {
  children: ReactNode;
  soort?: 'primair' | 'secundair';
  naam?: string;
  waarde?: string;
  formAction?: string;
}) {
  return (
    <Button
      type="submit"
      name={naam}
      value={waarde}
      formAction={formAction}
      appearance={soort === 'primair' ? 'primary-action-button' : 'secondary-action-button'}
    >
      {children}
    </Button>
  );
}
