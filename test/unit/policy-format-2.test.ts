import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from '../../src/core/countries';
import { parsePolicy, validatePolicy } from '../../src/core/validate-policy';
import policy from '../fixtures/policy.json';

const text = (en: string) => ({ kk: `${en} (қазақша мәтін)`, ru: `${en} (русский текст)`, en });

/** Every problem, warnings included, of the sample policy after one change. */
function problemsAfter(change: (p: any) => void) {
  const copy = structuredClone(policy) as any;
  change(copy);
  return validatePolicy(copy, { warnings: true });
}

/** Expects exactly these problems: [path, code, level, what the English message must say]. */
function expectProblems(change: (p: any) => void, ...expected: [string, string, 'error' | 'warning', RegExp][]) {
  const problems = problemsAfter(change);
  expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(expected.length);
  for (const [path, code, level, message] of expected) {
    expect(problems).toContainEqual(expect.objectContaining({ path, code, level, message: expect.stringMatching(message) }));
  }
}

/** A purpose whose consent is given on registration, in the format-2 form: no category. */
const newsletter = {
  id: 'newsletter',
  title: text('Newsletter'),
  data: ['email'],
  ground: 'consent',
  retention: { rule: text('until you unsubscribe'), max: { amount: 5, unit: 'year', after: text('the last interaction') } },
  consentIn: text('the newsletter box on registration'),
  withdrawIn: text('the unsubscribe link in every e-mail'),
};

describe('format 2: the new fields are accepted', () => {
  it('accepts a policy that uses every new field', () => {
    const problems = problemsAfter((p) => {
      p.version = 2;
      p.operator.contactUrl = 'https://dala-market.kz/account/privacy';
      p.operator.properties = [
        { kind: 'website', name: 'dala-market.kz', url: 'https://dala-market.kz' },
        { kind: 'app', name: 'Dala Market for Android', url: 'https://play.google.com/store/apps/details?id=kz.dala' },
      ];
      p.impliedAcceptance = text('By using the site you accept this policy');
      p.dataSources = [text('you, when you fill in a form'), text('delivery partners')];
      p.dataSubjects = [text('customers'), text('recipients of orders')];
      p.specialCategories = { processed: false, statement: text('We do not process data on race or health') };
      p.changes = text('We may change this policy; the new version is posted on the main page');
      p.purposes.push(structuredClone(newsletter));
      p.purposes[0].retention = { amount: 5, unit: 'year', upTo: true, after: text('the last order') };
      p.categories[1].services[0].country = ['RU', 'FI'];
      p.categories[1].services[0].technologies = [
        { kind: 'local-storage', name: '_ym_', prefix: true, purpose: text('Visit counter state') },
        { kind: 'pixel', name: 'Metrica pixel', purpose: text('Counts visits without JavaScript') },
      ];
      p.categories[1].services[0].cookies.push({ name: 'yandexuid', domain: '.yandex.ru', lifetime: { amount: 1, unit: 'year' }, purpose: text('Yandex visitor id') });
      p.recipients[0].data = ['ip-address', 'cookie-id'];
      p.recipients[0].purposes = ['statistics'];
      p.recipients[1].scope = text('only the data that identify your order');
      p.recipients.push({ name: text('State bodies'), role: text('Receive data by law'), country: 'KZ', scope: text('only on a lawful request') });
      p.dataCategories.push({ id: 'weather', title: text('Weather at the field'), personal: false });
      p.purposes.push({ id: 'weather-stats', title: text('Weather statistics'), data: ['weather'], category: 'necessary' });
    });
    expect(problems, JSON.stringify(problems, null, 1)).toEqual([]);
  });

  it('accepts a purpose under two optional categories, all of which must be granted', () => {
    expectProblems((p) => {
      p.categories.push({ id: 'marketing', title: text('Marketing'), description: text('Ads'), services: [] });
      p.purposes[2].category = ['analytics', 'marketing'];
    });
  });

  it('accepts a contact URL instead of an e-mail, and says when there is neither', () => {
    expectProblems((p) => { delete p.operator.email; p.operator.contactUrl = 'https://dala-market.kz/contact'; });
    expectProblems((p) => { delete p.operator.email; }, ['$.operator', 'no-contact', 'error', /add "email" .* or "contactUrl"/]);
  });

  it('accepts "unknown" and several countries, for services and recipients', () => {
    expectProblems((p) => { p.recipients[0].country = 'unknown'; p.categories[1].services[0].country = ['RU', 'DE']; });
  });
});

describe('format 1 policies', () => {
  it('still pass: the sample policy has no version field and no error', () => {
    expect(validatePolicy(policy)).toEqual([]);
  });

  it('with consent given elsewhere under "necessary" get a warning that says what to change', () => {
    expectProblems((p) => {
      p.purposes.push({ ...structuredClone(newsletter), category: 'necessary', withdrawIn: undefined });
    }, ['$.purposes[3].category', 'consentin-in-necessary', 'warning', /shows under "necessary" as "Always on".* remove "category".* add "withdrawIn"/]);
  });
});

describe('format 2: checks of the new fields', () => {
  it.each<[string, (p: any) => void, [string, string, 'error' | 'warning', RegExp][]]>([
    ['consent given elsewhere without a way to withdraw it', (p) => { p.purposes.push({ ...newsletter, withdrawIn: undefined }); }, [
      ['$.purposes[3].withdrawIn', 'withdrawin-missing', 'error', /say how consent given outside the banner is withdrawn/],
    ]],
    ['a way to withdraw consent that is not given elsewhere', (p) => { p.purposes[2].withdrawIn = newsletter.withdrawIn; }, [
      ['$.purposes[2].withdrawIn', 'withdrawin-alone', 'error', /there is no "consentIn"/],
    ]],
    ['a consent purpose with no category and no "consentIn"', (p) => { delete p.purposes[2].category; p.categories.pop(); }, [
      ['$.purposes[2].category', 'consent-nowhere', 'error', /neither which banner category asks for it nor where else consent is given/],
    ]],
    ['a contract purpose with no category', (p) => { delete p.purposes[0].category; }, [
      ['$.purposes[0].category', 'category-missing', 'error', /add "category": "necessary"/],
    ]],
    ['"necessary" in a list of categories', (p) => { p.purposes[2].category = ['necessary', 'analytics']; }, [
      ['$.purposes[2].category', 'category-list-necessary', 'error', /"necessary" cannot be in a list of categories/],
    ]],
    ['a category twice in a list', (p) => { p.purposes[2].category = ['analytics', 'analytics']; }, [
      ['$.purposes[2].category[1]', 'duplicate-in-list', 'error', /"analytics" is already in this list/],
    ]],
    ['a misspelt category in a list', (p) => { p.purposes[2].category = ['analitycs']; }, [
      ['$.purposes[2].category[0]', 'unknown-category', 'error', /did you mean "analytics"\?/],
    ]],
    ['a personal-data purpose with no ground or retention', (p) => { delete p.purposes[1].ground; delete p.purposes[1].retention; }, [
      ['$.purposes[1].ground', 'ground-missing', 'error', /only a purpose whose data are all non-personal/],
      ['$.purposes[1].retention', 'retention-missing', 'error', /only a purpose whose data are all non-personal/],
    ]],
    ['a retention ceiling on a rule with "upTo"', (p) => { p.purposes[2].retention.upTo = true; }, [
      ['$.purposes[2].retention', 'retention-both', 'error', /either "amount" and "unit" .* or a "rule"/],
    ]],
    ['a retention "max" with 0 years', (p) => { p.purposes[2].retention.max = { amount: 0, unit: 'year' }; }, [
      ['$.purposes[2].retention.max.amount', 'whole-above-0', 'error', /^is 0 — write a whole number above 0/],
    ]],
    ['a cookie domain with a scheme', (p) => { p.categories[1].services[0].cookies[0].domain = 'https://yandex.ru/'; }, [
      ['$.categories[1].services[0].cookies[0].domain', 'cookie-domain', 'error', /did you mean "yandex.ru"\?/],
    ]],
    ['a technology of an unknown kind', (p) => { p.categories[1].services[0].technologies = [{ kind: 'localStorage', name: 'x', purpose: text('x') }]; }, [
      ['$.categories[1].services[0].technologies[0].kind', 'not-technology', 'error', /did you mean "local-storage"\?/],
    ]],
    ['a property of an unknown kind', (p) => { p.operator.properties = [{ kind: 'site', name: 'dala-market.kz' }]; }, [
      ['$.operator.properties[0].kind', 'not-property', 'error', /"site" is not a kind of property — did you mean "website"\? Or write one of "website", "app"/],
    ]],
    ['a recipient scope naming an unknown purpose and data', (p) => { p.recipients[0].purposes = ['statistcs']; p.recipients[0].data = ['passport']; }, [
      ['$.recipients[0].purposes[0]', 'unknown-purpose', 'error', /did you mean "statistics"\?/],
      ['$.recipients[0].data[0]', 'unknown-data', 'error', /there is no data category "passport"/],
    ]],
    ['"unknown" inside a list of countries', (p) => { p.recipients[0].country = ['RU', 'unknown']; }, [
      ['$.recipients[0].country[1]', 'country-unknown-in-list', 'error', /write "country": "unknown" alone/],
    ]],
    ['a format version that does not exist', (p) => { p.version = '2'; }, [
      ['$.version', 'version', 'error', /^"2" is not a version of the policy format — write 2/],
    ]],
  ])('reports %s', (_, change, expected) => expectProblems(change, ...expected));
});

describe('the new checks of issue 13', () => {
  it.each<[string, (p: any) => void, [string, string, 'error' | 'warning', RegExp][]]>([
    ['a data category no purpose uses (warning)', (p) => { p.dataCategories.push({ id: 'passport', title: text('Passport') }); }, [
      ['$.dataCategories[5]', 'unused-data', 'warning', /no purpose uses the data category "passport", so it is never shown/],
    ]],
    ['a country code that is not ISO 3166-1', (p) => { p.recipients[0].country = 'XX'; }, [
      ['$.recipients[0].country', 'country-unknown', 'error', /"XX" is not a country code of ISO 3166-1/],
    ]],
    ['"UK" for the United Kingdom', (p) => { p.recipients[1].country = 'UK'; }, [
      ['$.recipients[1].country', 'country-unknown', 'error', /did you mean "GB"\?/],
    ]],
    ['the same data id twice in one purpose', (p) => { p.purposes[0].data.push('name'); }, [
      ['$.purposes[0].data[3]', 'duplicate-in-list', 'error', /"name" is already in this list — list it once/],
    ]],
    ['the same cookie in two services', (p) => { p.categories[1].services[0].cookies[0].name = 'dm_session'; }, [
      ['$.categories[1].services[0].cookies[0].name', 'duplicate-cookie', 'error', /already listed at \$\.categories\[0\]\.services\[0\]\.cookies\[1\]/],
    ]],
    ['a cookie name with a "*" not marked as a prefix', (p) => { p.categories[1].services[0].cookies[0].name = '_ym_*'; p.categories[1].services[0].cookies.splice(2, 1); }, [
      ['$.categories[1].services[0].cookies[0].name', 'cookie-star', 'error', /write "name": "_ym_" and "prefix": true/],
    ]],
    ['a prefix written with a "*"', (p) => { p.categories[1].services[0].cookies[2].name = '_ym_*'; }, [
      ['$.categories[1].services[0].cookies[2].name', 'cookie-star-prefix', 'error', /write only the start of the names: "name": "_ym_"/],
    ]],
    ['a Kazakh text identical to the Russian one (warning)', (p) => { p.categories[1].description.kk = p.categories[1].description.ru; }, [
      ['$.categories[1].description.kk', 'kk-same-as-ru', 'warning', /the Kazakh text is the same as the Russian one/],
    ]],
    ['a Kazakh text with no Cyrillic (warning)', (p) => { p.rights[0].kk = 'Access to your data'; }, [
      ['$.rights[0].kk', 'kk-not-cyrillic', 'warning', /no Cyrillic letters/],
    ]],
    ['a summary over 300 characters (warning)', (p) => { p.summary.ru = 'Очень длинный текст. '.repeat(15); }, [
      ['$.summary.ru', 'summary-long', 'warning', /is 315 characters long and will not fit a phone screen/],
    ]],
    ['a service abroad that no recipient or cross-border statement covers (warning)', (p) => {
      p.categories[1].services.push({ id: 'ga4', name: 'Google Analytics', provider: { kk: 'Google LLC', ru: 'Google LLC', en: 'Google LLC' }, country: 'US', cookies: [] });
    }, [
      ['$.categories[1].services[1].country', 'cross-border-uncovered', 'warning', /"Google Analytics" sends data outside Kazakhstan \(US\), but no recipient and nothing in "crossBorder" names it/],
    ]],
    ['a service of unknown country that nothing covers (warning)', (p) => {
      p.categories[1].services[0].country = 'unknown';
      p.recipients.splice(0, 1);
      p.crossBorder = text('Data are kept in Kazakhstan');
    }, [
      ['$.categories[1].services[0].country', 'cross-border-uncovered', 'warning', /\(unknown\)/],
    ]],
  ])('reports %s', (_, change, expected) => expectProblems(change, ...expected));

  it('leaves proper names alone: one word the same in both, and names of companies in Latin letters', () => {
    expectProblems((p) => {
      p.categories[1].title.kk = p.categories[1].title.ru; // «Аналитика» is both Kazakh and Russian
      p.recipients[0].name = { kk: 'Yandex LLC', ru: 'Yandex LLC', en: 'Yandex LLC' };
    });
  });

  it('covers a service by the cross-border statement or by a recipient, in any language', () => {
    expectProblems((p) => { p.recipients.splice(0, 1); }); // crossBorder names "Yandex Metrica"
    expectProblems((p) => { p.crossBorder = text('Data are kept in Kazakhstan'); }); // the recipient «Яндекс»
  });

  it('lists warnings only when asked, after the errors, and parsePolicy does not throw on them', () => {
    const copy: any = structuredClone(policy);
    copy.dataCategories.push({ id: 'passport', title: text('Passport') });
    expect(validatePolicy(copy)).toEqual([]);
    const seen: unknown[] = [];
    expect(parsePolicy(copy, { onWarnings: (warnings) => seen.push(...warnings) })).toBe(copy);
    expect(seen).toEqual([expect.objectContaining({ code: 'unused-data', level: 'warning', params: { value: 'passport' } })]);
    copy.operator.bin = '1';
    const all = validatePolicy(copy, { warnings: true });
    expect(all.map((p) => p.level)).toEqual(['error', 'warning']);
    expect(() => parsePolicy(copy, { onWarnings: () => {} })).toThrow(/has 1 problem:\n- \$\.operator\.bin/);
  });
});

describe('clearer messages (issue 13)', () => {
  it.each([[0], [5.5], [-1]])('an amount of %s says "a whole number above 0", never "not a number"', (amount) => {
    const [problem, ...rest] = problemsAfter((p) => { p.purposes[1].retention.amount = amount; });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'whole-above-0', params: { value: String(amount) } });
    expect(problem!.message).toBe(`is ${amount} — write a whole number above 0, e.g. 1, 6 or 12`);
    expect(problem!.message).not.toMatch(/not a number/);
  });

  it('reports a wrongly-cased category id once, and never suggests the rejected spelling', () => {
    const problems = problemsAfter((p) => { p.categories[1].id = 'Analytics'; });
    expect(problems).toEqual([expect.objectContaining({ path: '$.categories[1].id', code: 'id', params: { value: 'Analytics', guess: 'analytics' } })]);
  });

  it('reports a wrongly-cased data id once, whether the purposes use the old or the new spelling', () => {
    const problems = problemsAfter((p) => { p.dataCategories[0].id = 'Name'; });
    expect(problems.map((x) => x.path)).toEqual(['$.dataCategories[0].id']);
    const both = problemsAfter((p) => { p.dataCategories[0].id = 'Name'; p.purposes[0].data[0] = 'Name'; });
    expect(both.map((x) => x.path)).toEqual(['$.dataCategories[0].id']);
    expect(JSON.stringify(both)).not.toMatch(/did you mean \\"Name\\"/);
  });

  it('gives one problem for a typo in a reference, not a follow-on elsewhere', () => {
    expect(problemsAfter((p) => { p.purposes[2].category = 'analitycs'; }).map((x) => x.path)).toEqual(['$.purposes[2].category']);
    expect(problemsAfter((p) => { p.purposes[1].data = ['ip-adress']; p.purposes[2].data = ['cookie-id']; }).map((x) => x.path)).toEqual(['$.purposes[1].data[0]']);
  });
});

describe('problems carry a code and params, and the English message is the en locale text', () => {
  it('fills the en template with the params', () => {
    const [problem] = problemsAfter((p) => { p.operator.email = 'mailto:a@b.kz'; });
    expect(problem).toEqual({
      path: '$.operator.email',
      level: 'error',
      code: 'email',
      params: { value: 'mailto:a@b.kz', guess: 'a@b.kz' },
      message: '"mailto:a@b.kz" is not an e-mail address — did you mean "a@b.kz"? Or write one like "privacy@example.kz"',
    });
  });
});

describe('ISO 3166-1 alpha-2', () => {
  it('has the 249 assigned codes, and not the reserved or user-assigned ones', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    for (const code of ['KZ', 'RU', 'US', 'DE', 'GB', 'CN', 'NL', 'AX', 'SS']) expect(isCountryCode(code), code).toBe(true);
    for (const code of ['UK', 'EU', 'XK', 'SU', 'ZZ', 'kz', 'KAZ', '']) expect(isCountryCode(code), code).toBe(false);
  });
});

describe('warningsText', () => {
  it('lists every warning with its path under one "Kelisim:" line that says the policy is shown', async () => {
    const { warningsText } = await import('../../src/core/policy-error');
    const warnings = problemsAfter((p) => { p.dataCategories.push({ id: 'passport', title: text('Passport') }); });
    expect(warningsText(warnings)).toBe(`Kelisim: the policy has 1 warning (it is shown all the same; fix them when you can):\n- $.dataCategories[5]: ${warnings[0]!.message}`);
  });
});
