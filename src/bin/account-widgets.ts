#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `account-widgets` command (package `bin`, Node ≥ 20.19, no browser):
 *   account-widgets verify --base-url https://staging.example/api [--header "Authorization: Bearer …"]
 *                          [--fixtures fixtures.json] [--only link,order] [--junit report.xml]
 *   account-widgets verify --init [fixtures.json]
 *   account-widgets serve [--port 8080] [--host 127.0.0.1] [--latency 300] …
 * See docs/partners.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { FixturesError, type ContractFixtures } from '../contract/fixtures.js';
import { formatReport, toJUnit } from '../contract/report.js';
import type { OpenApiDocument } from '../contract/schema.js';
import { listCases, verify } from '../contract/verify.js';
import { startReferenceServer } from '../server/index.js';
import { loadFixtures, writeFixturesTemplate } from './fixtures-file.js';

const HELP = `account-widgets — the contract kit of Account Widgets

  account-widgets verify --base-url <url> [options]   check a backend against the REST contract
    --base-url <url>        where the API lives (what api-base points at)
    --header "Name: value"  sent with every request (repeatable); values never appear in the output
    --fixtures <file>       which accounts provoke each case (see --init); default: none (cases skip)
    --only <tags>           run only these groups or case ids: account,list,rules,link,catalog,order,access,failures,http
    --junit <file>          also write a JUnit XML report
    --list                  list the cases and what each needs, run nothing
    --init [file]           write a commented fixtures template (default account-widgets.fixtures.json)
    --force                 with --init: overwrite

  account-widgets serve [options]                       the reference server over the mock backend
    --port <n>              default 8080 (0: any free port)
    --host <name>           default 127.0.0.1
    --base-path <path>      default /api
    --latency <ms>          delay of every call
    --fail-rate <0..1>      share of calls failing with "server"
    --account <who>         signed in as main (default), sub or standalone
    --random-codes          random verification codes instead of 123456
    --cors-origin <origin>  answer CORS only for these origins (repeatable; default: any)
    --print-fixtures        print the server's fixtures file and exit
    --quiet                 no request log

Exit codes: 0 all passed, 1 a case failed, 2 bad usage or fixtures.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  if (command === 'verify') return verifyCommand(rest);
  if (command === 'serve') return serveCommand(rest);
  throw new UsageError(`Unknown command "${command}". Commands: verify, serve (account-widgets --help).`);
}

/** `Name: value` → [name, value]. */
function parseHeader(text: string): [string, string] {
  const i = text.indexOf(':');
  const name = i > 0 ? text.slice(0, i).trim() : '';
  if (!name || /[^!#$%&'*+.^_`|~0-9A-Za-z-]/.test(name)) throw new UsageError(`--header "${text.split(':')[0]}…" must look like "Name: value".`);
  return [name, text.slice(i + 1).trim()];
}

async function verifyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'base-url': { type: 'string' },
      header: { type: 'string', multiple: true },
      fixtures: { type: 'string' },
      only: { type: 'string' },
      junit: { type: 'string' },
      init: { type: 'boolean' },
      force: { type: 'boolean' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.init) {
    const path = positionals[0] ?? values.fixtures ?? 'account-widgets.fixtures.json';
    await writeFixturesTemplate(path, values.force);
    console.log(`Wrote ${path}: replace its example values with your staging data, then run\n  account-widgets verify --base-url <url> --fixtures ${path}`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  if (values.list) {
    for (const c of listCases()) console.log(`${c.id.padEnd(70)} ${c.needs.filter((n) => n !== 'main').join(', ')}`.trimEnd());
    return 0;
  }
  const baseUrl = values['base-url'];
  if (!baseUrl) throw new UsageError('verify needs --base-url (where the API lives, e.g. https://staging.example.com/api).');
  try {
    const u = new URL(baseUrl);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    throw new UsageError(`--base-url "${baseUrl}" is not an http(s) URL.`);
  }
  const headers = Object.fromEntries((values.header ?? []).map(parseHeader));
  const fixtures: ContractFixtures = values.fixtures ? await loadFixtures(values.fixtures) : {};
  const secrets = [
    ...Object.values(headers),
    ...Object.values(fixtures.sessions ?? {}).flatMap((h) => Object.values(h ?? {})),
  ];
  const openapi = JSON.parse(await readFile(new URL('../contract/openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!values.fixtures) console.error('No --fixtures given: only the cases that need no fixtures run (account-widgets verify --init writes a template).');
  const report = await verify({ baseUrl, headers, fixtures, only, openapi });
  if (only && report.results.length === 0) throw new UsageError(`--only ${values.only} selects no case (account-widgets verify --list).`);
  console.log(formatReport(report, secrets));
  if (values.junit) {
    await writeFile(values.junit, toJUnit(report, secrets));
    console.error(`JUnit report: ${values.junit}`);
  }
  return report.results.some((r) => r.outcome === 'failed') ? 1 : 0;
}

async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'base-path': { type: 'string' },
      latency: { type: 'string' },
      'fail-rate': { type: 'string' },
      account: { type: 'string' },
      'random-codes': { type: 'boolean' },
      'cors-origin': { type: 'string', multiple: true },
      'print-fixtures': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const fixturesFile = new URL('../server/fixtures.json', import.meta.url);
  if (values['print-fixtures']) {
    process.stdout.write(await readFile(fixturesFile, 'utf8'));
    return 0;
  }
  const number = (name: string, raw: string | undefined, min: number, max: number): number | undefined => {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number from ${min} to ${max}, not "${raw}".`);
    return n;
  };
  const { SEED } = await import('../mock/seed.js');
  const accounts = { main: SEED.main.id, sub: SEED.sub.id, standalone: SEED.standalone.id } as const;
  const who = values.account ?? 'main';
  if (!(who in accounts)) throw new UsageError(`--account must be main, sub or standalone, not "${who}".`);
  const server = await startReferenceServer({
    port: number('port', values.port, 0, 65535) ?? 8080,
    host: values.host ?? '127.0.0.1',
    basePath: values['base-path'] ?? '/api',
    latency: number('latency', values.latency, 0, 60_000),
    currentAccountId: accounts[who as keyof typeof accounts],
    demo: !values['random-codes'],
    cors: values['cors-origin'] ?? true,
    log: values.quiet ? undefined : (line) => console.log(line),
  });
  const rate = number('fail-rate', values['fail-rate'], 0, 1);
  if (rate) (server.backend as import('../mock/mock-backend.js').MockBackend).failRate(rate);
  console.log(
    `Account Widgets reference server: ${server.baseUrl}\n` +
      `  the REST contract (api/openapi.yaml) over the seeded mock backend; verification code ${values['random-codes'] ? 'random (GET …/__demo/link-requests/{id}/code)' : '123456'}\n` +
      `  verify it: account-widgets verify --base-url ${server.baseUrl} --fixtures ${decodeURIComponent(fixturesFile.pathname)}\n` +
      '  Ctrl+C stops it.',
  );
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof FixturesError || (error as { code?: string })?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      console.error(`account-widgets: ${(error as Error).message}`);
      process.exitCode = 2;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
