/**
 * Fetches a policy JSON by URL (or reads the response of a request already under way for it);
 * rejects with a message that names the URL and what went wrong.
 */
export async function fetchPolicy(url: string, request?: Promise<Response>): Promise<unknown> {
  let response: Response;
  try {
    response = await (request ?? fetch(url, { credentials: 'same-origin' }));
  } catch (error) {
    throw new Error(`Kelisim: the policy ${url} could not be loaded (${(error as Error).message}); from another origin it needs Access-Control-Allow-Origin.`);
  }
  if (!response.ok) {
    throw new Error(`Kelisim: the policy ${url} could not be loaded (HTTP ${response.status}); check the URL.`);
  }
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Kelisim: the policy ${url} is not valid JSON (${(error as Error).message}); correct the file.`);
  }
}
