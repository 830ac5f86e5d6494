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

// The types, read by the TypeScript compiler from the file the library itself is built from.
const source = ts.createSourceFile('policy-types.ts', read('../../src/core/policy-types.ts'), ts.ScriptTarget.Latest, true);
const interfaces = new Map<string, ts.InterfaceDeclaration>();
const aliases = new Map<string, ts.TypeAliasDeclaration>();
source.forEachChild((node) => {
  if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
  if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node);
});

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

/** Names of the types declared in policy-types.ts that a type node mentions. */
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

  it('every type alias matches: unions of words as enums, Retention as its two shapes', () => {
    for (const name of names.filter((n) => aliases.has(n))) {
      const union = aliases.get(name)!.type as ts.UnionTypeNode;
      expect(ts.isUnionTypeNode(union), name).toBe(true);
      if (union.types.every(ts.isLiteralTypeNode)) {
        const words = union.types.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text);
        expect([...definition(name).enum].sort(), name).toEqual(words.sort());
      } else {
        const branches = definition(name).oneOf as SchemaNode[];
        expect(branches, name).toHaveLength(union.types.length);
        union.types.forEach((part, i) => expectSameFields(branches[i]!, members(part), `${name} branch ${i}`));
      }
    }
  });

  it('describes every property, so editors can show what to write', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, child] of Object.entries(node)) {
        if (key === 'properties') {
          for (const [prop, value] of Object.entries(child as SchemaNode)) {
            if (typeof value.description !== 'string' || value.description.length < 5) undocumented.push(`${at}.${prop}`);
          }
        }
        walk(child, `${at}.${key}`);
      }
    };
    walk(schema, '#');
    expect(undocumented).toEqual([]);
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
  ])('both reject %s', (_, change) => {
    const input = broken(change);
    expect(validate(input)).toBe(false);
    expect(validatePolicy(input).length).toBeGreaterThan(0);
  });
});
