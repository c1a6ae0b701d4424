// Debian's nginx as the load balancer of a test cluster: one listener per group of instances, round robin.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort } from './ports'
import { binary, startProcess, waitUntil } from './process'

export type TestLoadBalancer<G extends string> = {
  /** The balancer's address for each group, e.g. `urls.cms`. */
  urls: Record<G, string>
  stop: () => Promise<void>
  /** nginx's error log: which upstream failed and why. */
  output: () => string
}

function upstreamBlock(name: string, servers: string[]): string {
  // max_fails/fail_timeout: a dead instance is left out for a while after one failure instead of being
  // tried by every request.
  const lines = servers.map((server) => `    server ${new URL(server).host} max_fails=1 fail_timeout=2s;`)
  return `  upstream ${name} {\n${lines.join('\n')}\n    keepalive 16;\n  }`
}

function serverBlock(name: string, port: number): string {
  return `  server {
    listen 127.0.0.1:${port};
    client_max_body_size 20m;
    location / {
      proxy_pass http://${name};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Idempotent requests (GET, HEAD) go to the next instance when one fails; nginx never retries a
      # POST or PATCH unless told to, so a write is sent once.
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      proxy_buffering off;
    }
  }`
}

/**
 * nginx in front of `groups` (for example `{ cms: [a, b], site: [c, d] }`), each on a free port of its own,
 * with its config and temporary files in `dir`.
 */
export async function startLoadBalancer<G extends string>(dir: string, groups: Record<G, string[]>): Promise<TestLoadBalancer<G>> {
  const nginx = binary('nginx', ['/usr/sbin/nginx'], 'apt-get install -y nginx')
  mkdirSync(dir, { recursive: true })
  const names = Object.keys(groups) as G[]
  const ports = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await freePort()] as const))) as Record<G, number>
  const temp = (name: string) => `  ${name}_temp_path ${join(dir, name)};`
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events {}
http {
  access_log off;
${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n')}
${names.map((name) => upstreamBlock(name, groups[name])).join('\n')}
${names.map((name) => serverBlock(name, ports[name])).join('\n')}
}
`,
  )
  const server = startProcess(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { cwd: dir })
  const urls = Object.fromEntries(names.map((name) => [name, `http://127.0.0.1:${ports[name]}`])) as Record<G, string>
  await waitUntil('nginx', async () => {
    const answers = await Promise.all(names.map((name) => fetch(urls[name], { method: 'HEAD' }).then(() => true, () => false)))
    return answers.every(Boolean)
  }, { process: server })
  return { urls, stop: () => server.stop(), output: () => server.output() }
}
