import { createTheme, type CSSVariablesResolver, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';

/**
 * Mantine's palettes with shades 6–9 darkened (same hue and saturation) so that, on white and on
 * the grey panel backgrounds (gray.0, gray.1):
 *   shade 6 (filled buttons and badges with white text, outlines, anchors, `dimmed`, focus rings) ≥ 5.3:1,
 *   shade 7 ≥ 6.5:1, shade 8 ≥ 8:1, shade 9 (text of light badges, on shade 1) ≥ 7:1.
 * Shades 0–5 (backgrounds) are Mantine's own. tests/unit/renderer-theme.test.ts checks every ratio.
 */
export const ACCESSIBLE_COLORS = {
  gray: ['#f8f9fa', '#f1f3f5', '#e9ecef', '#dee2e6', '#ced4da', '#adb5bd', '#656c74', '#495057', '#343a40', '#212529'],
  red: ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#ff6b6b', '#d80606', '#bc0f0f', '#9f1818', '#861c1c'],
  pink: ['#fff0f6', '#ffdeeb', '#fcc2d7', '#faa2c1', '#f783ac', '#f06595', '#ce1c5b', '#b02355', '#991d48', '#85183e'],
  grape: ['#f8f0fc', '#f3d9fa', '#eebefa', '#e599f7', '#da77f2', '#cc5de8', '#ac29cd', '#9230aa', '#7d2b90', '#6c257e'],
  violet: ['#f3f0ff', '#e5dbff', '#d0bfff', '#b197fc', '#9775fa', '#845ef7', '#7349f1', '#6337e6', '#532ad1', '#4b309d'],
  indigo: ['#edf2ff', '#dbe4ff', '#bac8ff', '#91a7ff', '#748ffc', '#5c7cfa', '#355bf4', '#244ae8', '#2342c0', '#293c98'],
  blue: ['#e7f5ff', '#d0ebff', '#a5d8ff', '#74c0fc', '#4dabf7', '#339af0', '#156dba', '#1560a2', '#12528e', '#11477a'],
  cyan: ['#e3fafc', '#c5f6fa', '#99e9f2', '#66d9e8', '#3bc9db', '#22b8cf', '#0f7685', '#0b6776', '#085866', '#074c59'],
  teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#0c7a59', '#086b4e', '#065c42', '#054f39'],
  green: ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#287a37', '#216b2f', '#1c5c28', '#194f24'],
  lime: ['#f4fce3', '#e9fac8', '#d8f5a2', '#c0eb75', '#a9e34b', '#94d82d', '#4d7612', '#42680c', '#365a08', '#304d07'],
  yellow: ['#fff9db', '#fff3bf', '#ffec99', '#ffe066', '#ffd43b', '#fcc419', '#8d6403', '#825400', '#764500', '#6c3800'],
  orange: ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#ae5001', '#9d4204', '#8b3507', '#7d2a09'],
} satisfies Record<string, MantineColorsTuple>;

export interface ThemeLabels {
  /** Accessible name of every dialog, drawer and notification close (×) button. */
  close: string;
  /** Accessible name of every input's clear (×) button (dates, selects). */
  clear: string;
}

/** The app's theme: accessible colours, and names for Mantine's icon-only buttons in the current language. */
export function appTheme(labels: ThemeLabels): MantineThemeOverride {
  return createTheme({
    primaryColor: 'teal',
    primaryShade: { light: 6, dark: 5 },
    colors: ACCESSIBLE_COLORS,
    // White or black text on filled colours, whichever reads (yellow and lime shades 0–5 get black).
    autoContrast: true,
    luminanceThreshold: 0.3,
    focusRing: 'auto',
    fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
    components: {
      CloseButton: { defaultProps: { 'aria-label': labels.close } },
      InputClearButton: { defaultProps: { 'aria-label': labels.clear } },
      // A date field's calendar closes at once when focus leaves it (Tab / Shift+Tab): while it
      // faded out it covered the control the keyboard had just moved to.
      DateInput: { defaultProps: { popoverProps: { transitionProps: { duration: 0 } } } },
      // Charts are pictures beside their own table of the same numbers (aria-hidden): recharts'
      // keyboard layer would put a focus stop inside the hidden picture.
      BarChart: { defaultProps: { barChartProps: { accessibilityLayer: false } } },
      LineChart: { defaultProps: { lineChartProps: { accessibilityLayer: false } } },
    },
  });
}

/**
 * Mantine greys placeholders (gray.5, 2.1:1), which older inspectors cannot read: placeholders
 * and `dimmed` text use gray.6 (5.3:1 on white). For the MantineProvider's cssVariablesResolver.
 */
export const accessibleCssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-placeholder': 'var(--mantine-color-gray-6)', '--mantine-color-dimmed': 'var(--mantine-color-gray-6)' },
  dark: {},
});
