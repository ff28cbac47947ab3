// A tiny static file server on 127.0.0.1 for the benchmarks (no dependency).
// Serves the repository root; records nothing. `gzip: true` compresses text responses
// (gzip -9, as a typical web host does) when the browser asks for it.
// `BENCH_CDN=<dir>` serves another build under /dist/cdn/ (to measure an older build).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json' };

export async function serve({ gzip = false } = {}) {
  const cdn = process.env.BENCH_CDN ? resolve(process.env.BENCH_CDN) : undefined;
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = cdn && path.startsWith('/dist/cdn/') ? join(cdn, path.slice('/dist/cdn/'.length)) : join(root, path);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      let body = await readFile(file);
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      if (gzip && TYPES[extname(file)] && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${body.length}`;
        if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
        body = compressed.get(key);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
