/**
 * Serves a built site (`dist/`) the way a static host would, for `npm start`, the browser tests
 * and the bench: directory URLs resolve to index.html, directory paths without a trailing slash
 * redirect, misses get 404.html with status 404, and `dist/_headers` is applied to every
 * response, so what you check locally carries the CSP and framing rules readers get.
 *
 * Tests and the bench listen on a port the system picks (port 0) and read back the address, so
 * two checkouts testing at once never reach each other's build. `npm start` asks for 4321; when
 * that port is taken it serves on a free one rather than failing, and says so.
 * By hand: node src/cli/serve.ts [--dir dist] [--port 4321] (BASE_PATH as the build used it;
 * HEADERS_HOST=netlify to combine `_headers` rules as Netlify does; Cloudflare Pages' way otherwise)
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
  '.md': 'text/markdown; charset=utf-8',
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
  /** The port to ask for; 0 (the default) lets the system pick. A busy port falls back to a free one. */
  port?: number;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** The port asked for was in use, so the server listens on one the system picked. */
  fellBack: boolean;
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

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((done, fail) => {
    const onError = (error: Error): void => fail(error);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      done();
    });
  });
}

/** Starts serving `dir` on 127.0.0.1 (the port asked for, else a free one) and resolves once it listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  if (!existsSync(join(options.dir, 'index.html'))) {
    throw new Error(`${options.dir} holds no built site: run \`npm run build\` first.`);
  }
  const server = siteServer(options);
  const wanted = options.port ?? 0;
  let fellBack = false;
  try {
    await listen(server, wanted);
  } catch (error) {
    // Another preview or dev server often holds 4321; serving elsewhere beats failing the command.
    if (wanted === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    await listen(server, 0);
    fellBack = true;
  }
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    fellBack,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The value after `--name` on the command line, if any. */
function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at !== -1 ? process.argv[at + 1] : undefined;
}

if (import.meta.main) {
  const dir = argument('dir') ?? 'dist';
  const portText = argument('port') ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) throw new Error(`--port takes a number from 0 to 65535, not "${portText}".`);
  const base = process.env['BASE_PATH'] ?? '/';
  const hostRules = process.env['HEADERS_HOST'] === 'netlify' ? 'netlify' : 'cloudflare';
  const server = await startServer({ dir, base, hostRules, port });
  const busy = server.fellBack ? ` (port ${port} is in use, so the system picked a free one)` : '';
  console.log(`Serving ${resolve(dir)} at ${server.origin}${base.replace(/\/?$/, '/')}${busy}`);
}
