/**
 * @module
 * A browser-like visitor for HTTP tests with `app.inject`: keeps cookies, reads the CSRF token
 * from each page, follows nothing by itself. Bodies have no-break spaces replaced by spaces, so
 * "€ 131" compares with a plain space. `alsBurger` and `alsMedewerker` log a visitor in through the
 * real login forms, for tests whose subject is what comes after the login.
 */
import type { FastifyInstance } from 'fastify';

export interface Antwoord {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

const spaties = (html: string) => html.replace(/\u00a0/g, ' ');

export class Bezoeker {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly app: FastifyInstance) {}

  private header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private bewaar(res: { headers: Record<string, unknown>; body: string }) {
    const sc = res.headers['set-cookie'];
    for (const c of Array.isArray(sc) ? sc : sc ? [sc] : []) {
      const [kv] = String(c).split(';');
      const i = kv!.indexOf('=');
      const k = kv!.slice(0, i);
      const v = kv!.slice(i + 1);
      if (v === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(String(c))) this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1]!;
  }

  async get(url: string): Promise<Antwoord> {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie: this.header() } });
    this.bewaar(res);
    return { statusCode: res.statusCode, headers: res.headers, body: spaties(res.body) };
  }

  /** A form POST; `velden` values may repeat (arrays), as checkboxes do. */
  async post(url: string, velden: Record<string, string | string[]>, csrf = this.csrf): Promise<Antwoord> {
    const p = new URLSearchParams({ _csrf: csrf });
    for (const [k, v] of Object.entries(velden)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: p.toString(),
    });
    this.bewaar(res);
    return { statusCode: res.statusCode, headers: res.headers, body: spaties(res.body) };
  }

  /** A form POST as `multipart/form-data` with files, as a form with a file field sends it. */
  async postMetBestanden(
    url: string,
    velden: Record<string, string>,
    bestanden: readonly { veld: string; naam: string; type: string; inhoud: Uint8Array }[],
  ): Promise<Antwoord> {
    const grens = `----rm${Math.random().toString(16).slice(2)}`;
    const delen: Buffer[] = [];
    for (const [k, v] of Object.entries({ _csrf: this.csrf, ...velden }))
      delen.push(Buffer.from(`--${grens}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    for (const b of bestanden)
      delen.push(
        Buffer.from(
          `--${grens}\r\nContent-Disposition: form-data; name="${b.veld}"; filename="${b.naam}"\r\nContent-Type: ${b.type}\r\n\r\n`,
        ),
        Buffer.from(b.inhoud),
        Buffer.from('\r\n'),
      );
    delen.push(Buffer.from(`--${grens}--\r\n`));
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.header(), 'content-type': `multipart/form-data; boundary=${grens}` },
      payload: Buffer.concat(delen),
    });
    this.bewaar(res);
    return { statusCode: res.statusCode, headers: res.headers, body: spaties(res.body) };
  }

  /** A GET whose answer is bytes (a download). */
  async bytes(url: string): Promise<{ statusCode: number; headers: Antwoord['headers']; inhoud: Buffer }> {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie: this.header() } });
    return { statusCode: res.statusCode, headers: res.headers, inhoud: res.rawPayload };
  }

  /** Gets the form at `formulier` (for its CSRF token) and posts `velden` to it. */
  async vulIn(formulier: string, velden: Record<string, string | string[]>): Promise<Antwoord> {
    await this.get(formulier);
    return this.post(formulier, velden);
  }

  /** A visitor logged in with the DigiD simulation, holding the CSRF token of /mijn. */
  static async alsBurger(app: FastifyInstance, bsn: string): Promise<Bezoeker> {
    return Bezoeker.ingelogd(app, '/inloggen', { bsn }, '/mijn');
  }

  /** A visitor logged in as staff, holding the CSRF token of /werk. */
  static async alsMedewerker(app: FastifyInstance, naam: string, wachtwoord: string): Promise<Bezoeker> {
    return Bezoeker.ingelogd(app, '/medewerker/inloggen', { naam, wachtwoord }, '/werk');
  }

  private static async ingelogd(
    app: FastifyInstance,
    formulier: string,
    velden: Record<string, string>,
    landing: string,
  ): Promise<Bezoeker> {
    const b = new Bezoeker(app);
    const r = await b.vulIn(formulier, velden);
    if (r.statusCode !== 303 || r.headers.location !== landing)
      throw new Error(
        `Inloggen via ${formulier} mislukt: ${r.statusCode} ${String(r.headers.location ?? '')}`,
      );
    await b.get(landing); // the login gave a new CSRF token: read it from a page
    return b;
  }
}
