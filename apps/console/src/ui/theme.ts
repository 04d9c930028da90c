import { type CSSVariablesResolver, createTheme, DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's default shades 6-9 put white (filled) or coloured (light, subtle) small text below the WCAG AA
 * 4.5:1 contrast ratio; the console shows lots of small badges and compact buttons, so the colours it uses
 * keep their light shades and get darker ones from shade 6 on (every pair checked at >= 4.5:1 on white).
 */
function darker(base: MantineColorsTuple, dark: [string, string, string, string]): MantineColorsTuple {
  return [base[0], base[1], base[2], base[3], base[4], base[5], ...dark] as unknown as MantineColorsTuple;
}
const c = DEFAULT_THEME.colors;

export const theme = createTheme({
  defaultRadius: 'sm',
  primaryColor: 'indigo',
  focusRing: 'always',
  fontSizes: { md: '0.9rem' },
  colors: {
    indigo: darker(c.indigo, ['#3b5bdb', '#364fc7', '#2f44ad', '#283a94']),
    green: darker(c.green, ['#237a34', '#1f6e2f', '#1b612a', '#165224']),
    red: darker(c.red, ['#c92a2a', '#b02525', '#962020', '#7d1a1a']),
    orange: darker(c.orange, ['#a84a0b', '#97420a', '#853a09', '#733208']),
    yellow: darker(c.yellow, ['#7a5600', '#6b4b00', '#5c4100', '#4d3600']),
    gray: darker(c.gray, ['#5c636a', '#495057', '#343a40', '#212529']),
  },
});

/** The dimmed grey (descriptions, hints) and the error red, darkened the same way. */
export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#555c63', '--mantine-color-error': '#c92a2a' },
  dark: {},
});
