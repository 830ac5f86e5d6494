/**
 * Fetches a policy JSON by URL (or reads the response of a request already under way for it);
 * rejects with a message that names the URL and what went wrong.
 */
export async function fetchPolicy(url: string, request?: Promise<Response>): Promise<unknown> {
  let response: Response;
  try {
    response = await (request ?? fetch(url, { credentials: 'same-origin' }));
  } catch (error) {
    throw new Error(
      `Kelisim: the policy ${url} could not be loaded (${(error as Error).message}): check the URL; ` +
        'a policy on another origin needs its server to send Access-Control-Allow-Origin.',
    );
  }
  if (!response.ok) {
    throw new Error(`Kelisim: the policy ${url} could not be loaded (HTTP ${response.status}): put the file there, or correct the URL in data-policy.`);
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Kelisim: the policy ${url} is not valid JSON (${(error as Error).message}): correct the file (any JSON validator shows where).`);
  }
}
