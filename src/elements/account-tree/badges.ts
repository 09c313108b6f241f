import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Account, AccountRelation, AccountStatus } from '../../api/types.js';
import type { AccountTreeMessages } from '../../i18n/account-tree.js';
import { filterTerms } from './highlight.js';

/** What a badge says. Each has its own icon and shape, so none relies on colour alone. */
export type BadgeKind = 'main' | 'sub' | 'collective' | 'provisioning' | 'suspended' | 'this';

type Translate = (key: keyof AccountTreeMessages & string, params?: Record<string, unknown>) => string;

const LABEL: Record<BadgeKind, keyof AccountTreeMessages & string> = {
  main: 'mainBadge',
  sub: 'subBadge',
  collective: 'relationCollective',
  provisioning: 'statusProvisioning',
  suspended: 'statusSuspended',
  this: 'thisAccount',
};

const EXPLAIN: Record<BadgeKind, keyof AccountTreeMessages & string> = {
  main: 'mainExplain',
  sub: 'subExplain',
  collective: 'collectiveExplain',
  provisioning: 'provisioningExplain',
  suspended: 'suspendedExplain',
  this: 'thisAccountExplain',
};

const PART: Record<BadgeKind, string> = {
  main: 'badge badge-role',
  sub: 'badge badge-relation',
  collective: 'badge badge-relation',
  provisioning: 'badge badge-status',
  suspended: 'badge badge-status',
  this: 'badge badge-current',
};

/** Inline SVG (no external assets: strict CSP), drawn in the badge's text colour. */
const ICONS: Record<BadgeKind, SVGTemplateResult> = {
  // a building with a flag: the account the others hang on
  main: svg`<path d="M2.5 14.5v-8l5.5-4 5.5 4v8z" fill="currentColor"/><path d="M6.5 14.5v-4h3v4" fill="none" stroke="var(--_badge-icon-cut, #fff)" stroke-width="1.4"/>`,
  // an arrow turning off a line: hangs on the main account
  sub: svg`<path d="M4 1.5v7a2 2 0 0 0 2 2h7.5M10.5 7.5l3 3-3 3" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  // an invoice with lines
  collective: svg`<path d="M3.5 1.5h6l3 3v10h-9z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/><path d="M5.5 7.5h5M5.5 10.5h5" stroke="currentColor" stroke-width="1.6"/>`,
  // a clock
  provisioning: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4.5V8l2.5 2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>`,
  // a no-entry sign
  suspended: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M3.7 3.7l8.6 8.6" stroke="currentColor" stroke-width="1.8"/>`,
  // a person
  this: svg`<circle cx="8" cy="5" r="3" fill="currentColor"/><path d="M2.5 14.5a5.5 5 0 0 1 11 0z" fill="currentColor"/>`,
};

/** The badges a row shows, in reading order. A standalone account has no role badge. */
export function badgesOf(account: Account, options: { root: boolean; current: boolean }): BadgeKind[] {
  const kinds: BadgeKind[] = [];
  if (options.root) {
    if (account.role === 'main') kinds.push('main');
  } else if (account.role === 'sub' || account.relation) {
    kinds.push(account.relation === 'collective-invoice' ? 'collective' : 'sub');
  }
  if (options.current) kinds.push('this');
  if (account.status === 'provisioning') kinds.push('provisioning');
  else if (account.status === 'suspended') kinds.push('suspended');
  return kinds;
}

/** The badges next to a name: icon and text, nothing to tab to (the row is the tab stop). */
export function renderBadges(kinds: readonly BadgeKind[], t: Translate): TemplateResult | typeof nothing {
  if (!kinds.length) return nothing;
  return html`<span class="badges">${kinds.map(
    (kind) =>
      html`<span class="badge badge-${kind}" part=${PART[kind]} data-badge=${kind}
        ><svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${ICONS[kind]}</svg
        >${t(LABEL[kind])}</span
      >`,
  )}</span>`;
}

/**
 * What the badges mean, as one element: shown as a tooltip while the pointer is on the badges or
 * the row has keyboard focus, and the row's accessible description (`aria-describedby`), so a
 * screen reader hears it without another tab stop. `aria-hidden` keeps it out of the row's name.
 */
export function renderExplanation(id: string, kinds: readonly BadgeKind[], t: Translate, main?: string): TemplateResult | typeof nothing {
  if (!kinds.length) return nothing;
  return html`<span class="tip" id=${id} part="badge-tip" role="tooltip" aria-hidden="true"
    >${kinds.map((kind) => html`<span class="tip-line">${t(EXPLAIN[kind], { main: main ?? '' })}</span>`)}</span
  >`;
}

/** A list query: free text plus the relation and status a badge stands for. */
export interface BadgeQuery {
  search: string;
  relation?: AccountRelation;
  status?: AccountStatus;
}

/**
 * Reads badge labels out of a search text, so that typing "Sammelrechnung" (or "Wird
 * eingerichtet", "Gesperrt" — whatever the badges say in the page's language) finds those
 * accounts: a label given as whole words becomes the relation or status filter, the rest stays
 * free text. "Sammelrechnung Köln" → `{ relation: 'collective-invoice', search: 'Köln' }`.
 */
export function badgeQuery(text: string, t: Translate): BadgeQuery {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const folded = words.map((w) => filterTerms(w).join(''));
  const result: BadgeQuery = { search: '' };
  const labels: [string[], Partial<BadgeQuery>][] = [
    [filterTerms(t('relationCollective')), { relation: 'collective-invoice' }],
    // Every child is a sub-account (collective-invoice ones too): the word alone filters nothing.
    [filterTerms(t('subBadge')), {}],
    [filterTerms(t('statusProvisioning')), { status: 'provisioning' }],
    [filterTerms(t('statusSuspended')), { status: 'suspended' }],
  ];
  const used = new Array<boolean>(words.length).fill(false);
  for (const [label, filter] of labels) {
    if (!label.length) continue;
    for (let i = 0; i + label.length <= words.length; i++) {
      if (label.every((w, k) => !used[i + k] && folded[i + k] === w)) {
        for (let k = 0; k < label.length; k++) used[i + k] = true;
        Object.assign(result, filter);
        break;
      }
    }
  }
  result.search = words.filter((_, i) => !used[i]).join(' ');
  return result;
}
