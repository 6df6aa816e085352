import type { Field, FieldHook } from 'payload'

import { staffFieldOnly } from '@/collections/access'
import { MAX_SLUG_LENGTH, validateSlug } from '@/lib/slug'

/** The longest bio the author page shows: a couple of sentences, plain text. */
export const BIO_MAX = 280

/**
 * An empty slug is stored as null, never '': SQLite's unique index (like every SQL one) counts
 * NULLs as distinct, so staff without a page never collide. MongoDB's sparse unique index skips
 * documents without the field, which is every account that never had a slug; one cleared later
 * holds null (docs/authors.md: the partial index that would cover that case).
 */
const blankToNull: FieldHook = ({ value }) =>
  typeof value === 'string' && value.trim() ? value.trim() : null

const validateOptionalSlug = (value: unknown): true | string =>
  value === undefined || value === null || value === '' ? true : validateSlug(value)

/**
 * A staff member's public profile (/authors/<profileSlug>). These fields live on the private
 * account rather than in a public collection of their own: the users collection stays closed to
 * visitors and readers (its read rule is untouched), and the portal reads a profile only through
 * lib/queries/findAuthors.ts, which selects these fields by name and returns nothing else. So no
 * REST or GraphQL route gains a way to the accounts, and there is no second copy of the display
 * name to keep in step. Only staff may set them: a reader can never give itself a page, and the
 * reads ignore a reader's slug anyway (a demoted editor's page disappears).
 */
export const publicProfileFields: Field = {
  type: 'collapsible',
  label: { zh: '作者主页（公开）', en: 'Author page (public)' },
  admin: {
    description: {
      zh: '填写网址名称后，/authors/<网址名称> 公开显示显示名称、头像、简介和您发布的文章；邮箱不会公开',
      en: 'With a slug, /authors/<slug> shows your display name, avatar, bio and published articles; never your e-mail',
    },
  },
  fields: [
    {
      name: 'profileSlug',
      label: { zh: '作者主页网址名称', en: 'Author page slug' },
      type: 'text',
      unique: true,
      index: true,
      maxLength: MAX_SLUG_LENGTH,
      validate: validateOptionalSlug,
      hooks: { beforeChange: [blankToNull] },
      access: { create: staffFieldOnly, update: staffFieldOnly },
    },
    {
      name: 'avatar',
      label: { zh: '头像', en: 'Avatar' },
      type: 'upload',
      relationTo: 'media',
      access: { create: staffFieldOnly, update: staffFieldOnly },
    },
    {
      name: 'bio',
      label: { zh: '简介', en: 'Bio' },
      type: 'textarea',
      maxLength: BIO_MAX,
      access: { create: staffFieldOnly, update: staffFieldOnly },
    },
  ],
}
