import type { Lang } from '../core/policy-types';

// The CLI's own strings. They live here, not in locales/*.json: the widget bundle imports the
// locale files whole, and these would only add to its size budget.
const EN = {
  notFound: 'cannot read {{file}}: {{reason}} — check the path',
  notJson: '{{file}} is not JSON: {{reason}} — fix the syntax (a JSON validator shows the line)',
  unknownCommand: 'unknown command "{{value}}" — run kelisim --help',
  unknownOption: 'unknown option "{{value}}" — run kelisim {{command}} --help',
  missingValue: 'option {{value}} needs a value',
  missingArg: 'kelisim {{command}} needs {{value}} — run kelisim {{command}} --help',
  badLang: '--lang must be kk, ru or en, not "{{value}}"',
  badNumber: '{{option}} must be a whole number above 0, not "{{value}}"',
  badResolve: '--resolve must be host=address, not "{{value}}"',
  valid: '{{file}}: valid',
  problems: '{{file}}: {{errors}} error(s), {{warnings}} warning(s)',
  built: 'wrote the site kit to {{dir}} ({{changed}} file(s) changed)',
  snippet: 'Put this tag first in <head> of every page:',
  invalidBuild: 'the policy has errors: nothing was written — run kelisim validate {{file}}',
  noDist: 'the built widget files are missing in {{dir}} — reinstall kelisim',
  noBrowser: 'no Chrome or Chromium found — install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its binary',
  badUrl: '"{{value}}" is not an http(s) address — write e.g. https://example.kz/',
  noLoad: '{{url}} did not load: {{reason}} — check the address and that the site is up',
  page: 'page {{n}}/{{total}}: {{url}}',
  noTool: 'no consent tool found on {{url}}: "Necessary only" and "Accept all" could not be pressed',
  violations: 'Violations',
  noViolations: 'No violations: nothing optional ran before consent or after "Necessary only".',
  undeclared: 'Set by the site but not in the policy',
  unseen: 'In the policy but never seen',
  draft: 'Draft "categories" for the policy (check every text before you use it):',
  summary: 'Summary',
  policyFrom: 'policy: {{source}}',
  noPolicy: 'no policy to compare with (give --policy, or put data-policy on the tag)',
} as const;

/** A CLI message key. */
export type TextKey = keyof typeof EN;

const KK: Record<TextKey, string> = {
  notFound: '{{file}} оқылмады: {{reason}} — жолды тексеріңіз',
  notJson: '{{file}} JSON емес: {{reason}} — синтаксисті түзетіңіз (JSON тексерушісі жолды көрсетеді)',
  unknownCommand: 'белгісіз команда «{{value}}» — kelisim --help іске қосыңыз',
  unknownOption: 'белгісіз параметр «{{value}}» — kelisim {{command}} --help іске қосыңыз',
  missingValue: '{{value}} параметріне мән керек',
  missingArg: 'kelisim {{command}} командасына {{value}} керек — kelisim {{command}} --help іске қосыңыз',
  badLang: '--lang мәні kk, ru немесе en болуы керек, «{{value}}» емес',
  badNumber: '{{option}} мәні 0-ден үлкен бүтін сан болуы керек, «{{value}}» емес',
  badResolve: '--resolve мәні host=мекенжай түрінде болуы керек, «{{value}}» емес',
  valid: '{{file}}: қате жоқ',
  problems: '{{file}}: қате — {{errors}}, ескерту — {{warnings}}',
  built: 'сайт жинағы {{dir}} ішіне жазылды (өзгерген файлдар: {{changed}})',
  snippet: 'Бұл тегті әр беттің <head> бөлігінің басына қойыңыз:',
  invalidBuild: 'саясатта қателер бар: ештеңе жазылған жоқ — kelisim validate {{file}} іске қосыңыз',
  noDist: '{{dir}} ішінде виджеттің жиналған файлдары жоқ — kelisim-ді қайта орнатыңыз',
  noBrowser: 'Chrome немесе Chromium табылмады — орнатыңыз (Debian/Ubuntu: apt-get install chromium) немесе CHROMIUM_PATH арқылы жолын көрсетіңіз',
  badUrl: '«{{value}}» http(s) мекенжайы емес — мысалы, https://example.kz/ деп жазыңыз',
  noLoad: '{{url}} ашылмады: {{reason}} — мекенжайды және сайттың жұмыс істейтінін тексеріңіз',
  page: '{{n}}/{{total}} бет: {{url}}',
  noTool: '{{url}} бетінде келісім құралы табылмады: «Тек қажеттілері» мен «Барлығын қабылдау» басылмады',
  violations: 'Бұзушылықтар',
  noViolations: 'Бұзушылық жоқ: келісімге дейін де, «Тек қажеттілері» кейін де қосымша ештеңе іске қосылмады.',
  undeclared: 'Сайт орнатады, бірақ саясатта жоқ',
  unseen: 'Саясатта бар, бірақ ешқашан байқалмады',
  draft: 'Саясатқа арналған «categories» жобасы (пайдаланбас бұрын әр мәтінді тексеріңіз):',
  summary: 'Қорытынды',
  policyFrom: 'саясат: {{source}}',
  noPolicy: 'салыстыратын саясат жоқ (--policy беріңіз немесе тегке data-policy қойыңыз)',
};

const RU: Record<TextKey, string> = {
  notFound: 'не удалось прочитать {{file}}: {{reason}} — проверьте путь',
  notJson: '{{file}} — не JSON: {{reason}} — исправьте синтаксис (валидатор JSON покажет строку)',
  unknownCommand: 'неизвестная команда «{{value}}» — запустите kelisim --help',
  unknownOption: 'неизвестный параметр «{{value}}» — запустите kelisim {{command}} --help',
  missingValue: 'параметру {{value}} нужно значение',
  missingArg: 'команде kelisim {{command}} нужен {{value}} — запустите kelisim {{command}} --help',
  badLang: '--lang должен быть kk, ru или en, а не «{{value}}»',
  badNumber: '{{option}} должен быть целым числом больше 0, а не «{{value}}»',
  badResolve: '--resolve пишется как host=адрес, а не «{{value}}»',
  valid: '{{file}}: ошибок нет',
  problems: '{{file}}: ошибок — {{errors}}, предупреждений — {{warnings}}',
  built: 'комплект для сайта записан в {{dir}} (изменено файлов: {{changed}})',
  snippet: 'Поставьте этот тег первым в <head> каждой страницы:',
  invalidBuild: 'в политике есть ошибки: ничего не записано — запустите kelisim validate {{file}}',
  noDist: 'в {{dir}} нет собранных файлов виджета — переустановите kelisim',
  noBrowser: 'Chrome или Chromium не найден — установите его (Debian/Ubuntu: apt-get install chromium) или укажите путь в CHROMIUM_PATH',
  badUrl: '«{{value}}» — не адрес http(s); напишите, например, https://example.kz/',
  noLoad: '{{url}} не открылся: {{reason}} — проверьте адрес и что сайт работает',
  page: 'страница {{n}}/{{total}}: {{url}}',
  noTool: 'на {{url}} не найден инструмент согласия: «Только необходимые» и «Принять все» нажать не удалось',
  violations: 'Нарушения',
  noViolations: 'Нарушений нет: ничего необязательного не запускалось ни до согласия, ни после «Только необходимые».',
  undeclared: 'Сайт ставит, но в политике нет',
  unseen: 'В политике есть, но ни разу не встретилось',
  draft: 'Черновик «categories» для политики (проверьте каждый текст перед использованием):',
  summary: 'Итог',
  policyFrom: 'политика: {{source}}',
  noPolicy: 'не с чем сравнить (укажите --policy или поставьте data-policy на тег)',
};

const TEXTS: Record<Lang, Record<TextKey, string>> = { kk: KK, ru: RU, en: EN };

/** A CLI message in `lang` with every `{{name}}` filled in from `params`. */
export function text(lang: Lang, key: TextKey, params: Record<string, string | number> = {}): string {
  return TEXTS[lang][key].replace(/{{(\w+)}}/g, (_, name: string) => String(params[name] ?? ''));
}
