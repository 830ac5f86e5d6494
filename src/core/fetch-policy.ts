/** Fetches a policy JSON by URL; rejects with a message that names the URL and what went wrong. */
export async function fetchPolicy(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Kelisim: the policy ${url} could not be loaded (HTTP ${response.status}).`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`Kelisim: the policy ${url} is not valid JSON (${(error as Error).message}).`);
  }
}
