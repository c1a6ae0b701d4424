// Debian's nginx as the reverse proxy in front of a server under test, on a free port with a config and
// prefix of its own in a temporary folder.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort, type Server, startServer, waitFor } from './servers'

const nginx = '/usr/sbin/nginx'

/**
 * nginx on 127.0.0.1 proxying to `upstream` from the address `bindAddress`, appending the client's
 * address to X-Forwarded-For as the usual production config does.
 */
export async function startNginx(dir: string, upstream: string, bindAddress: string): Promise<{ url: string; server: Server }> {
  if (!existsSync(nginx)) throw new Error(`[e2e] ${nginx} is missing: install Debian's nginx (apt-get install nginx; .ci/run does)`)
  const port = await freePort()
  mkdirSync(dir, { recursive: true })
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')};
events {}
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass ${upstream};
      proxy_bind ${bindAddress};
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
}
`,
  )
  const server = startServer('nginx', nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { cwd: dir, env: {} })
  const url = `http://127.0.0.1:${port}`
  await waitFor('nginx', async () => (await fetch(`${url}/api/users/me`)).status < 500, 15_000, server)
  return { url, server }
}
