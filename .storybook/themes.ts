/** The demo themes: nothing but the library's `--aw-*` tokens, as a partner would set them. */
export const themes = {
  default: '',
  dark: [
    '--aw-color-text: #e8eaed',
    '--aw-color-text-muted: #b4bcc6',
    '--aw-color-surface: #1e2227',
    '--aw-color-surface-alt: #2a2f36',
    '--aw-color-border: #8b96a3',
    '--aw-color-primary: #8ab4f8',
    '--aw-color-on-primary: #10161d',
    '--aw-color-danger: #f28b82',
    '--aw-color-success: #81c995',
    '--aw-color-warning: #fdd663',
    '--aw-color-highlight: #4a3c00',
    'background: #1e2227',
    'color: #e8eaed',
    'padding: 1rem',
  ].join(';'),
  partner: [
    '--aw-font-family: Georgia, "Times New Roman", serif',
    '--aw-color-primary: #7a1f5c',
    '--aw-color-focus: #c2185b',
    '--aw-color-surface-alt: #fbf3f8',
    '--aw-radius: 0',
    '--aw-space: 0.6rem',
  ].join(';'),
} as const;
