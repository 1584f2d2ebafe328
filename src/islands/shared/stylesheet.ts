import { useEffect, useState } from 'preact/hooks';

/**
 * The full calculator's styles are part of the calculator pages' CSS. A chapter
 * ships only the compact result (styled by the chapter CSS) and fetches the
 * calculator styles when the island hydrates, so chapters that never show the form
 * never pay for them. A page that already has them (marker property) loads nothing.
 */
export function useCalculatorStyles(href: string): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    if (getComputedStyle(root).getPropertyValue('--adg-calculator-css').trim() !== '') {
      setReady(true);
      return;
    }
    let link = document.querySelector<HTMLLinkElement>('link[data-calculator-css]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.dataset['calculatorCss'] = '';
      document.head.append(link);
    }
    if (link.sheet) {
      setReady(true);
      return;
    }
    const done = (): void => setReady(true);
    link.addEventListener('load', done, { once: true });
    // Without the styles the form is still usable, only plainer.
    link.addEventListener('error', done, { once: true });
  }, [href]);
  return ready;
}
