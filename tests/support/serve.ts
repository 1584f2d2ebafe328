/**
 * Serves the built site (`dist/`) for browser tests, the way a static host would: directory
 * URLs resolve to index.html, directory paths without a trailing slash redirect, misses get
 * 404.html with status 404, and `dist/_headers` is applied to every response.
 * Usage: node tests/support/serve.ts [--port 4329] [--dir dist]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i !== -1 && args[i + 1] ? args[i + 1]! : fallback;
};
const port = Number(arg('port', '4329'));
const root = resolve(arg('dir', 'dist'));
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

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

const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

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

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const send = async (status: number, file: string, headerPath: string): Promise<void> => {
    const body = await readFile(file);
    const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
    for (const [k, v] of headersFor(rules, headerPath)) headers[k] = v;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const notFound = async (): Promise<void> => {
    const page = join(root, '404.html');
    if (existsSync(page)) await send(404, page, pathname);
    else res.writeHead(404).end('Not found');
  };

  if (!pathname.startsWith(base)) return notFound();
  const relative = pathname.slice(base.length);
  const target = normalize(join(root, relative));
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

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
