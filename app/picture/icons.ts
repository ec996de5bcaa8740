// One small icon per kind, as SVG path data on a 24×24 grid: the canvas and the pictures draw the same.
import type { NodeKind } from '../domain/model.ts';

export type IconKind = NodeKind | 'centralSite' | 'branchSite';

export const ICON_PATHS: Record<IconKind, string> = {
  // stacked servers
  frontEndPool: 'M4 4h16v5H4zM4 11h16v5H4zM7 6.5h2M7 13.5h2M4 18h16v2H4z',
  // two arrows through a box: media relay
  mediationPool: 'M3 6h18v12H3zM6 10h9l-2-2M18 14H9l2 2',
  // telephone handset on a box
  pstnGateway: 'M3 14h18v6H3zM7 17h2M11 17h2M7 4c3 0 4 1 5 3l-2 2c1 2 2 3 4 4l2-2c2 1 3 2 3 5',
  // switchboard grid
  ipPbx: 'M4 4h16v16H4zM8 8h.01M12 8h.01M16 8h.01M8 12h.01M12 12h.01M16 12h.01M8 16h.01M12 16h.01M16 16h.01',
  // shield
  sbc: 'M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6z M9 12l2 2 4-4',
  // signpost
  director: 'M12 3v18M5 6h12l2 2-2 2H5zM19 13H7l-2 2 2 2h12z',
  // building
  centralSite: 'M4 21V7l8-4 8 4v14zM9 21v-5h6v5M8 9h2M14 9h2M8 12h2M14 12h2',
  // small house
  branchSite: 'M4 21V11l8-6 8 6v10zM10 21v-6h4v6',
};
