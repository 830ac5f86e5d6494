import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../src/core/validate-policy';
import policy from '../fixtures/policy.json';

/** The problems of the sample policy after one change. */
function problemsAfter(change: (p: any) => void) {
  const copy = structuredClone(policy) as any;
  change(copy);
  return validatePolicy(copy);
}

const analyticsTitle = policy.categories[1]!.title;
const consentIn = { kk: 'кері байланыс нысанында', ru: 'в форме обратной связи', en: 'in the feedback form' };
/** A purpose whose consent is given in a contact form, not in the banner. */
const enquiries = {
  id: 'enquiries',
  title: { kk: 'Сұрауларға жауап беру', ru: 'Ответы на обращения', en: 'Answering enquiries' },
  data: ['name', 'email'],
  ground: 'consent',
  retention: { amount: 1, unit: 'year' },
  category: 'necessary',
  consentIn,
};

describe('validatePolicy: how the parts of a policy refer to each other', () => {
  it.each<[string, (p: any) => void, [string, RegExp][]]>([
    ['a data category id used twice', (p) => { p.dataCategories.push({ id: 'email', title: analyticsTitle }); }, [
      ['$.dataCategories[5].id', /the id "email" is already used by \$\.dataCategories\[2\] — give each one its own id/],
    ]],
    ['a service id used in two categories', (p) => { p.categories[1].services[0].id = 'dala-market'; }, [
      ['$.categories[1].services[0].id', /already used by \$\.categories\[0\]\.services\[0\]/],
    ]],
    ['a purpose id used twice', (p) => { p.purposes[1].id = 'order-delivery'; }, [
      ['$.purposes[1].id', /the id "order-delivery" is already used by \$\.purposes\[0\]/],
    ]],
    ['a cookie listed twice by one service', (p) => { p.categories[1].services[0].cookies[1].name = '_ym_uid'; }, [
      ['$.categories[1].services[0].cookies[1].name', /the cookie "_ym_uid" is already listed at \$\.categories\[1\]\.services\[0\]\.cookies\[0\]/],
    ]],
    ['a purpose in a misspelt category', (p) => { p.purposes[2].category = 'analitycs'; }, [
      // One problem: the typo is read as "analytics", so that category is not reported as unasked.
      ['$.purposes[2].category', /there is no category "analitycs" — did you mean "analytics"\? Or use one of "necessary", "analytics"/],
    ]],
    ['a purpose using undeclared data', (p) => { p.purposes[0].data.push('phnoe', 'passport'); }, [
      ['$.purposes[0].data[3]', /there is no data category "phnoe" — did you mean "phone"\?/],
      ['$.purposes[0].data[4]', /there is no data category "passport" — use one of "name", "phone", "email", "ip-address", "cookie-id"/],
    ]],
    ['a consent purpose in "necessary" that does not say where consent is given', (p) => { p.purposes[2].category = 'necessary'; }, [
      ['$.purposes[2].category', /^a purpose based on consent is in "necessary", which is always on — if the visitor gives consent in the banner, write "category": "analytics" \(an optional category\); if it is given elsewhere \(a form, registration, a contract\), remove "category" and add "consentIn" and "withdrawIn"/],
      ['$.categories[1]', /no purpose asks consent for the optional category "analytics"/],
    ]],
    ['a "consentIn" on a purpose based on a contract', (p) => { p.purposes[0].consentIn = consentIn; }, [
      ['$.purposes[0].consentIn', /says where consent is given, but the purpose is based on "contract" — remove "consentIn", or write "ground": "consent"/],
    ]],
    ['a "consentIn" on a purpose the banner asks consent for', (p) => { p.purposes[2].consentIn = consentIn; }, [
      ['$.purposes[2].consentIn', /consent for the optional category "analytics" is given in the banner — remove "consentIn", or, .* remove "category"/],
    ]],
    ['a contract purpose in an optional category', (p) => { p.purposes[0].category = 'analytics'; }, [
      ['$.purposes[0].category', /based on "contract" needs no consent, so it belongs in "necessary"/],
    ]],
    ['an upcoming change with the current revision', (p) => { p.upcoming.revision = '2026-01'; }, [
      ['$.upcoming.revision', /is the same as the current "revision" \("2026-01"\) — give the upcoming policy a new revision/],
    ]],
    ['an upcoming change dated before the policy', (p) => { p.upcoming.date = '2025-12-31'; }, [
      ['$.upcoming.date', /"2025-12-31" is not after the current "effective" date "2026-01-15"/],
    ]],
  ])('reports %s', (_, change, expected) => {
    const problems = problemsAfter(change);
    expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(expected.length);
    for (const [path, message] of expected) expect(problems).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
  });

  it('asks for a "necessary" category when there is none', () => {
    const problems = problemsAfter((p) => { p.categories[0].id = 'neccessary'; });
    // One problem: the purposes in "necessary" and the misspelt category itself are not reported again.
    expect(problems).toEqual([expect.objectContaining({
      path: '$.categories',
      message: expect.stringMatching(/there is no "necessary" category \(is "neccessary" meant to be it\?\) — add one with "id": "necessary"/),
    })]);
  });

  it('does not ask for "necessary" when the categories are not a list (that is reported once, as a type)', () => {
    expect(problemsAfter((p) => { p.categories = {}; })).toContainEqual(expect.objectContaining({ path: '$.categories', message: expect.stringMatching(/should be a list/) }));
    expect(problemsAfter((p) => { p.categories = {}; }).filter((x) => x.path === '$.categories')).toHaveLength(1);
  });

  it('accepts a policy whose only category is "necessary" and whose purposes need no consent', () => {
    const problems = problemsAfter((p) => {
      p.categories = [p.categories[0]];
      p.purposes = p.purposes.slice(0, 2);
    });
    expect(problems).toEqual([]);
  });

  it('accepts a consent purpose in "necessary" that says in "consentIn" where consent is given', () => {
    expect(problemsAfter((p) => { p.purposes.push(structuredClone(enquiries)); })).toEqual([]);
  });

  it('wants "consentIn" in all three languages', () => {
    const problems = problemsAfter((p) => {
      p.purposes.push(structuredClone(enquiries));
      delete p.purposes[3].consentIn.kk;
    });
    expect(problems).toEqual([expect.objectContaining({ path: '$.purposes[3].consentIn.kk', message: 'required field "kk" is missing — add the Kazakh text, e.g. "kk": "…"' })]);
  });

  it('still asks for a consent purpose in every optional category when the only one is told by "consentIn"', () => {
    const problems = problemsAfter((p) => { p.purposes[2].category = 'necessary'; p.purposes[2].consentIn = consentIn; });
    expect(problems).toEqual([expect.objectContaining({ path: '$.categories[1]', message: expect.stringMatching(/no purpose asks consent for the optional category "analytics"/) })]);
  });

  it('compares upcoming and current revisions only when both are given', () => {
    expect(problemsAfter((p) => { delete p.revision; delete p.effective; })).toEqual([]);
  });
});
