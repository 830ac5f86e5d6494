/** Relative luminance of a `#rrggbb` colour (WCAG 2.2). */
function luminance(hex: string): number {
  const channel = (at: number) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * The host-page CSS that gives the widget a custom accent (`#rrggbb`): `--kelisim-accent` for
 * buttons and focus ring, and `--kelisim-accent-fg`, black or white, whichever reads better on it.
 */
export function accentCss(accent: string): string {
  const light = luminance(accent);
  // Contrast with white is 1.05/(L+0.05), with black (L+0.05)/0.05: pick the larger.
  const fg = 1.05 / (light + 0.05) >= (light + 0.05) / 0.05 ? '#ffffff' : '#000000';
  return `#kelisim { --kelisim-accent: ${accent}; --kelisim-accent-fg: ${fg}; }`;
}
