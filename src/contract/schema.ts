/**
 * Response shapes against api/openapi.yaml's schemas (shipped as dist/contract/openapi.json, made
 * by `redocly bundle` at build time): a small validator for the JSON Schema keywords the contract
 * uses — type, required, properties, additionalProperties, enum, const, minimum, maximum,
 * exclusiveMinimum, minLength, maxLength, pattern, format date-time, items, allOf, oneOf (with a
 * discriminator), $ref. Each violation names its JSON pointer in the response and in the contract.
 */

export type Schema = Record<string, unknown>;
export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, unknown>; operationId?: string }>>;
  components?: Record<string, Record<string, unknown>>;
}

export interface Violation {
  /** Where in the response body (`/items/3/role`). */
  at: string;
  /** Where in the contract (`#/components/schemas/Account/properties/role`). */
  schema: string;
  message: string;
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

export class ContractSchemas {
  constructor(readonly doc: OpenApiDocument) {}

  /** The schema at a local `#/…` pointer. */
  resolve(pointer: string): Schema | undefined {
    let node: unknown = this.doc;
    for (const part of pointer.replace(/^#\/?/, '').split('/')) {
      if (part === '') continue;
      node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node as Schema | undefined;
  }

  /** The operation (path template and pointer) a request went to, or undefined. */
  operation(method: string, pathname: string): { template: string; pointer: string; responses: string[] } | undefined {
    const m = method.toLowerCase();
    const segments = pathname.split('/').filter(Boolean);
    // The longest template whose tail matches the request path (the base URL comes before it).
    let best: { template: string; pointer: string; responses: string[] } | undefined;
    for (const [template, ops] of Object.entries(this.doc.paths)) {
      const op = ops[m];
      if (!op) continue;
      const t = template.split('/').filter(Boolean);
      if (t.length > segments.length) continue;
      const tail = segments.slice(segments.length - t.length);
      const ok = t.every((s, i) => (s.startsWith('{') ? tail[i] !== '' : s === tail[i]));
      if (ok && (!best || t.length > best.template.split('/').length - 1)) {
        best = { template, pointer: `#/paths/${escape(template)}/${m}`, responses: Object.keys(op.responses ?? {}) };
      }
    }
    return best;
  }

  /** The schema pointer of a JSON response of an operation with a status (following response `$ref`s). */
  responseSchema(operationPointer: string, status: number): string | undefined {
    const op = this.resolve(operationPointer) as { responses?: Record<string, unknown> } | undefined;
    let response = op?.responses?.[String(status)] as Schema | undefined;
    let at = `${operationPointer}/responses/${status}`;
    for (let i = 0; i < 5 && typeof response?.$ref === 'string'; i++) {
      at = response.$ref as string;
      response = this.resolve(at);
    }
    const content = response?.content as Record<string, { schema?: Schema }> | undefined;
    if (!content) return undefined;
    const type = Object.keys(content).find((t) => /json/.test(t));
    return type ? `${at}/content/${escape(type)}/schema` : undefined;
  }

  /** Validates `value` against the schema at `pointer`; returns every violation (empty: valid). */
  validate(value: unknown, pointer: string): Violation[] {
    const out: Violation[] = [];
    this.check(value, pointer, '', out, 0);
    return out;
  }

  private check(value: unknown, pointer: string, at: string, out: Violation[], depth: number): void {
    if (depth > 40) return;
    let schema = this.resolve(pointer);
    for (let i = 0; i < 10 && typeof schema?.$ref === 'string'; i++) {
      pointer = schema.$ref as string;
      schema = this.resolve(pointer);
    }
    if (!schema) {
      out.push({ at: at || '/', schema: pointer, message: 'the contract has no schema here' });
      return;
    }
    const fail = (message: string, sub = '') => out.push({ at: at || '/', schema: pointer + sub, message });
    if (Array.isArray(schema.allOf)) schema.allOf.forEach((_, i) => this.check(value, `${pointer}/allOf/${i}`, at, out, depth + 1));
    if (Array.isArray(schema.oneOf)) {
      const disc = schema.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
      const tag = disc && value && typeof value === 'object' ? (value as Record<string, unknown>)[disc.propertyName] : undefined;
      if (disc && typeof tag === 'string' && disc.mapping?.[tag]) this.check(value, disc.mapping[tag], at, out, depth + 1);
      else if (disc) fail(`${disc.propertyName} ${JSON.stringify(tag)} is none of ${Object.keys(disc.mapping ?? {}).join(', ')}`, '/discriminator');
      else {
        const matching = schema.oneOf.filter((_, i) => this.validateAt(value, `${pointer}/oneOf/${i}`, depth));
        if (matching.length !== 1) fail(`matches ${matching.length} of the oneOf schemas, not exactly one`, '/oneOf');
      }
    }
    const type = schema.type as string | undefined;
    const actual = typeOf(value);
    if (type && !(actual === type || (type === 'number' && actual === 'integer'))) {
      fail(`is ${actual}, the contract says ${type}`, '/type');
      return;
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`, '/enum');
    if ('const' in schema && schema.const !== value) fail(`${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`, '/const');
    if (typeof value === 'number') {
      if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`${value} is below the minimum ${schema.minimum}`, '/minimum');
      if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`${value} is above the maximum ${schema.maximum}`, '/maximum');
      if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail(`${value} must be above ${schema.exclusiveMinimum}`, '/exclusiveMinimum');
    }
    if (typeof value === 'string') {
      if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail(`is shorter than ${schema.minLength}`, '/minLength');
      if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail(`is longer than ${schema.maxLength}`, '/maxLength');
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`${JSON.stringify(value)} does not match ${schema.pattern}`, '/pattern');
      if (schema.format === 'date-time' && (Number.isNaN(Date.parse(value)) || !/^\d{4}-\d\d-\d\dT/.test(value))) fail(`${JSON.stringify(value)} is not an RFC 3339 date-time`, '/format');
    }
    if (Array.isArray(value) && schema.items) value.forEach((item, i) => this.check(item, `${pointer}/items`, `${at}/${i}`, out, depth + 1));
    if (actual === 'object') {
      const obj = value as Record<string, unknown>;
      for (const name of (schema.required as string[] | undefined) ?? []) {
        if (!(name in obj) || obj[name] === undefined) fail(`lacks the required property "${name}"`, '/required');
      }
      const props = (schema.properties ?? {}) as Record<string, unknown>;
      for (const [name, v] of Object.entries(obj)) {
        if (name in props) this.check(v, `${pointer}/properties/${escape(name)}`, `${at}/${escape(name)}`, out, depth + 1);
        else if (schema.additionalProperties === false) fail(`has the property "${name}", which the contract does not allow`, '/additionalProperties');
        else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
          this.check(v, `${pointer}/additionalProperties`, `${at}/${escape(name)}`, out, depth + 1);
        }
      }
    }
  }

  private validateAt(value: unknown, pointer: string, depth: number): boolean {
    const out: Violation[] = [];
    this.check(value, pointer, '', out, depth + 1);
    return out.length === 0;
  }
}
