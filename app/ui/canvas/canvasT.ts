// The canvas's translation function, handed by Canvas to the cards, site blocks and bundle lines it draws by
// the hundred. react-i18next's useTranslation copies the i18next instance for every component that mounts
// with it: in a CPU profile of the site map's first mount that copy was the largest single cost of the
// mount after the browser's own work. A context is one read; Canvas's t changes with the language, and with
// it every card.
import { createContext, useContext } from 'react';
import i18next, { type TFunction } from 'i18next';

export const CanvasT = createContext<TFunction>(((...args: Parameters<TFunction>) => i18next.t(...args)) as TFunction);

export function useCanvasT(): TFunction {
  return useContext(CanvasT);
}
