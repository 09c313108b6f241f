/**
 * Seed data of the mock backend: deterministic and realistic German sites.
 *
 * Demo mode (the default of `MockBackend`): every verification code is `DEMO_CODE` (123456), so a
 * person trying the demo can complete the "add existing account" flow. Customer numbers to try:
 * - `SEED.linkable` (5200001 … 5200005): standalone accounts that can be linked to the main account;
 * - `SEED.alreadyLinked` (6100002) → `already-linked`; `SEED.isMain` (6100001) → `is-main-account`;
 * - `SEED.notFound` (9999999) → `not-found`; the main's own number (4711001) → `self-link`.
 */

/** The verification code in demo mode (the default). */
export const DEMO_CODE = '123456';

export const SEED = {
  /** "Nordlicht Kommunikation GmbH": the main account with 13 German sites. */
  main: { id: 'acc-main', customerNumber: '4711001', name: 'Nordlicht Kommunikation GmbH' },
  /** "Standort Hamburg-Altona": a sub-account of main (log in as it with `setCurrentAccount`). */
  sub: { id: 'acc-sub-hamburg', customerNumber: '4711002', name: 'Standort Hamburg-Altona' },
  /** "Hofladen Sommerfeld": a standalone account (becomes a main on its first sub-account). */
  standalone: { id: 'acc-standalone', customerNumber: '4711100', name: 'Hofladen Sommerfeld' },
  /** Standalone accounts that can be linked to main (or to standalone). */
  linkable: ['5200001', '5200002', '5200003', '5200004', '5200005'],
  /** A sub-account of another main account → `already-linked`. */
  alreadyLinked: '6100002',
  /** Another main account with sub-accounts → `is-main-account`. */
  isMain: '6100001',
  /** No such account → `not-found`. */
  notFound: '9999999',
  /** Sub-accounts of main in particular states (ids). */
  collectiveInvoice: ['acc-sub-koeln', 'acc-sub-duesseldorf'],
  provisioning: 'acc-sub-nuernberg',
  suspended: 'acc-sub-aegidienberg',
} as const;

/** A contact the verification code is sent to. */
export interface SeedContact {
  channel: 'email' | 'sms';
  /** An e-mail address or an E.164 phone number. */
  address: string;
}

/** One account as the seed describes it (role is derived from the links). */
export interface SeedAccount {
  id: string;
  customerNumber: string;
  name: string;
  status: 'active' | 'provisioning' | 'suspended';
  /** The main account this account hangs on. */
  mainId?: string;
  relation?: 'subaccount' | 'collective-invoice';
  site?: { name?: string; street?: string; postalCode?: string; city?: string; country?: string };
  contact?: SeedContact;
  /** May this account put sub-accounts on a collective invoice (mains only)? */
  collectiveInvoice?: boolean;
}

function site(street: string, postalCode: string, city: string) {
  return { street, postalCode, city, country: 'DE' };
}

const MAIN = SEED.main.id;

/** The seeded accounts. Fresh objects on every call (the backend mutates its own copy). */
export function seedAccounts(): SeedAccount[] {
  return [
    {
      id: MAIN,
      customerNumber: SEED.main.customerNumber,
      name: SEED.main.name,
      status: 'active',
      site: site('Ballindamm 17', '20095', 'Hamburg'),
      contact: { channel: 'email', address: 'it-verwaltung@nordlicht-kommunikation.de' },
      collectiveInvoice: true,
    },
    sub(SEED.sub.id, SEED.sub.customerNumber, SEED.sub.name, site('Große Bergstraße 152', '22767', 'Hamburg')),
    sub('acc-sub-muenchen', '4711003', 'Standort München-Schwabing', site('Leopoldstraße 77', '80802', 'München')),
    sub('acc-sub-koeln', '4711004', 'Standort Köln-Ehrenfeld', site('Venloer Straße 241', '50823', 'Köln'), {
      relation: 'collective-invoice',
    }),
    sub('acc-sub-duesseldorf', '4711005', 'Standort Düsseldorf Medienhafen', site('Speditionstraße 15', '40221', 'Düsseldorf'), {
      relation: 'collective-invoice',
    }),
    sub('acc-sub-leipzig', '4711006', 'Standort Leipzig Zentrum', site('Grimmaische Straße 2', '04109', 'Leipzig')),
    sub('acc-sub-nuernberg', '4711007', 'Standort Nürnberg Südstadt', site('Allersberger Straße 130', '90461', 'Nürnberg'), {
      status: 'provisioning',
    }),
    sub('acc-sub-wuerzburg', '4711008', 'Standort Würzburg', site('Juliuspromenade 64', '97070', 'Würzburg')),
    sub('acc-sub-ueberlingen', '4711009', 'Filiale Überlingen', site('Münsterstraße 12', '88662', 'Überlingen')),
    sub('acc-sub-aegidienberg', '4711010', 'Standort Ägidienberg', site('Aegidiusplatz 3', '53604', 'Bad Honnef'), {
      status: 'suspended',
    }),
    sub('acc-sub-bremen', '4711011', 'Lager Bremen', site('Am Wall 120', '28195', 'Bremen')),
    sub('acc-sub-dresden', '4711012', 'Standort Dresden-Neustadt', site('Königsbrücker Straße 55', '01099', 'Dresden')),
    sub('acc-sub-stuttgart', '4711013', 'Standort Stuttgart-Mitte', site('Königstraße 28', '70173', 'Stuttgart')),
    sub('acc-sub-essen', '4711014', 'Außenstelle Essen', site('Rüttenscheider Straße 90', '45130', 'Essen')),

    {
      id: SEED.standalone.id,
      customerNumber: SEED.standalone.customerNumber,
      name: SEED.standalone.name,
      status: 'active',
      site: site('Randersackerer Straße 8', '97072', 'Würzburg'),
      contact: { channel: 'email', address: 'kontakt@hofladen-sommerfeld.de' },
    },

    linkable('acc-link-1', SEED.linkable[0], 'Kanzlei Weber & Partner', site('Karl-Liebknecht-Straße 36', '04107', 'Leipzig'), {
      channel: 'email',
      address: 'm.weber@kanzlei-weber.example.de',
    }),
    linkable('acc-link-2', SEED.linkable[1], 'Autohaus Krämer', site('Aachener Straße 1040', '50858', 'Köln'), {
      channel: 'sms',
      address: '+4917612345612',
    }),
    linkable('acc-link-3', SEED.linkable[2], 'Ärztehaus am Rhein', site('Rheinort 4', '40213', 'Düsseldorf'), {
      channel: 'email',
      address: 'empfang@aerztehaus-am-rhein.example.de',
    }),
    linkable('acc-link-4', SEED.linkable[3], 'Zahnarztpraxis Dr. Schütz', site('Sendlinger Straße 21', '80331', 'München'), {
      channel: 'email',
      address: 'praxis@dr-schuetz.example.de',
    }),
    linkable('acc-link-5', SEED.linkable[4], 'Gärtnerei Lindenhof', site('Fürther Straße 212', '90429', 'Nürnberg'), {
      channel: 'sms',
      address: '+4915112345678',
    }),

    {
      id: 'acc-other-main',
      customerNumber: SEED.isMain,
      name: 'Südwind Telekom AG',
      status: 'active',
      site: site('Kaiser-Joseph-Straße 180', '79098', 'Freiburg im Breisgau'),
      contact: { channel: 'email', address: 'verwaltung@suedwind-telekom.example.de' },
      collectiveInvoice: true,
    },
    {
      id: 'acc-other-sub-1',
      customerNumber: SEED.alreadyLinked,
      name: 'Südwind Filiale Konstanz',
      status: 'active',
      mainId: 'acc-other-main',
      relation: 'subaccount',
      site: site('Marktstätte 9', '78462', 'Konstanz'),
      contact: { channel: 'email', address: 'konstanz@suedwind-telekom.example.de' },
    },
    {
      id: 'acc-other-sub-2',
      customerNumber: '6100003',
      name: 'Südwind Filiale Lörrach',
      status: 'active',
      mainId: 'acc-other-main',
      relation: 'collective-invoice',
      site: site('Turmstraße 20', '79539', 'Lörrach'),
      contact: { channel: 'email', address: 'loerrach@suedwind-telekom.example.de' },
    },
  ];
}

function sub(
  id: string,
  customerNumber: string,
  name: string,
  s: ReturnType<typeof site>,
  extra: Partial<SeedAccount> = {},
): SeedAccount {
  const local = id.replace(/^acc-sub-/, '');
  return {
    id,
    customerNumber,
    name,
    status: 'active',
    mainId: MAIN,
    relation: 'subaccount',
    site: { name, ...s },
    contact: { channel: 'email', address: `${local}@nordlicht-kommunikation.de` },
    ...extra,
  };
}

function linkable(id: string, customerNumber: string, name: string, s: ReturnType<typeof site>, contact: SeedContact): SeedAccount {
  return { id, customerNumber, name, status: 'active', site: s, contact };
}
