import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

/**
 * A document starts in 简体中文 (zh-CN), the edition every other one is read against: zh-TW
 * converts its text where no override was written, and a document created in another locale would
 * have no zh-CN title or name at all. Translations are added to the saved document afterwards.
 * A hook rather than a validator: Payload skips validation for drafts.
 */
export function createInDefaultLocale(path: string): CollectionBeforeChangeHook {
  return ({ data, operation, req, collection }) => {
    if (operation !== 'create' || !req.locale || req.locale === DEFAULT_LOCALE) return data
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path,
            message: `请先以简体中文创建,再切换语言添加译文 / create it in 简体 first, then add translations`,
          },
        ],
      },
      req.t,
    )
  }
}
