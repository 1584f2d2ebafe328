import { expect } from 'vitest';
import { act } from 'preact/test-utils';

/**
 * Waits until the parts an island loads on demand (quota checks, chart, sensitivity table) have
 * loaded and rendered, so a test reads them too, and so no load is left running when the test
 * ends: the unit tests share one module cache (`isolate: false`), and an import cut short by the
 * end of its test file would fail for every file after it.
 */
export async function settleDeferredParts(): Promise<void> {
  for (let i = 0; i < 200 && document.querySelector('.deferred[data-loading]'); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  expect(document.querySelector('.deferred[data-loading]'), 'a part that loads on demand is still loading').toBeNull();
  expect(document.querySelector('.deferred[hidden]'), 'a part that loads on demand could not load').toBeNull();
}
