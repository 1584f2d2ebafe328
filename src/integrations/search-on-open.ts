import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Search loads when the dialog first opens, not with every page. The site-chrome script is
 * inlined into each page, so a plain `import()` there would make Vite add its preload helper as
 * a file every page requests at load. Instead the build emits `src/scripts/search.ts` as a chunk
 * of its own and hands the chrome script its address (`virtual:search-module`); the chrome script
 * imports that address when the reader opens search. In `astro dev` the address is the source
 * file, which the dev server compiles on request.
 */
const ID = 'virtual:search-module';
const RESOLVED = `\0${ID}`;
const SEARCH = fileURLToPath(new URL('../scripts/search.ts', import.meta.url));

export function searchOnOpenPlugin(): Plugin {
  let serving = false;
  return {
    name: 'agent-deploy-guide:search-on-open',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      if (serving || this.environment?.name !== 'client') return `export default ${JSON.stringify(`/@fs${SEARCH}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: SEARCH, name: 'search' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

export default function searchOnOpen(): AstroIntegration {
  return {
    name: 'agent-deploy-guide:search-on-open',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [searchOnOpenPlugin()] } });
      },
    },
  };
}
