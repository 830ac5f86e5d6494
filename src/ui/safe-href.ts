/**
 * The URL if it may become a link: only http(s), mailto and tel, so a policy can never carry
 * `javascript:` or `data:` into an href. Undefined otherwise.
 */
export function safeHref(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  return trimmed && /^(https?:\/\/|mailto:|tel:)/i.test(trimmed) ? trimmed : undefined;
}
