import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { runNginx } from '@/deploy/startNginx'
import { freePort } from '@/scripts/lib/freePort'

/**
 * The reference limit: nginx serving a copy of the article page's HTML from disk, configured like
 * deploy/nginx.conf where it matters for speed (workers, keep-alive, an access log per request),
 * and run the way startNginx runs that file.
 */
export async function serveStaticCopy(
  html: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-static-'))
  const port = await freePort()
  await writeFile(path.join(directory, 'article.html'), html)
  const isRoot = process.getuid?.() === 0
  const config = `${isRoot ? 'user root;' : ''}
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
    location = /nginx-health { return 200 "ok\\n"; }
  }
}
`
  const baseUrl = `http://127.0.0.1:${port}`
  try {
    const nginx = await runNginx({ directory, config, baseUrl, removeDirectoryOnStop: true })
    return { url: `${baseUrl}/article.html`, stop: nginx.stop }
  } catch (error) {
    throw new Error(`static reference: ${(error as Error).message}`)
  }
}
