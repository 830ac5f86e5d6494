import { describe, expect, it } from 'vitest';
import type { ConsentDecision } from '../../../src/core/consent-types';
import type { Policy } from '../../../src/core/policy-types';
import { buildReceipt } from '../../../src/integrations/consent-receipt';
import policyJson from '../../fixtures/policy.json';

const policy = policyJson as Policy;
const decision = (over: Partial<ConsentDecision> = {}): ConsentDecision => ({
  granted: ['analytics'],
  categories: ['analytics'],
  revision: '2025-03',
  decidedAt: Date.UTC(2025, 2, 14, 9, 30),
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  lang: 'ru',
  method: 'custom',
  ...over,
});
/** The policy with one text changed in one language. */
const reworded = (lang: 'kk' | 'ru' | 'en'): Policy => ({
  ...policy,
  crossBorder: { ...policy.crossBorder, [lang]: policy.crossBorder[lang] + ' (изм.)' },
});

describe('buildReceipt', () => {
  it('records who asked, what was granted and for which purposes, in the decision language', () => {
    const receipt = buildReceipt(decision(), policy);
    expect(receipt).toMatchObject({
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      time: '2025-03-14T09:30:00.000Z',
      operator: { name: 'ТОО «Дала Маркет»', bin: '180540012343' },
      revision: '2025-03',
      granted: ['analytics'],
      declined: [],
      lang: 'ru',
      method: 'custom',
    });
    expect(receipt.purposes.map((p) => p.id)).toEqual(['statistics']);
    expect(receipt.purposes[0]!.title).toBe(policy.purposes.find((p) => p.id === 'statistics')!.title.ru);
    expect(receipt.dataCategories).toEqual([
      { id: 'ip-address', title: policy.dataCategories.find((d) => d.id === 'ip-address')!.title.ru },
      { id: 'cookie-id', title: policy.dataCategories.find((d) => d.id === 'cookie-id')!.title.ru },
    ]);
  });

  it('a rejection or withdrawal consents to no purpose and lists what was declined', () => {
    const receipt = buildReceipt(decision({ granted: [], method: 'reject-all', lang: 'kk' }), policy);
    expect(receipt).toMatchObject({ granted: [], declined: ['analytics'], purposes: [], dataCategories: [], method: 'reject-all' });
    expect(receipt.operator.name).toBe(policy.operator.name.kk);
  });

  it('holds no personal data: only these fields, none of the operator contacts', () => {
    const receipt = buildReceipt(decision(), policy);
    expect(Object.keys(receipt).sort()).toEqual(
      ['dataCategories', 'declined', 'granted', 'id', 'lang', 'method', 'operator', 'purposes', 'revision', 'textsHash', 'time'],
    );
    const json = JSON.stringify(receipt);
    expect(json).not.toContain(policy.operator.email);
    expect(json).not.toMatch(/userAgent|Mozilla|ip":|"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"/);
  });

  it('hashes the texts shown in the decision language: a change there changes it, another language does not', () => {
    const hash = buildReceipt(decision(), policy).textsHash;
    expect(hash).toMatch(/^[0-9a-z]+$/);
    expect(buildReceipt(decision(), structuredClone(policy)).textsHash).toBe(hash);
    expect(buildReceipt(decision(), reworded('ru')).textsHash).not.toBe(hash);
    expect(buildReceipt(decision(), reworded('en')).textsHash).toBe(hash);
    expect(buildReceipt(decision({ lang: 'en' }), policy).textsHash).not.toBe(hash);
  });
});
