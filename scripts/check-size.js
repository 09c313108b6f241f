// Run at the end of `npm run build`: the drop-in bundle against the DESIGN §5 budget
// ("all elements with Lit ≤ 35 KB min+gzip"). The bundle is still over budget (docs/decisions.md,
// "Bundle size", says why), so for now this prints a warning line with the figure and does not
// fail the build; once the bundle fits, set FAIL_OVER_BUDGET to true so a regression fails it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const FILE = 'dist/account-widgets.bundle.js';
const BUDGET = 35 * 1024;
const FAIL_OVER_BUDGET = false;

const code = readFileSync(FILE);
const gzip = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const figure = `${FILE}: ${kb(gzip)} min+gzip (${kb(code.length)} minified), budget ${kb(BUDGET)}`;
if (gzip <= BUDGET) console.log(`size: ${figure}: within budget`);
else if (FAIL_OVER_BUDGET) {
  console.error(`size: ${figure}: OVER BUDGET by ${kb(gzip - BUDGET)}`);
  process.exitCode = 1;
} else console.warn(`size: warning: ${figure}: over budget by ${kb(gzip - BUDGET)} (see docs/decisions.md, "Bundle size")`);
