import type { TDemoArticle } from '@/lib/seed/types'
import { demoArticlesPart1 } from './part1'
import { demoArticlesPart2 } from './part2'

/** Original demo articles written for this project. */
export const demoArticles: TDemoArticle[] = [...demoArticlesPart1, ...demoArticlesPart2]
