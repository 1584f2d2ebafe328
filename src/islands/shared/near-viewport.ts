import { useEffect, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * True once `ref` comes within 400 px of the viewport (and stays true): what loads only when the
 * reader gets near it (a chart's code, Chart.js) starts loading a little before it is seen.
 */
export function useNearViewport(ref: RefObject<Element>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    if (!('IntersectionObserver' in window)) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
