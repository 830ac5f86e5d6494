/** `kelisim --help` and `kelisim <command> --help`, in English (the commands' and options' names are). */
export const HELP: Record<'main' | 'validate' | 'build' | 'scan', string> = {
  main: `Usage: kelisim <command> [options]

Commands:
  validate <policy.json>   check a policy: every problem with its JSON path
  build <policy.json>      write the site kit (loader, chunks, policy, tag snippet) into --out
  scan <url>               open a site in headless Chromium and report what runs before consent

Options:
  --help                   this text; kelisim <command> --help for a command's options
  --version                the version of kelisim

Exit codes: 0 fine, 1 problems found, 2 unreadable input or a bad command line.
Messages are in the language of the environment's locale (kk, ru, else en); --lang overrides it.`,
  validate: `Usage: kelisim validate <policy.json> [--lang kk|ru|en] [--json] [--strict]

Lists every error and warning of the policy with its JSON path.
  --lang kk|ru|en   language of the messages (default: from LC_ALL / LANG, else en)
  --json            print {file, valid, errors, warnings, problems[]} as JSON
  --strict          warnings count as errors (exit 1)
Exit: 0 valid, 1 errors (or warnings with --strict), 2 file missing or not JSON.`,
  build: `Usage: kelisim build <policy.json> --out <dir> [--base /kelisim/] [--lang kk|ru|en]

Validates the policy, then writes into <dir>: kelisim.js and its chunks (kelisim-ui.js, kelisim-extras.js,
kelisim-trackers.js, kelisim-page.js), the policy as kelisim-policy.json and snippet.html; prints the tag.
Nothing is written when the policy has errors (exit 1). Re-running on an unchanged policy
changes no file.
  --base <url>      the URL the kit is served from (default /kelisim/)
Not yet: per-language policy files and the privacy-policy pages (they come with later releases).`,
  scan: `Usage: kelisim scan <url> [--pages N] [--policy policy.json] [--json] [--resolve host=ip]…

Opens <url> in headless Chrome/Chromium (CHROMIUM_PATH, else the system's), follows same-site
links up to N pages, and for each page records cookies, localStorage/sessionStorage keys and
third-party requests: before any decision, after "Necessary only", after "Accept all" (Kelisim's
own buttons; other consent tools are not pressed). Reports violations (trackers or optional
cookies before consent or after "Necessary only": exit 1), what the policy misses or declares
but was never seen (--policy, else the tag's data-policy), and a draft "categories" block.
  --pages N          pages to visit (default 5)
  --delay MS         pause between pages (default 1000)
  --timeout S        time limit for the whole scan (default 300)
  --policy FILE      compare with this policy
  --json             the report as JSON
  --resolve host=ip  map a host to an address in the browser (repeatable), for a local copy
  --lang kk|ru|en    language of the report
It sees what a fresh visitor sees on the pages it visits (no logged-in areas, no forms) and
makes real requests to the site and, after "Accept all", to its trackers: scan your own site.`,
};
