/**
 * docker-compose.replica-set.yml laid over docker-compose.yml: three MongoDB members in one set,
 * initiated once by mongo-init, and an app that waits for it and knows every member. There is no
 * Docker engine here, so this reads the YAML and checks what would break the set: a member
 * started without --replSet or in another set, a URI naming another set or leaving out a member,
 * an app that starts before the set has a primary, the base file's one-member initiate left on.
 */
import { readFileSync } from 'node:fs'

import { load } from 'js-yaml'
import { z } from 'zod'

const ZService = z.looseObject({
  image: z.string().optional(),
  command: z.array(z.string()).optional(),
  environment: z.record(z.string(), z.string()).optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  healthcheck: z.looseObject({ test: z.array(z.string()).optional() }).optional(),
  volumes: z.array(z.string()).optional(),
  restart: z.string().optional(),
})
type TService = z.infer<typeof ZService>
const ZComposeFile = z.object({
  services: z.record(z.string(), ZService),
  volumes: z.record(z.string(), z.null()).optional(),
})
type TComposeFile = z.infer<typeof ZComposeFile>

const readCompose = (file: string) => ZComposeFile.parse(load(readFileSync(file, 'utf8')))

/**
 * `docker compose -f base -f override` for the keys checked here: mappings merge key by key,
 * `command`, `entrypoint` and `healthcheck.test` are replaced (Compose's merge rules; other
 * sequences would be appended, none of which is checked).
 */
function merge(base: unknown, override: unknown): unknown {
  if (Array.isArray(override) || typeof override !== 'object' || override === null) return override
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return override
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const [key, value] of Object.entries(override)) merged[key] = merge(merged[key], value)
  return merged
}

const base = readCompose('docker-compose.yml')
const overlay = readCompose('docker-compose.replica-set.yml')
const merged: TComposeFile = ZComposeFile.parse(merge(base, overlay))

const MEMBERS = ['mongo', 'mongo-2', 'mongo-3']
const replSetOf = (service: TService) => {
  const command = service.command ?? []
  const index = command.indexOf('--replSet')
  return index >= 0 ? command[index + 1] : undefined
}
/** mongodb://a:1,b:2/db?… : WHATWG URL refuses several hosts, so the parts are split here. */
function uriOf(service: TService) {
  const uri = service.environment?.DATABASE_URI ?? ''
  const match = /^mongodb:\/\/([^/?]+)\/[^?]*(?:\?(.*))?$/.exec(uri)
  if (!match) throw new Error(`not a mongodb:// URI: ${uri}`)
  return { hosts: match[1]!.split(','), searchParams: new URLSearchParams(match[2] ?? '') }
}
const initScript = () => (merged.services['mongo-init']?.command ?? []).join('\n')

describe('three-member MongoDB replica set (docker-compose.replica-set.yml)', () => {
  test('three mongo:7 members, each started with --replSet and the same set name', () => {
    const names = MEMBERS.map((member) => {
      const service = merged.services[member]
      expect(service?.image).toMatch(/^mongo:7(\.|$)/)
      return replSetOf(service!)
    })
    expect(names[0]).toBeTruthy()
    expect(new Set(names)).toEqual(new Set([names[0]]))
  })

  test('each member keeps its data in a volume of its own', () => {
    const volumes = MEMBERS.map((member) => merged.services[member]?.volumes?.[0]?.split(':')[0])
    expect(new Set(volumes).size).toBe(3)
    for (const volume of volumes) expect(Object.keys(merged.volumes ?? {})).toContain(volume)
  })

  test('the app and admin-create name every member and the same set in DATABASE_URI', () => {
    const setName = replSetOf(merged.services.mongo!)
    for (const name of ['app', 'admin-create']) {
      const uri = uriOf(merged.services[name]!)
      expect(uri.searchParams.get('replicaSet')).toBe(setName)
      expect(uri.hosts.sort()).toEqual(MEMBERS.map((member) => `${member}:27017`).sort())
    }
  })

  test('mongo-init initiates that set with the three members once, then waits for a primary', () => {
    const init = merged.services['mongo-init']!
    const script = initScript()
    expect(script).toContain(`const name = '${replSetOf(merged.services.mongo!)}'`)
    for (const member of MEMBERS) expect(script).toContain(`'${member}:27017'`)
    expect(script).toMatch(/rs\.initiate\(\{ _id: name, members: hosts\.map/)
    // Only when the set does not exist yet: a restart must not initiate again.
    expect(script).toMatch(/try \{ status = rs\.status\(\); \}[\s\S]*if \(status === null\)/)
    expect(script).toMatch(/hello\.primary\) \{[^}]*quit\(0\)/)
    expect(script).toContain('quit(1)')
    expect(init.restart).toBe('no')
    for (const member of MEMBERS)
      expect(init.depends_on?.[member]?.condition).toBe('service_healthy')
  })

  test('the app and admin-create start only after mongo-init has finished successfully', () => {
    for (const name of ['app', 'admin-create'])
      expect(merged.services[name]?.depends_on?.['mongo-init']?.condition).toBe(
        'service_completed_successfully',
      )
    // The base file's dependencies stay (Redis for the app).
    expect(merged.services.app?.depends_on?.redis?.condition).toBe('service_healthy')
  })

  test('no member initiates a one-member set of its own (the base file’s health check does)', () => {
    expect(base.services.mongo?.healthcheck?.test?.join(' ')).toContain('rs.initiate')
    for (const member of MEMBERS)
      expect(merged.services[member]?.healthcheck?.test?.join(' ')).not.toContain('rs.initiate')
  })
})

test('the single-node file: the app’s DATABASE_URI names the set mongo is started with', () => {
  const uri = uriOf(base.services.app!)
  expect(uri.searchParams.get('replicaSet')).toBe(replSetOf(base.services.mongo!))
  expect(uri.hosts).toEqual(['mongo:27017'])
})
