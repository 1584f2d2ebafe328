import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { DEFAULT_VIEW, readView, searchWithView, type CostView, type ViewRead } from '../../lib/params/view.ts';

export interface CostViewState extends ViewRead {
  /** Shows `view` and puts it in the address (replacing the entry: a display setting is no step to go Back to). */
  setView: (view: CostView) => void;
}

/**
 * Which costs the charts compare (`view=`, see lib/params/view.ts). Server rendering and the first
 * client render use the default, so hydration matches the HTML; a page or an embed then reads the
 * address before the browser paints, and again on Back and Forward. (A chapter's calculator has
 * no view: it shows totals and lines, no chart.)
 */
export function useCostView(): CostViewState {
  const [read, setRead] = useState<ViewRead>({ view: DEFAULT_VIEW, notice: null });
  useLayoutEffect(() => {
    const fromAddress = (): void => setRead(readView(new URLSearchParams(location.search)));
    fromAddress();
    addEventListener('popstate', fromAddress);
    return () => removeEventListener('popstate', fromAddress);
  }, []);
  const setView = useCallback((view: CostView) => {
    setRead({ view, notice: null });
    const search = searchWithView(location.search, view);
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }, []);
  return { ...read, setView };
}
