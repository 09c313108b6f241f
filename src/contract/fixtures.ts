/**
 * Fixtures: what a backend's data must offer for each contract case to provoke its rule — an
 * already-linked account, a number that does not exist, how to obtain the verification code, …
 * A partner's staging data differs from our seed, so `account-widgets verify --fixtures file.json`
 * names them; a case whose fixtures are missing is skipped, saying what it needs (`NEEDS`).
 *
 * `control` is optional: test hooks (reset, clock, failure injection) a backend may offer on
 * staging; the reference server offers them (see docs/partners.md, "Test hooks").
 */

export interface AccountFixture {
  id: string;
  customerNumber: string;
  name: string;
}

export interface ContractFixtures {
  /** The account the request headers sign in as: a main account with sub-accounts. Default: what `GET /me` returns. */
  main?: AccountFixture;
  /** A sub-account of `main`. */
  sub?: AccountFixture;
  /** A standalone account that is not `main` (not linked to anyone, no sub-accounts). */
  standalone?: AccountFixture;
  /** Customer numbers of standalone accounts that can be linked to `main` (four, distinct). Linking changes data: see `control.reset`. */
  linkable?: string[];
  /** A sub-account of another main account (→ `already-linked`). */
  alreadyLinked?: string;
  /** Another main account with sub-accounts (→ `is-main-account`). */
  isMain?: string;
  /** A customer number that does not exist (→ `not-found`). */
  notFound?: string;
  /** What `main`'s sub-account list holds, for the listing and search cases. */
  list?: {
    /** Sub-accounts of `main` at least. */
    minTotal: number;
    /** The collation locale of the list (BCP 47) and names that prove it: `before[0]` sorts before `before[1]`. */
    collation: { locale: string; names: string[]; before: [string, string] };
    search: {
      /** A city (lower case) one of the sub-accounts is in, and the name of one account it finds. */
      city: string;
      cityMatch: string;
      /** The same city in capitals without accents (the search folds case and accents). */
      cityFolded: string;
      /** A word of a street, and the names of every account it finds. */
      street: string;
      streetMatches: string[];
      /** A word many names share (more than three accounts). */
      common: string;
      /** A word nothing matches. */
      none: string;
    };
  };
  /**
   * Sub-accounts of `main` for the unlink cases (ids): a plain one, one on the collective invoice,
   * and one still being set up. The unlink cases UNLINK the first two: reset between runs.
   */
  unlink?: { subaccount: string; collectiveInvoice: string; provisioning: string };
  /** The link rules of the backend (milliseconds). */
  link?: { maxAttempts: number; codeTtlMs: number; resendCooldownMs: number; startLimit: number; startWindowMs: number };
  /** An order draft's site and contact, and a word of its site name that finds only the ordered account. */
  order?: {
    site: { name: string; street: string; postalCode: string; city: string };
    contactEmail: string;
    siteSearch: string;
    /** How long provisioning takes (ms), and the reason `control.failNextOrder` makes an order fail with. */
    provisioningMs: number;
    failureReason: string;
  };
  /** How the verification code sent for a link request is obtained on this backend. */
  code?: {
    /** Every code is this one (a staging setting). */
    fixed?: string;
    /** A URL answering the code last sent for a link request (text, or JSON `{ "code": … }`); `{challengeId}` is filled in. Sent with `--header`. */
    url?: string;
  };
  /** Headers that sign in as `sub` or `standalone` (for the cases acting as them), merged over `--header`. */
  sessions?: { sub?: Record<string, string>; standalone?: Record<string, string> };
  /** The base URL of the backend's test hooks (relative to `--base-url`, or absolute); see docs/partners.md. */
  control?: string;
}

/** Everything a case may rely on once its needs are met. */
export type CompleteFixtures = Required<Omit<ContractFixtures, 'sessions' | 'control' | 'code'>> &
  Pick<ContractFixtures, 'sessions' | 'control' | 'code'>;

/**
 * What a case may need, and what to put in the fixtures for it. Fixture keys are checked for
 * presence; `as-sub` / `as-standalone` need `sessions` or `control`; `code` needs `code` or
 * `control`; `control` needs the test hooks.
 */
export const NEEDS = {
  main: 'fixtures.main — the signed-in main account (id, customerNumber, name)',
  sub: 'fixtures.sub — a sub-account of the main account',
  standalone: 'fixtures.standalone — a standalone account other than the main one',
  linkable: 'fixtures.linkable — four customer numbers of standalone accounts that can be linked',
  alreadyLinked: 'fixtures.alreadyLinked — a sub-account of another main account',
  isMain: 'fixtures.isMain — another main account with sub-accounts',
  notFound: 'fixtures.notFound — a customer number that does not exist',
  list: 'fixtures.list — names and search words of the main account\'s sub-accounts',
  unlink: 'fixtures.unlink — ids of a sub-account, a collective-invoice one and a provisioning one of the main account',
  link: 'fixtures.link — the link rules (attempts, code lifetime, resend cool-down, start limit)',
  order: 'fixtures.order — an order draft\'s site and contact, provisioning time',
  code: 'fixtures.code — how to obtain the verification code (a fixed test code or a URL)',
  'as-sub': 'fixtures.sessions.sub — headers that sign in as the sub-account (or fixtures.control)',
  'as-standalone': 'fixtures.sessions.standalone — headers that sign in as the standalone account (or fixtures.control)',
  control: 'fixtures.control — test hooks: reset, clock, failure injection, settings (docs/partners.md)',
} as const;

export type Need = keyof typeof NEEDS;

/** The needs of `needs` that `fixtures` does not meet (with what to add), in order. */
export function missingNeeds(needs: readonly Need[], fixtures: ContractFixtures): string[] {
  const f = fixtures as Record<string, unknown>;
  const has = (need: Need): boolean => {
    switch (need) {
      case 'control':
        return typeof fixtures.control === 'string';
      case 'code':
        return !!fixtures.code?.fixed || !!fixtures.code?.url || typeof fixtures.control === 'string';
      case 'as-sub':
        return !!fixtures.sessions?.sub || typeof fixtures.control === 'string';
      case 'as-standalone':
        return !!fixtures.sessions?.standalone || typeof fixtures.control === 'string';
      case 'linkable':
        return Array.isArray(fixtures.linkable) && fixtures.linkable.length >= 4;
      default:
        return f[need] !== undefined && f[need] !== null;
    }
  };
  return needs.filter((n) => !has(n)).map((n) => NEEDS[n]);
}

export class FixturesError extends Error {
  override name = 'FixturesError';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a fixtures document (JSON; `//` line comments allowed, as in the `--init` template).
 * Throws `FixturesError` naming the source, the place and what is wrong.
 */
export function parseFixtures(text: string, source = 'fixtures'): ContractFixtures {
  let doc: unknown;
  try {
    doc = JSON.parse(stripLineComments(text));
  } catch (error) {
    throw new FixturesError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(doc)) throw new FixturesError(`${source} must hold a JSON object, not ${Array.isArray(doc) ? 'an array' : typeof doc}.`);
  const problems: string[] = [];
  const known = new Set(['$schema', 'main', 'sub', 'standalone', 'linkable', 'alreadyLinked', 'isMain', 'notFound', 'list', 'unlink', 'link', 'order', 'code', 'sessions', 'control']);
  for (const key of Object.keys(doc)) if (!known.has(key)) problems.push(`"${key}" is not a fixture (known: ${[...known].slice(1).join(', ')})`);
  for (const key of ['main', 'sub', 'standalone'] as const) {
    const a = doc[key];
    if (a === undefined) continue;
    if (!isRecord(a)) problems.push(`"${key}" must be an object { id, customerNumber, name }`);
    else for (const field of ['id', 'customerNumber', 'name']) if (typeof a[field] !== 'string' || a[field] === '') problems.push(`"${key}.${field}" must be a non-empty string`);
  }
  for (const key of ['alreadyLinked', 'isMain', 'notFound', 'control'] as const) {
    if (doc[key] !== undefined && (typeof doc[key] !== 'string' || doc[key] === '')) problems.push(`"${key}" must be a non-empty string`);
  }
  if (doc.linkable !== undefined) {
    const l = doc.linkable;
    if (!Array.isArray(l) || !l.every((x) => typeof x === 'string' && x !== '')) problems.push('"linkable" must be an array of customer numbers (strings)');
    else if (new Set(l).size !== l.length) problems.push('"linkable" must not repeat a customer number');
  }
  if (doc.unlink !== undefined) {
    const u = doc.unlink;
    if (!isRecord(u) || !['subaccount', 'collectiveInvoice', 'provisioning'].every((k) => typeof u[k] === 'string' && u[k] !== '')) {
      problems.push('"unlink" must be { "subaccount": id, "collectiveInvoice": id, "provisioning": id } (account ids)');
    }
  }
  if (doc.code !== undefined) {
    const c = doc.code;
    if (!isRecord(c) || (typeof c.fixed !== 'string' && typeof c.url !== 'string')) {
      problems.push('"code" must be { "fixed": "123456" } or { "url": "https://…/last-code?challenge={challengeId}" }');
    } else if (typeof c.url === 'string' && !/^https?:\/\//.test(c.url)) problems.push('"code.url" must be an absolute http(s) URL');
  }
  if (doc.sessions !== undefined) {
    const s = doc.sessions;
    if (!isRecord(s)) problems.push('"sessions" must be an object { "sub": { header: value }, "standalone": { … } }');
    else
      for (const [who, headers] of Object.entries(s)) {
        if (who !== 'sub' && who !== 'standalone') problems.push(`"sessions.${who}" is not a session (sub, standalone)`);
        else if (!isRecord(headers) || !Object.values(headers).every((v) => typeof v === 'string')) problems.push(`"sessions.${who}" must map header names to strings`);
      }
  }
  for (const [key, fields] of [
    ['link', ['maxAttempts', 'codeTtlMs', 'resendCooldownMs', 'startLimit', 'startWindowMs']],
    ['order', ['provisioningMs']],
    ['list', ['minTotal']],
  ] as const) {
    const v = doc[key];
    if (v === undefined) continue;
    if (!isRecord(v)) {
      problems.push(`"${key}" must be an object`);
      continue;
    }
    for (const field of fields) if (typeof v[field] !== 'number' || !(v[field] as number >= 0)) problems.push(`"${key}.${field}" must be a number ≥ 0`);
  }
  if (isRecord(doc.list)) {
    const l = doc.list;
    if (!isRecord(l.collation) || !Array.isArray((l.collation as Record<string, unknown>).before)) problems.push('"list.collation" must be { locale, names, before: [a, b] }');
    if (!isRecord(l.search)) problems.push('"list.search" must be an object (city, cityMatch, cityFolded, street, streetMatches, common, none)');
  }
  if (isRecord(doc.order) && (!isRecord(doc.order.site) || typeof doc.order.contactEmail !== 'string' || typeof doc.order.siteSearch !== 'string')) {
    problems.push('"order" must have site { name, street, postalCode, city }, contactEmail and siteSearch');
  }
  if (problems.length > 0) throw new FixturesError(`${source} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n  - ${problems.join('\n  - ')}`);
  return doc as ContractFixtures;
}

/** Removes `//` comments that start a line (after blanks), so the commented template parses. */
function stripLineComments(text: string): string {
  return text.replace(/^\s*\/\/.*$/gm, '');
}
