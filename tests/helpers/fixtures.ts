import sharp from 'sharp'
import type { Payload } from 'payload'

import { lexicalFromBlocks } from '@/lib/seed/lexical'

let counter = 0
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

export const sampleBody = () =>
  lexicalFromBlocks([
    { type: 'h2', text: '背景' },
    { type: 'p', text: '这是一段测试正文。' },
  ])

/** All fixtures are written as the system (overrideAccess), like a seed. */
export async function makeArticle(
  payload: Payload,
  options: {
    status?: 'published' | 'draft'
    title?: string
    publishedAt?: string
    tags?: number[]
    coins?: number[]
    authors?: number[]
  } = {},
) {
  const status = options.status ?? 'published'
  return payload.create({
    collection: 'articles',
    draft: status === 'draft',
    data: {
      title: options.title ?? `测试文章 test ${unique()}`,
      summary: '测试摘要',
      body: sampleBody(),
      tags: options.tags,
      coins: options.coins,
      authors: options.authors,
      publishedAt: options.publishedAt,
      _status: status,
    },
    overrideAccess: true,
  })
}

export async function makeFlash(
  payload: Payload,
  options: {
    status?: 'published' | 'draft'
    text?: string
    important?: boolean
    coins?: (number | string)[]
    categories?: (number | string)[]
    publishedAt?: string
  } = {},
) {
  const status = options.status ?? 'published'
  return payload.create({
    collection: 'flashes',
    draft: status === 'draft',
    data: {
      text: options.text ?? `测试快讯 flash ${unique()}`,
      important: options.important ?? false,
      coins: options.coins as number[] | undefined,
      categories: options.categories as number[] | undefined,
      publishedAt: options.publishedAt,
      _status: status,
    },
    overrideAccess: true,
  })
}

export const makeFlashCategory = (payload: Payload) => {
  const id = unique()
  return payload.create({
    collection: 'flash-categories',
    data: { name: `分类${id}`.slice(0, 12), slug: `category-${id}`, order: 1 },
    overrideAccess: true,
  })
}

export const makeTag = (payload: Payload) => {
  const id = unique()
  return payload.create({
    collection: 'tags',
    data: { name: `标签${id}`, slug: `tag-${id}`, order: 1 },
    overrideAccess: true,
  })
}

export const makeCoin = (payload: Payload) => {
  const id = unique()
  return payload.create({
    collection: 'coins',
    data: { symbol: `C${id}`.slice(0, 10), name: `Coin ${id}`, marketDataId: `coin-${id}` },
    overrideAccess: true,
  })
}

export async function pngFile({ width = 64, height = 36 } = {}) {
  const data = await sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 60, b: 20 } },
  })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: `test-${unique()}.png`, size: data.length }
}

/** An image; the default size is smaller than every image size, so Payload makes none. */
export async function makeMedia(payload: Payload, size?: { width: number; height: number }) {
  return payload.create({
    collection: 'media',
    data: { alt: '测试图片' },
    file: await pngFile(size),
    overrideAccess: true,
  })
}

/** A user's 利好 / 利空 on a flash, written as the system (the vote endpoint also keeps the counts). */
export const makeFlashVote = (
  payload: Payload,
  data: { flash: number | string; user: number | string; vote?: 'bullish' | 'bearish' },
) =>
  payload.create({
    collection: 'flash-votes',
    data: {
      flash: data.flash as number,
      user: data.user as number,
      vote: data.vote ?? 'bullish',
    },
    overrideAccess: true,
  })
