import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../src/core/validate-policy';
import policy from '../fixtures/policy.json';

type SchemaNode = Record<string, any>;
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const schema = JSON.parse(read('../../schema/kelisim-policy.schema.json')) as SchemaNode;

// The types, read by the TypeScript compiler from the files the library itself is built from.
const interfaces = new Map<string, ts.InterfaceDeclaration>();
const aliases = new Map<string, ts.TypeAliasDeclaration>();
for (const file of ['policy-types.ts', 'retention-types.ts']) {
  const source = ts.createSourceFile(file, read(`../../src/core/${file}`), ts.ScriptTarget.Latest, true);
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
    if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node);
  });
}

/** Property name → optional?, for an interface, an object literal type, or an intersection. */
function members(node: ts.Node): Map<string, boolean> {
  if (ts.isParenthesizedTypeNode(node)) return members(node.type);
  if (ts.isIntersectionTypeNode(node)) return new Map(node.types.flatMap((part) => [...members(part)]));
  if (ts.isTypeReferenceNode(node)) return members(interfaces.get(node.typeName.getText())!);
  if (!ts.isInterfaceDeclaration(node) && !ts.isTypeLiteralNode(node)) throw new Error(`unexpected ${node.getText()}`);
  if (ts.isInterfaceDeclaration(node)) expect(node.heritageClauses, 'interfaces do not extend').toBeUndefined();
  const props = node.members.filter(ts.isPropertySignature);
  return new Map(props.map((prop) => [prop.name.getText().replace(/'/g, ''), prop.questionToken !== undefined]));
}

/** Names of the types declared in those files that a type node mentions. */
function mentioned(node: ts.Node): string[] {
  const found: string[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isTypeReferenceNode(child)) found.push(child.typeName.getText());
    child.forEachChild(visit);
  };
  visit(node);
  return found.filter((name) => interfaces.has(name) || aliases.has(name));
}

/** The types a Policy is made of, found by following references from `Policy`. */
function reachableFromPolicy(): string[] {
  const seen = new Set(['Policy']);
  const queue = ['Policy'];
  while (queue.length > 0) {
    const name = queue.shift()!;
    const node = interfaces.get(name) ?? aliases.get(name)!;
    for (const next of mentioned(node)) if (!seen.has(next)) seen.add(next) && queue.push(next);
  }
  return [...seen];
}

const definition = (name: string): SchemaNode => (name === 'Policy' ? schema : schema.$defs[name]);

/** Asserts that a schema object lists exactly these properties, with exactly these required. */
function expectSameFields(node: SchemaNode, fields: Map<string, boolean>, label: string): void {
  expect(Object.keys(node.properties).sort(), `${label} properties`).toEqual([...fields.keys()].sort());
  const required = [...fields].filter(([, optional]) => !optional).map(([name]) => name);
  expect([...(node.required ?? [])].sort(), `${label} required`).toEqual(required.sort());
  expect(node.additionalProperties, `${label} additionalProperties`).toBe(false);
}

describe('schema/kelisim-policy.schema.json against src/core/policy-types.ts', () => {
  const names = reachableFromPolicy();

  it('has one definition per type a policy is made of, and no others', () => {
    expect(names).toEqual(expect.arrayContaining(['Operator', 'Service', 'CookieInfo', 'Retention', 'TimeUnit']));
    expect(Object.keys(schema.$defs).sort()).toEqual(names.filter((name) => name !== 'Policy').sort());
  });

  it.each([...interfaces.keys()].filter((name) => reachableFromPolicy().includes(name)))(
    'interface %s: same properties, same optionality, right $refs and kinds',
    (name) => {
      const node = interfaces.get(name)!;
      const def = definition(name);
      expectSameFields(def, members(node), name);
      for (const prop of node.members.filter(ts.isPropertySignature)) {
        const key = prop.name.getText();
        const propSchema = JSON.stringify(def.properties[key]);
        for (const ref of mentioned(prop.type!)) expect(propSchema, `${name}.${key}`).toContain(`"#/$defs/${ref}"`);
        if (ts.isArrayTypeNode(prop.type!)) expect(def.properties[key].type, `${name}.${key}`).toBe('array');
        if (prop.type!.kind === ts.SyntaxKind.BooleanKeyword) expect(def.properties[key].type).toBe('boolean');
        if (prop.type!.kind === ts.SyntaxKind.NumberKeyword) expect(def.properties[key].type).toBe('integer');
        if (prop.type!.kind === ts.SyntaxKind.StringKeyword) expect(def.properties[key].type).toBe('string');
      }
    },
  );

  it('every type alias matches: unions of words as enums, Retention as its two shapes, Countries as a code or a list', () => {
    for (const name of names.filter((n) => aliases.has(n))) {
      const union = aliases.get(name)!.type as ts.UnionTypeNode;
      expect(ts.isUnionTypeNode(union), name).toBe(true);
      if (union.types.every(ts.isLiteralTypeNode)) {
        const words = union.types.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text);
        expect([...definition(name).enum].sort(), name).toEqual(words.sort());
      } else if (union.types.every(ts.isTypeReferenceNode)) {
        // A union of named shapes (Retention): the schema tells them apart with if/then/else, so
        // one mistake gives the errors of one shape; each shape is its own definition, checked above.
        const def = definition(name);
        const refs = [def.then?.$ref, def.else?.$ref].sort();
        expect(refs, name).toEqual(union.types.map((part) => `#/$defs/${(part as ts.TypeReferenceNode).typeName.getText()}`).sort());
      } else {
        // A word or a list of words (Countries): a oneOf of a string and an array of strings.
        const branches = definition(name).oneOf as SchemaNode[];
        expect(branches.map((branch) => branch.type), name).toEqual(union.types.map((part) => (ts.isArrayTypeNode(part) ? 'array' : 'string')));
      }
    }
  });

  it('describes every property, so editors can show what to write', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, child] of Object.entries(node)) {
        if (key === 'properties') {
          // Walk into each property's schema, not the map itself: a field may be named "properties".
          for (const [prop, value] of Object.entries(child as SchemaNode)) {
            if (typeof value.description !== 'string' || value.description.length < 5) undocumented.push(`${at}.${prop}`);
            walk(value, `${at}.properties.${prop}`);
          }
        } else walk(child, `${at}.${key}`);
      }
    };
    walk(schema, '#');
    expect(undocumented).toEqual([]);
  });
});

describe('the schema says one thing for one mistake', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(schema);
  /** The schema's errors for the sample policy with one purpose's retention replaced, without if/then's own summary line. */
  const errorsFor = (retention: unknown) => {
    const copy = structuredClone(policy) as any;
    copy.purposes[1].retention = retention;
    validate(copy);
    return (validate.errors ?? []).filter((error) => error.keyword !== 'if');
  };

  it.each([
    ['an amount of 0', { amount: 0, unit: 'month' }, '/purposes/1/retention/amount'],
    ['a unit in plural', { amount: 3, unit: 'months' }, '/purposes/1/retention/unit'],
    ['a rule with an amount', { rule: policy.summary, amount: 1 }, '/purposes/1/retention'],
    ['a ceiling with an unknown field', { rule: policy.summary, max: { amount: 5, unit: 'year', upto: true } }, '/purposes/1/retention/max'],
  ])('a retention with %s gives one error', (_, retention, path) => {
    const errors = errorsFor(retention);
    expect(errors, JSON.stringify(errors)).toHaveLength(1);
    expect(errors[0]!.instancePath).toBe(path);
  });

  it('accepts a period with a ceiling and a rule with a maximum', () => {
    expect(errorsFor({ amount: 5, unit: 'year', upTo: true, after: policy.summary })).toEqual([]);
    expect(errorsFor({ rule: policy.summary, max: { amount: 5, unit: 'year', after: policy.summary } })).toEqual([]);
  });
});

describe('the schema and validatePolicy agree', () => {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(schema);
  const broken = (change: (p: any) => void): unknown => {
    const copy = structuredClone(policy) as any;
    change(copy);
    return copy;
  };

  it('accepts the sample policy', () => {
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    expect(validatePolicy(policy)).toEqual([]);
  });

  it.each([
    ['a missing e-mail', (p: any) => delete p.operator.email],
    ['a misspelt field', (p: any) => { p.categories[0].titel = p.categories[0].title; }],
    ['a lower-case country', (p: any) => { p.categories[1].services[0].country = 'ru'; }],
    ['an unknown legal ground', (p: any) => { p.purposes[0].ground = 'agreement'; }],
    ['an 11-digit BIN', (p: any) => { p.operator.bin = '18054001234'; }],
    ['an empty Russian text', (p: any) => { p.crossBorder.ru = ''; }],
    ['a retention with both a rule and an amount', (p: any) => { p.purposes[2].retention.amount = 1; }],
    ['a policy address without https://', (p: any) => { p.operator.policyUrl.kk = 'dala-market.kz/kk'; }],
    ['a cookie lifetime of 0 days', (p: any) => { p.categories[0].services[0].cookies[0].lifetime.amount = 0; }],
    ['an id in capitals', (p: any) => { p.dataCategories[0].id = 'Name'; p.purposes[0].data[0] = 'Name'; }],
    ['a country that is not in ISO 3166-1', (p: any) => { p.recipients[0].country = 'XX'; }],
    ['"unknown" inside a list of countries', (p: any) => { p.recipients[0].country = ['DE', 'unknown']; }],
    ['"necessary" in a list of categories', (p: any) => { p.purposes[2].category = ['necessary', 'analytics']; }],
    ['the same data category twice in a purpose', (p: any) => { p.purposes[0].data.push(p.purposes[0].data[0]); }],
    ['neither an e-mail nor a contact address', (p: any) => { delete p.operator.email; delete p.operator.contactUrl; }],
    ['a format version that does not exist', (p: any) => { p.version = 3; }],
    ['a technology of an unknown kind', (p: any) => { p.categories[1].services[0].technologies = [{ kind: 'beacon', name: 'x', purpose: p.summary }]; }],
  ])('both reject %s', (_, change) => {
    const input = broken(change);
    expect(validate(input)).toBe(false);
    expect(validatePolicy(input).length).toBeGreaterThan(0);
  });
});
