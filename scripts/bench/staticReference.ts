import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../lib/productionServer'

/**
 * The reference limit: nginx serving a copy of the article page's HTML from disk, configured like
 * deploy/nginx.conf where it matters for speed (workers, keep-alive, an access log per request).
 */
export async function serveStaticCopy(
  html: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-static-'))
  const port = await freePort()
  await writeFile(path.join(directory, 'article.html'), html)
  const isRoot = process.getuid?.() === 0
  await writeFile(
    path.join(directory, 'nginx.conf'),
    `${isRoot ? 'user root;' : ''}
worker_processes auto;
pid nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
  default_type text/html;
  keepalive_timeout 65s;
  client_body_temp_path client_temp;
  proxy_temp_path proxy_temp;
  fastcgi_temp_path fastcgi_temp;
  uwsgi_temp_path uwsgi_temp;
  scgi_temp_path scgi_temp;
  access_log access.log;
  server {
    listen 127.0.0.1:${port};
    root ${directory};
    location = /nginx-health { return 204; }
  }
}
`,
  )
  const child = spawn(
    'nginx',
    [
      '-p',
      `${directory}/`,
      '-c',
      path.join(directory, 'nginx.conf'),
      '-e',
      'stderr',
      '-g',
      'daemon off;',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let messages = ''
  child.stderr.on('data', (chunk) => (messages += chunk))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      await exited
    }
    await rm(directory, { recursive: true, force: true })
  }
  const url = `http://127.0.0.1:${port}/article.html`
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { url, stop }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await stop()
  throw new Error(`nginx (static reference) did not start:\n${messages}`)
}
