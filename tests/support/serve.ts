/**
 * Serves a built site (`dist/`) for browser tests and the bench, the way a static host would:
 * directory URLs resolve to index.html, directory paths without a trailing slash redirect,
 * misses get 404.html with status 404, and `dist/_headers` is applied to every response.
 *
 * The server listens on a port the system picks (port 0) and reports its own address, so two
 * checkouts testing at once never reach each other's build.
 * By hand: node tests/support/serve.ts [--dir dist] (HEADERS_HOST=netlify to combine `_headers`
 * rules as Netlify does; Cloudflare Pages' way otherwise)
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HostRules } from './headers-file.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface ServeOptions {
  /** The built site. */
  dir: string;
  /** The base path it was built with (`/` or `/sub/path/`). */
  base: string;
  /** Whose way of combining `_headers` rules to follow; Cloudflare's by default. */
  hostRules?: HostRules;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  close: () => Promise<void>;
}

async function fileAt(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index).catch(() => null))?.isFile() ? index : null;
    }
  } catch {
    // fall through to null
  }
  return null;
}

function siteServer({ dir, base, hostRules = 'cloudflare' }: ServeOptions): Server {
  const root = resolve(dir);
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const basePath = base.replace(/\/?$/, '/');

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // An address that is not valid percent-encoding (`/%E0%A4%A`) names no file: the static
    // hosts answer it with the 404 page, like any other miss.
    let pathname = url.pathname;
    let decoded = true;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      decoded = false;
    }
    const send = async (status: number, file: string, headerPath: string): Promise<void> => {
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
      for (const [k, v] of headersFor(rules, headerPath, hostRules)) headers[k] = v;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = async (): Promise<void> => {
      const page = join(root, '404.html');
      if (existsSync(page)) await send(404, page, pathname);
      else res.writeHead(404).end('Not found');
    };

    if (!decoded || !pathname.startsWith(basePath)) return notFound();
    const target = normalize(join(root, pathname.slice(basePath.length)));
    if (target !== root && !target.startsWith(root + sep)) return notFound();

    if (!pathname.endsWith('/') && !extname(pathname)) {
      if (await fileAt(join(target, 'index.html'))) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
    }
    const file = await fileAt(target);
    if (!file) return notFound();
    await send(200, file, pathname);
  });
}

/** Starts serving `dir` on a free port of 127.0.0.1 and resolves once it listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  if (!existsSync(join(options.dir, 'index.html'))) {
    throw new Error(`${options.dir} holds no built site: run \`npm run build\` first.`);
  }
  const server = siteServer(options);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

if (import.meta.main) {
  const at = process.argv.indexOf('--dir');
  const dir = at !== -1 && process.argv[at + 1] ? process.argv[at + 1]! : 'dist';
  const base = process.env['BASE_PATH'] ?? '/';
  const hostRules = process.env['HEADERS_HOST'] === 'netlify' ? 'netlify' : 'cloudflare';
  const { origin } = await startServer({ dir, base, hostRules });
  console.log(`Serving ${resolve(dir)} at ${origin}${base.replace(/\/?$/, '/')}`);
}
