// The colours of a picture, light and dark, matching the canvas's (app/ui/styles.css).
export interface PictureTheme {
  background: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  peer: string;
  error: string;
  warning: string;
  ok: string;
  siteCentral: string;
  siteBranch: string;
  siteBorder: string;
  edge: string;
  edgeRoot: string;
  nextHop: string;
  card: string;
}

export const LIGHT: PictureTheme = {
  background: '#f6f7f9',
  text: '#1c2128',
  muted: '#5b6472',
  border: '#d5d9e0',
  accent: '#1f6feb',
  peer: '#8250df',
  error: '#c62828',
  warning: '#9a6700',
  ok: '#1a7f37',
  siteCentral: 'rgba(31,111,235,0.06)',
  siteBranch: 'rgba(130,80,223,0.06)',
  siteBorder: '#9fb3d1',
  edge: '#57606a',
  edgeRoot: '#1f6feb',
  nextHop: '#8c959f',
  card: '#ffffff',
};

export const DARK: PictureTheme = {
  background: '#0d1117',
  text: '#e6edf3',
  muted: '#9aa5b1',
  border: '#30363d',
  accent: '#388bfd',
  peer: '#bc8cff',
  error: '#ff7b72',
  warning: '#e3b341',
  ok: '#56d364',
  siteCentral: 'rgba(56,139,253,0.08)',
  siteBranch: 'rgba(188,140,255,0.08)',
  siteBorder: '#3d5a80',
  edge: '#8b949e',
  edgeRoot: '#58a6ff',
  nextHop: '#6e7681',
  card: '#1c2330',
};

export const THEMES = { light: LIGHT, dark: DARK } as const;
