import { describe, expect, it } from 'vitest';
import { ACCESSIBLE_COLORS, appTheme } from '../../../src-renderer/app/theme';

/** WCAG 2.1 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const WHITE = '#ffffff';
const PANELS = [WHITE, ACCESSIBLE_COLORS.gray[0], ACCESSIBLE_COLORS.gray[1]];

describe('the theme reads for older eyes in bright rooms (WCAG 2.1 AA)', () => {
  for (const [name, shades] of Object.entries(ACCESSIBLE_COLORS)) {
    it(`${name}: text, outlines, focus rings and white-on-filled meet 4.5:1; light badges meet 4.5:1`, () => {
      // Shade 6 is what Mantine uses for filled buttons/badges (white text), outline and subtle
      // variants, anchors, focus rings and (for gray) dimmed text and placeholders.
      for (const panel of PANELS) expect(contrast(shades[6], panel), `${name}.6 on ${panel}`).toBeGreaterThanOrEqual(4.5);
      for (const shade of [7, 8, 9] as const) expect(contrast(shades[shade], WHITE), `${name}.${shade} on white`).toBeGreaterThanOrEqual(4.5);
      // Light variant: text shade 9 on background shade 1.
      expect(contrast(shades[9], shades[1]), `${name}.9 on ${name}.1`).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('names Mantine’s icon-only close and clear buttons, and keeps teal as the primary colour', () => {
    const theme = appTheme({ close: 'Đóng', clear: 'Xoá nội dung ô' });
    expect(theme.primaryColor).toBe('teal');
    expect(theme.autoContrast).toBe(true);
    expect(theme.components?.CloseButton?.defaultProps).toEqual({ 'aria-label': 'Đóng' });
    expect(theme.components?.InputClearButton?.defaultProps).toEqual({ 'aria-label': 'Xoá nội dung ô' });
  });
});
