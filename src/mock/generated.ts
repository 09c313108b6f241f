import type { SeedAccount } from './seed.js';
import { fold, foldTransliterated, nameCollator } from './util.js';

/**
 * Generated sub-accounts for large lists and benchmarks (up to 100,000): plausible German sites
 * from small tables, built lazily with simple loops. Account `i` (0-based) is
 * `{ id: 'acc-gen-<i+1>', customerNumber: '48' + 8 digits, name: '<kind> <city> <n>' }`.
 *
 * Because every name is "<kind> <city> <n>", their German collation order is known without
 * comparing 100,000 strings: sort the few "<kind> <city>" prefixes, then count `n` up. The
 * backend's tests check this order against a full collator sort.
 */

/** An account as the backend stores it: the seed shape plus its cached search text. */
export interface AccountRecord extends SeedAccount {
  /** Folded search text, computed on first search. */
  hay?: string;
  /** Index among the generated accounts. */
  gen?: number;
}

const KINDS = ['Filiale', 'Standort', 'Büro', 'Lager', 'Außenstelle', 'Niederlassung', 'Praxis', 'Werkstatt'];

/** [city, postal code prefix (3 digits), streets] — no "<kind> <city>" is a prefix of another. */
const CITIES: readonly (readonly [string, string, readonly string[]])[] = [
  ['Hamburg', '220', ['Mönckebergstraße', 'Eppendorfer Weg', 'Osterstraße', 'Wandsbeker Chaussee']],
  ['München', '803', ['Maximilianstraße', 'Tal', 'Schleißheimer Straße', 'Rosenheimer Straße']],
  ['Köln', '506', ['Hohe Straße', 'Ehrenstraße', 'Severinstraße', 'Deutzer Freiheit']],
  ['Düsseldorf', '402', ['Königsallee', 'Schadowstraße', 'Kölner Straße', 'Lorettostraße']],
  ['Leipzig', '041', ['Petersstraße', 'Karl-Heine-Straße', 'Eisenbahnstraße', 'Könneritzstraße']],
  ['Nürnberg', '904', ['Königstraße', 'Breite Gasse', 'Fürther Straße', 'Äußere Sulzbacher Straße']],
  ['Würzburg', '970', ['Domstraße', 'Sanderstraße', 'Semmelstraße', 'Zellerauer Straße']],
  ['Berlin', '101', ['Friedrichstraße', 'Schönhauser Allee', 'Kurfürstendamm', 'Müllerstraße']],
  ['Frankfurt am Main', '603', ['Zeil', 'Berger Straße', 'Schweizer Straße', 'Leipziger Straße']],
  ['Stuttgart', '701', ['Königstraße', 'Tübinger Straße', 'Marienstraße', 'Böblinger Straße']],
  ['Dresden', '010', ['Prager Straße', 'Königsbrücker Straße', 'Hauptstraße', 'Louisenstraße']],
  ['Bremen', '281', ['Obernstraße', 'Ostertorsteinweg', 'Sögestraße', 'Vegesacker Straße']],
  ['Hannover', '301', ['Georgstraße', 'Lister Meile', 'Limmerstraße', 'Engelbosteler Damm']],
  ['Essen', '451', ['Kettwiger Straße', 'Rüttenscheider Straße', 'Altendorfer Straße', 'Frohnhauser Straße']],
  ['Dortmund', '441', ['Westenhellweg', 'Kampstraße', 'Märkische Straße', 'Brackeler Straße']],
  ['Münster', '481', ['Prinzipalmarkt', 'Ludgeristraße', 'Hammer Straße', 'Wolbecker Straße']],
  ['Freiburg im Breisgau', '791', ['Kaiser-Joseph-Straße', 'Bertoldstraße', 'Habsburgerstraße', 'Güterbahnhofstraße']],
  ['Regensburg', '930', ['Gesandtenstraße', 'Ludwigstraße', 'Kumpfmühler Straße', 'Prüfeninger Straße']],
  ['Augsburg', '861', ['Maximilianstraße', 'Bahnhofstraße', 'Göggingerstraße', 'Haunstetter Straße']],
  ['Lübeck', '235', ['Breite Straße', 'Hüxstraße', 'Fackenburger Allee', 'Moislinger Allee']],
  ['Göttingen', '370', ['Weender Straße', 'Groner Straße', 'Kurze Geismarstraße', 'Bürgerstraße']],
  ['Jena', '077', ['Löbderstraße', 'Wagnergasse', 'Dornburger Straße', 'Karl-Liebknecht-Straße']],
  ['Öhringen', '746', ['Marktplatz', 'Rathausstraße', 'Haller Straße', 'Öhrnberger Straße']],
  ['Überlingen', '886', ['Münsterstraße', 'Christophstraße', 'Aufkircher Straße', 'Bahnhofstraße']],
];

const N_CITIES = CITIES.length;
const N_KINDS = KINDS.length;
const PER_ROUND = N_CITIES * N_KINDS;
/** A word matches a table entry when it is in its folded or its transliterated form ("koeln"). */
const matchesPart = (term: string, part: string) => fold(part).includes(term) || foldTransliterated(part).includes(term);
/** Decimal strings of small numbers (site numbers, house numbers), made once. */
const NUMBERS = Array.from({ length: 1000 }, (_, i) => String(i));

/** The most generated sub-accounts. */
export const MAX_GENERATED = 100_000;

export class GeneratedAccounts {
  readonly count: number;
  private records: AccountRecord[] | undefined;
  private order: AccountRecord[] | undefined;

  constructor(
    readonly mainId: string,
    count: number,
  ) {
    this.count = Number.isFinite(count) ? Math.max(0, Math.min(MAX_GENERATED, Math.floor(count))) : 0;
  }

  /** Every generated account, by index (built on first use). */
  all(): AccountRecord[] {
    if (!this.records) {
      const out: AccountRecord[] = new Array(this.count);
      for (let i = 0; i < this.count; i++) out[i] = this.build(i);
      this.records = out;
    }
    return this.records;
  }

  byId(id: string): AccountRecord | undefined {
    const m = /^acc-gen-([1-9]\d{0,5})$/.exec(id);
    const i = m ? Number(m[1]) - 1 : -1;
    return i >= 0 && i < this.count ? this.all()[i] : undefined;
  }

  byCustomerNumber(customerNumber: string): AccountRecord | undefined {
    const m = /^48(\d{8})$/.exec(customerNumber);
    const i = m ? Number(m[1]) - 1 : -1;
    return i >= 0 && i < this.count ? this.all()[i] : undefined;
  }

  /** The generated accounts in German name order (a fresh array). */
  sorted(): AccountRecord[] {
    if (!this.order) {
      const all = this.all();
      const prefixes: { kind: number; city: number; label: string }[] = [];
      for (let kind = 0; kind < N_KINDS; kind++) {
        for (let city = 0; city < N_CITIES; city++) prefixes.push({ kind, city, label: `${KINDS[kind]} ${CITIES[city][0]}` });
      }
      prefixes.sort((a, b) => nameCollator.compare(a.label, b.label));
      const rounds = Math.ceil(this.count / PER_ROUND);
      const order: AccountRecord[] = [];
      for (const p of prefixes) {
        for (let n = 0; n < rounds; n++) {
          const i = n * PER_ROUND + p.kind * N_CITIES + p.city;
          if (i < this.count) order.push(all[i]);
        }
      }
      this.order = order;
    }
    return this.order.slice();
  }

  /**
   * A filter for folded search words over generated accounts, answering from the structure of the
   * names instead of per-account text: each word is matched once against the small tables (kinds,
   * cities, streets); only words made of digits look at an account's numbers. Equivalent to
   * `matches(searchText(account), terms)` (the backend's tests check this), and a few ms at 100,000.
   */
  matcher(terms: readonly string[]): (r: AccountRecord) => boolean {
    const tables = terms.map((term) => ({
      term,
      digits: /^\d+$/.test(term),
      kinds: KINDS.map((k) => matchesPart(term, k)),
      cities: CITIES.map(([city]) => matchesPart(term, city)),
      streets: CITIES.map(([, , streets]) => streets.map((st) => matchesPart(term, st))),
    }));
    return (r) => {
      const i = r.gen!;
      const city = i % N_CITIES;
      const kind = Math.floor(i / N_CITIES) % N_KINDS;
      const street = i % CITIES[city][2].length;
      for (const t of tables) {
        if (t.kinds[kind] || t.cities[city] || t.streets[city][street]) continue;
        if (
          t.digits &&
          (NUMBERS[Math.floor(i / PER_ROUND) + 1].includes(t.term) ||
            NUMBERS[(i % 180) + 1].includes(t.term) ||
            r.customerNumber.includes(t.term) ||
            r.site!.postalCode!.includes(t.term))
        ) {
          continue;
        }
        return false;
      }
      return true;
    };
  }

  private build(i: number): AccountRecord {
    const [city, plz, streets] = CITIES[i % N_CITIES];
    const kind = KINDS[Math.floor(i / N_CITIES) % N_KINDS];
    const name = `${kind} ${city} ${Math.floor(i / PER_ROUND) + 1}`;
    return {
      id: `acc-gen-${i + 1}`,
      customerNumber: `48${String(i + 1).padStart(8, '0')}`,
      name,
      status: i % 211 === 7 ? 'suspended' : 'active',
      mainId: this.mainId,
      relation: i % 17 === 3 ? 'collective-invoice' : 'subaccount',
      site: {
        name,
        street: `${streets[i % streets.length]} ${(i % 180) + 1}`,
        postalCode: `${plz}${String(i % 100).padStart(2, '0')}`,
        city,
        country: 'DE',
      },
      gen: i,
    };
  }
}
