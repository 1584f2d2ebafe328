/**
 * Tells the page that frames this embed how tall the content is, whenever it
 * changes, so the iframe can grow and shrink without a scrollbar:
 *   parent.postMessage({ type: 'agent-deploy-guide:height', height }, '*')
 * The message carries only a number, so any origin may read it.
 */
if (window.parent !== window) {
  let last = 0;
  const post = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'agent-deploy-guide:height', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
