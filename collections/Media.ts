import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig } from 'payload'

import { getEnv } from '@/lib/env'
import {
  mediaChange,
  mediaCreate,
  newsroomFieldOnly,
  nobodyField,
  visibleMediaOrStaff,
} from './access'
import { assignOwnerToCurrentUser } from './hooks/assignOwnerToCurrentUser'
import { forgetImageAsShareImage } from './hooks/deleteDependents'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '媒体', en: 'Media' }, plural: { zh: '媒体', en: 'Media' } },
  // Payload applies the read rule to the file URLs too (every image size), so a draft's images
  // stay private until the article is published. Contributors upload for their own drafts and
  // see and change only their own uploads (collections/access.ts).
  access: {
    read: visibleMediaOrStaff,
    create: mediaCreate,
    update: mediaChange,
    delete: mediaChange,
  },
  hooks: {
    beforeValidate: [assignOwnerToCurrentUser('uploadedBy')],
    beforeDelete: [forgetImageAsShareImage],
  },
  upload: {
    // Relative to the project, wherever the process was started from.
    staticDir: path.resolve(projectRoot, getEnv().MEDIA_DIR),
    mimeTypes: ['image/*'],
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 180, position: 'centre' },
      { name: 'card', width: 640, height: 360, position: 'centre' },
      { name: 'article', width: 1200, withoutEnlargement: true },
    ],
  },
  fields: [
    {
      name: 'alt',
      label: { zh: '替代文字', en: 'Alt text' },
      type: 'text',
      required: true,
      maxLength: 200,
    },
    { name: 'credit', label: { zh: '图片来源', en: 'Credit' }, type: 'text' },
    {
      // Who uploaded the image: a contributor's uploads are theirs to see and change. Set by the
      // hook on create, never from a request body.
      name: 'uploadedBy',
      label: { zh: '上传者', en: 'Uploaded by' },
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { read: newsroomFieldOnly, create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'visibleToVisitors',
      label: { zh: '已公开', en: 'Public' },
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          zh: '使用此图片的文章发布后自动公开',
          en: 'Set when an article using this image is published',
        },
      },
    },
  ],
}
