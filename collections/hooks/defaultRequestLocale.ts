import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

/**
 * A REST or GraphQL request without `?locale=` reads and writes zh-CN, as before localization.
 * Payload defaults the request's locale only when the config falls back between locales, which
 * ours does not (lib/i18n/contentLocalization.ts): without this such a request has no locale, reads
 * every localized field as missing and fails validation on save. The Local API and the admin
 * always name one.
 */
export const defaultRequestLocale: CollectionBeforeOperationHook = ({ args, req }) => {
  req.locale ??= DEFAULT_LOCALE
  return args
}

/** The collection with defaultRequestLocale first among its beforeOperation hooks. */
export function withDefaultRequestLocale(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, beforeOperation: [defaultRequestLocale, ...(hooks.beforeOperation ?? [])] },
  }
}
