import { z } from 'zod'

/** `/sitemaps/articles/<n>.xml`: n a positive whole number in a sane range, nothing else. */
export const ZSitemapChunkSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}\.xml$/, 'chunk must look like 1.xml')
  .transform((value) => Number(value.slice(0, -'.xml'.length)))

export const articleChunkPath = (chunk: number) => `/sitemaps/articles/${chunk}.xml`
export const PAGES_SITEMAP_PATH = '/sitemaps/pages.xml'
export const FLASHES_SITEMAP_PATH = '/sitemaps/flashes.xml'
