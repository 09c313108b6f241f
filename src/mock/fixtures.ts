/**
 * The contract fixtures of the mock backend's seed: what `account-widgets verify` needs to run
 * every case against the reference server (shipped as `dist/server/fixtures.json`), and what the
 * conformance suite uses for `InMemoryAdapter` and `RestAdapter` over MSW. One object, so the three
 * runs agree. `control: '__demo'` points at the reference server's test hooks under the base URL.
 */
import type { ContractFixtures } from '../contract/fixtures.js';
import { LINK_RULES } from './mock-backend.js';
import { DEMO_CODE, SEED } from './seed.js';

export const REFERENCE_FIXTURES = {
  main: { ...SEED.main },
  sub: { ...SEED.sub },
  standalone: { ...SEED.standalone },
  linkable: [...SEED.linkable],
  alreadyLinked: SEED.alreadyLinked,
  isMain: SEED.isMain,
  notFound: SEED.notFound,
  list: {
    minTotal: 10,
    collation: { locale: 'de', names: ['Standort Ägidienberg', 'Filiale Überlingen'], before: ['Standort Ägidienberg', 'Standort Dresden-Neustadt'] },
    search: {
      city: 'köln',
      cityMatch: 'Standort Köln-Ehrenfeld',
      cityFolded: 'KOLN',
      street: 'Venloer',
      streetMatches: ['Standort Köln-Ehrenfeld'],
      common: 'Standort',
      none: 'Zzyzx-Nirgendwo',
    },
  },
  unlink: { subaccount: 'acc-sub-leipzig', collectiveInvoice: SEED.collectiveInvoice[0], provisioning: SEED.provisioning },
  link: { ...LINK_RULES },
  order: {
    site: { name: 'Filiale Würzburg-Heidingsfeld', street: 'Klingenstraße 4', postalCode: '97084', city: 'Würzburg' },
    contactEmail: 'standort@nordlicht-kommunikation.de',
    siteSearch: 'Heidingsfeld',
    provisioningMs: 4000,
    failureReason: 'Die Adresse konnte nicht versorgt werden.',
  },
  code: { fixed: DEMO_CODE },
  control: '__demo',
} satisfies ContractFixtures;
