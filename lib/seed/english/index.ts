/**
 * English versions of demo articles, for the portal's English edition, which lists only articles
 * that have one. They are kept apart from the Chinese originals in `lib/seed/articles` because they
 * are a separate locale of the same article (wired in through Payload localization), and because
 * each was written by an editor from the original, never machine-translated: same blocks in the
 * same order, same figures, no new facts.
 */
import type { TDemoBlock } from '@/lib/seed/types'
import { demoEnglishVersionsPart1 } from '@/lib/seed/english/versionsPart1'
import { demoEnglishVersionsPart2 } from '@/lib/seed/english/versionsPart2'

/** The English version of one demo article; `key` names the Chinese original in `demoArticles`. */
export type TDemoEnglishVersion = {
  key: string
  title: string
  summary: string
  /** Mirrors the original's blocks one for one (kinds, order, list items, table shape, images). */
  blocks: TDemoBlock[]
}

export const demoEnglishVersions: TDemoEnglishVersion[] = [
  ...demoEnglishVersionsPart1,
  ...demoEnglishVersionsPart2,
]
