/** A consent receipt the widget sent: where, what, and how the endpoint answered. */
export interface Receipt {
  url: string;
  body: unknown;
  /** HTTP status; `beacon` when sent by `sendBeacon` (no answer to read); `failed` on a network error. */
  status: number | 'beacon' | 'failed';
}

/** A request body as the log shows it: parsed JSON when it is JSON text. */
async function readBody(body: unknown): Promise<unknown> {
  const text = body instanceof Blob ? await body.text() : typeof body === 'string' ? body : null;
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Report the receipts the widget POSTs to the consent log at `logUrl`, whether it uses
 * `fetch` or `navigator.sendBeacon`; every other request passes untouched.
 */
export function watchReceipts(win: Window, logUrl: string, onReceipt: (receipt: Receipt) => void): void {
  const url = new URL(logUrl, win.location.href).href;
  const isLog = (input: string | URL | Request) =>
    new URL(input instanceof Request ? input.url : input, win.location.href).href === url;
  const report = (body: unknown, status: Receipt['status']) =>
    void readBody(body).then((parsed) => onReceipt({ url, body: parsed, status }));

  const fetch = win.fetch.bind(win);
  win.fetch = async (input, init) => {
    if (!isLog(input)) return fetch(input, init);
    try {
      const response = await fetch(input, init);
      report(init?.body, response.status);
      return response;
    } catch (error) {
      report(init?.body, 'failed');
      throw error;
    }
  };

  const beacon = win.navigator.sendBeacon?.bind(win.navigator);
  if (beacon) {
    win.navigator.sendBeacon = (target, data) => {
      if (isLog(target)) report(data, 'beacon');
      return beacon(target, data);
    };
  }
}
