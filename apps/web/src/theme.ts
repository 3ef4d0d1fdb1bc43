import { createTheme } from '@mantine/core';

/** One primary colour, system fonts (no font server), generous spacing for a big screen. */
export const theme = createTheme({
  primaryColor: 'klaster',
  colors: {
    klaster: ['#e8f1fa', '#d0e1f2', '#a3c4e6', '#72a5d9', '#4a8bcf', '#317bc8', '#2370c4', '#1c5d99', '#14528c', '#03467d'],
  },
  primaryShade: 7,
  fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif' },
  defaultRadius: 'md',
  components: {
    Paper: { defaultProps: { radius: 'md' } },
  },
});
