/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#007A5A',
  ink: 'var(--ink)',
} as const;
