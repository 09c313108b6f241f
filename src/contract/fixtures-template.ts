/**
 * The commented fixtures template `account-widgets verify --init` writes. JSON with `//` line
 * comments (the loader strips them); every value is an example to replace with staging data.
 */
export const FIXTURES_TEMPLATE = `// Fixtures for \`account-widgets verify\`: which accounts on YOUR backend provoke each case.
// Replace every value with data from your staging system; delete a block you cannot provide —
// the cases that need it are then reported as skipped, saying what they need.
// Docs: node_modules/account-widgets/docs/partners.md (or the project's docs/partners.md).
{
  // The account --header signs in as: a MAIN account with several sub-accounts.
  // Leave it out and verify uses what GET /me returns.
  "main": { "id": "acc-main", "customerNumber": "4711001", "name": "Nordlicht Kommunikation GmbH" },

  // A sub-account of "main".
  "sub": { "id": "acc-sub-hamburg", "customerNumber": "4711002", "name": "Standort Hamburg-Altona" },

  // A standalone account that is not "main" (no main account, no sub-accounts).
  "standalone": { "id": "acc-standalone", "customerNumber": "4711100", "name": "Hofladen Sommerfeld" },

  // Four customer numbers of standalone accounts "main" may link. The link cases LINK them:
  // without "control" (below) reset your staging data, or give fresh numbers, before each run.
  "linkable": ["5200001", "5200002", "5200003", "5200004"],

  // A sub-account of ANOTHER main account (-> already-linked).
  "alreadyLinked": "6100002",
  // Another main account that has sub-accounts (-> is-main-account).
  "isMain": "6100001",
  // A customer number that does not exist (-> not-found).
  "notFound": "9999999",

  // What main's sub-account list holds: its size, sort order and words to search for.
  "list": {
    "minTotal": 10,
    // The collation locale, names that must appear, and two names in their sorted order.
    "collation": { "locale": "de", "names": ["Standort Ägidienberg"], "before": ["Standort Ägidienberg", "Standort Dresden-Neustadt"] },
    "search": {
      "city": "köln", "cityMatch": "Standort Köln-Ehrenfeld", "cityFolded": "KOLN",
      "street": "Venloer", "streetMatches": ["Standort Köln-Ehrenfeld"],
      "common": "Standort",
      "none": "Zzyzx-Nirgendwo"
    }
  },

  // Ids of sub-accounts of "main" for the unlink cases: a plain one, one on the collective invoice
  // and one still being set up (status provisioning). The unlink cases UNLINK the first two.
  "unlink": { "subaccount": "acc-sub-leipzig", "collectiveInvoice": "acc-sub-koeln", "provisioning": "acc-sub-nuernberg" },

  // Your link rules, in milliseconds.
  "link": { "maxAttempts": 3, "codeTtlMs": 600000, "resendCooldownMs": 30000, "startLimit": 10, "startWindowMs": 600000 },

  // An order's site and contact (the order cases PLACE orders), a word of the site name that finds
  // only the ordered account, how long provisioning takes, and (with control) the failure reason.
  "order": {
    "site": { "name": "Filiale Würzburg-Heidingsfeld", "street": "Klingenstraße 4", "postalCode": "97084", "city": "Würzburg" },
    "contactEmail": "standort@example.com",
    "siteSearch": "Heidingsfeld",
    "provisioningMs": 4000,
    "failureReason": "Die Adresse konnte nicht versorgt werden."
  },

  // How verify obtains the verification code on staging: a fixed test code ...
  "code": { "fixed": "123456" },
  // ... or a URL that answers the code last sent (text or {"code": "..."}), sent with --header:
  // "code": { "url": "https://staging.example.com/test/link-codes/{challengeId}" },

  // Headers that sign in as "sub" and "standalone" (merged over --header); their values are
  // redacted in every report, like --header's.
  "sessions": {
    "sub": { "Authorization": "Bearer <token of the sub-account>" },
    "standalone": { "Authorization": "Bearer <token of the standalone account>" }
  }

  // Optional test hooks (reset, clock, failure injection) under this URL, relative to --base-url;
  // the reference server has them at "__demo". Without them the cases that need them are skipped.
  // , "control": "__test"
}
`;
