/**
 * The verify report: a text report people act on (per case passed / failed / skipped; for each
 * failure the request sent, the response received and what the contract expected, with its
 * OpenAPI pointer; a summary line) and JUnit XML for CI. Secrets never reach either: header
 * values are redacted by name, and every secret value is scrubbed from any text shown.
 */

export interface Exchange {
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  status?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
  /** A transport failure instead of a response. */
  error?: string;
  /** The contract operation the request went to (`#/paths/~1me/get`). */
  operation?: string;
  /** Shape and content-type problems found in the response. */
  violations?: { at: string; schema: string; message: string }[];
}

export interface CaseFailure {
  message: string;
  expected?: unknown;
  actual?: unknown;
  /** Where in api/openapi.yaml the expectation lives. */
  pointer?: string;
  exchange?: Exchange;
  requests: number;
}

export interface CaseResult {
  id: string;
  tag: string;
  group: string;
  title: string;
  outcome: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  /** Why it was skipped (what it needs). */
  reason?: string;
  failure?: CaseFailure;
}

export interface VerifyReport {
  baseUrl: string;
  results: CaseResult[];
  durationMs: number;
}

/** Header names whose values are secrets whatever `--header` says. */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key)$|token|secret|session|auth|key/i;

export const REDACTED = '[redacted]';

/** Redacts the values of secret headers: those named in `secretNames`, and any that look secret. */
export function redactHeaders(headers: Record<string, string>, secretNames: readonly string[] = []): Record<string, string> {
  const names = new Set(secretNames.map((n) => n.toLowerCase()));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = names.has(name.toLowerCase()) || (SECRET_HEADER.test(name) && name.toLowerCase() !== 'idempotency-key') ? REDACTED : value;
  }
  return out;
}

/** Replaces every occurrence of a secret value (4 characters or more) in `text`. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(REDACTED);
    // The bare token of "Bearer abc…" too.
    const bare = /^\S+\s+(\S{4,})$/.exec(secret)?.[1];
    if (bare) out = out.split(bare).join(REDACTED);
  }
  return out;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length - n} more characters)` : s);

function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function exchangeLines(x: Exchange, indent: string): string[] {
  const lines = [`${indent}request:  ${x.method} ${x.url}`];
  for (const [k, v] of Object.entries(x.requestHeaders)) lines.push(`${indent}          ${k}: ${v}`);
  if (x.requestBody) lines.push(`${indent}          ${cut(x.requestBody, 600)}`);
  if (x.error) lines.push(`${indent}response: none — ${x.error}`);
  else {
    lines.push(`${indent}response: ${x.status}`);
    for (const [k, v] of Object.entries(x.responseHeaders ?? {})) lines.push(`${indent}          ${k}: ${v}`);
    if (x.responseBody) lines.push(`${indent}          ${cut(x.responseBody, 1200)}`);
  }
  return lines;
}

/** The failure as lines of text (shared by the text report and JUnit). */
export function failureLines(f: CaseFailure, indent = '    '): string[] {
  const lines = [`${indent}expected: ${f.message}`];
  if (f.expected !== undefined || f.actual !== undefined) {
    if (f.expected !== undefined) lines.push(`${indent}          contract: ${cut(showValue(f.expected), 400)}`);
    lines.push(`${indent}          received: ${cut(showValue(f.actual), 400)}`);
  }
  if (f.pointer) lines.push(`${indent}contract: api/openapi.yaml ${f.pointer}`);
  if (f.exchange) {
    if (f.requests > 1) lines.push(`${indent}(${f.requests} requests in this case; the last one:)`);
    lines.push(...exchangeLines(f.exchange, indent));
  } else if (f.requests === 0) lines.push(`${indent}(no request was sent)`);
  return lines;
}

export function summaryLine(report: VerifyReport): string {
  const count = (o: CaseResult['outcome']) => report.results.filter((r) => r.outcome === o).length;
  const failed = count('failed');
  return `${failed > 0 ? 'FAILED' : 'PASSED'}: ${count('passed')} passed, ${failed} failed, ${count('skipped')} skipped of ${report.results.length} cases in ${(report.durationMs / 1000).toFixed(1)} s against ${report.baseUrl}`;
}

/** The text report. `secrets` are scrubbed from every line. */
export function formatReport(report: VerifyReport, secrets: readonly string[] = []): string {
  const out: string[] = [`account-widgets verify — ${report.baseUrl}`, ''];
  let group = '';
  for (const r of report.results) {
    if (r.group !== group) {
      group = r.group;
      out.push(group);
    }
    const mark = r.outcome === 'passed' ? '✓' : r.outcome === 'failed' ? '✗' : '-';
    out.push(`  ${mark} ${r.title}  [${r.id}]${r.outcome === 'skipped' ? ` — skipped: needs ${r.reason}` : ''}${r.outcome === 'passed' ? ` (${r.durationMs} ms)` : ''}`);
    if (r.failure) out.push(...failureLines(r.failure));
  }
  out.push('', summaryLine(report));
  return scrub(out.join('\n'), secrets);
}

const xml = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** JUnit XML: one testsuite per group, one testcase per case (failure / skipped with its reason). */
export function toJUnit(report: VerifyReport, secrets: readonly string[] = []): string {
  const groups = new Map<string, CaseResult[]>();
  for (const r of report.results) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const count = (rs: CaseResult[], o: CaseResult['outcome']) => rs.filter((r) => r.outcome === o).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="account-widgets verify" tests="${report.results.length}" failures="${count(report.results, 'failed')}" skipped="${count(report.results, 'skipped')}" time="${seconds(report.durationMs)}">`,
  ];
  for (const [group, rs] of groups) {
    const time = rs.reduce((t, r) => t + r.durationMs, 0);
    lines.push(`  <testsuite name="${xml(group)}" tests="${rs.length}" failures="${count(rs, 'failed')}" skipped="${count(rs, 'skipped')}" time="${seconds(time)}">`);
    for (const r of rs) {
      const open = `    <testcase classname="${xml(r.id.split('/')[0])}" name="${xml(`${r.title} [${r.id}]`)}" time="${seconds(r.durationMs)}"`;
      if (r.outcome === 'passed') lines.push(`${open}/>`);
      else if (r.outcome === 'skipped') lines.push(`${open}>`, `      <skipped message="${xml(scrub(`needs ${r.reason ?? ''}`, secrets))}"/>`, '    </testcase>');
      else {
        const f = r.failure!;
        lines.push(
          `${open}>`,
          `      <failure message="${xml(scrub(f.message, secrets))}" type="ContractViolation">${xml(scrub(failureLines(f, '').join('\n'), secrets))}</failure>`,
          '    </testcase>',
        );
      }
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
