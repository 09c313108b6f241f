import { expect } from '@open-wc/testing';
import { portalText } from '../../demo/portal-text.js';
import { accountSwitcherCatalogues } from '../../src/i18n/account-switcher.js';
import { accountTreeCatalogues } from '../../src/i18n/account-tree.js';
import { addSubaccountDialogCatalogues } from '../../src/i18n/add-subaccount-dialog.js';
import { errorCatalogues } from '../../src/i18n/errors.js';
import { linkAccountFlowCatalogues } from '../../src/i18n/link-account-flow.js';
import { locationManagementCatalogues } from '../../src/i18n/location-management.js';
import { orderFlowCatalogues } from '../../src/i18n/order-subaccount-flow.js';

type Lang = 'de' | 'en';
interface Row {
  concept: string;
  de: string;
  en: string;
  notDe: string[];
  notEn: string[];
}

const catalogues = [
  accountSwitcherCatalogues,
  accountTreeCatalogues,
  addSubaccountDialogCatalogues,
  errorCatalogues,
  linkAccountFlowCatalogues,
  locationManagementCatalogues,
  orderFlowCatalogues,
  portalText,
] as unknown as Record<Lang, Record<string, unknown>>[];

/** Every shipped text of a language (plural forms included), with where it comes from. */
function texts(lang: Lang): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') out.push({ where, text: value });
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
  };
  catalogues.forEach((c, i) => walk(c[lang], `catalogue ${i}`));
  return out;
}

/** The glossary table of docs/localization.md: the docs and this test cannot drift apart. */
async function glossary(): Promise<Row[]> {
  const md = await (await fetch('/docs/localization.md')).text();
  const section = md.split('## Glossary')[1]?.split('\n## ')[0] ?? '';
  const list = (cell: string) => cell.split(';').map((s) => s.trim()).filter(Boolean);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| concept') && !line.startsWith('|---'))
    .map((line) => line.split('|').slice(1, -1).map((c) => c.trim()))
    .map(([concept, de, en, notDe, notEn]) => ({ concept, de, en, notDe: list(notDe), notEn: list(notEn) }));
}

const has = (text: string, term: string) => text.toLocaleLowerCase().includes(term.toLocaleLowerCase());

describe('glossary (docs/localization.md)', () => {
  let rows: Row[];
  before(async () => {
    rows = await glossary();
  });

  it('is found in the docs, with the article’s words', () => {
    expect(rows.length).to.be.greaterThan(10);
    const de = rows.map((r) => r.de);
    for (const word of ['Nebenaccount hinzufügen', 'Neuen Nebenaccount erstellen', 'Bestehendes Konto hinzufügen', 'Standortverwaltung', 'Hauptaccount', 'Nebenaccount', 'Sammelrechnung']) {
      expect(de, word).to.include(word);
    }
  });

  for (const lang of ['de', 'en'] as const) {
    it(`every ${lang} term is used by the shipped texts`, () => {
      const all = texts(lang);
      for (const row of rows) {
        const term = row[lang];
        expect(all.some((t) => has(t.text, term)), `${row.concept}: “${term}”`).to.equal(true);
      }
    });

    it(`no ${lang} text uses a word the glossary rules out`, () => {
      const offending: string[] = [];
      for (const { where, text } of texts(lang)) {
        for (const row of rows) {
          for (const bad of lang === 'de' ? row.notDe : row.notEn) {
            if (has(text, bad)) offending.push(`${where}: “${bad}” (use “${row[lang]}”) in “${text}”`);
          }
        }
      }
      expect(offending).to.deep.equal([]);
    });
  }

  it('German addresses the customer with “Sie” and is gender-neutral about account owners', () => {
    const offending = texts('de')
      .filter(({ text }) => /\b(ihm|Inhaber|Inhabers|du|dein|deine|dich|dir)\b/i.test(text))
      .map(({ where, text }) => `${where}: ${text}`);
    expect(offending).to.deep.equal([]);
  });
});
