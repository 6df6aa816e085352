import type { THotWindow } from './hours'

/** One line of a 热门 list as GET /hot-items answers it: what the module shows, nothing more. */
export type THotEntry = { slug: string; title: string; views: number }

export type THotItemsAnswer = { window: THotWindow; items: THotEntry[] }
