import 'server-only'

import { getEnv } from './env'

/** What pages need from the environment to render: no secrets. */
export function displaySettings() {
  const env = getEnv()
  return { timeZone: env.TZ_DISPLAY, siteUrl: env.SITE_URL }
}
