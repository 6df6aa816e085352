import type { TDemoFlash } from '@/lib/seed/types'
import { demoFlashesPart1 } from './part1'
import { demoFlashesPart2 } from './part2'

/**
 * Original demo 快讯 (flash news) written for this project, spread over the last three days
 * (newest first). The organisations, funds, exchanges, people and projects in them are
 * fictional; only the coins and networks are real.
 */
export const demoFlashes: TDemoFlash[] = [...demoFlashesPart1, ...demoFlashesPart2]
