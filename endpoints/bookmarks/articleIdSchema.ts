import { z } from 'zod'

/** An article id as the browser sends it: numbers on SQLite and 24 hex digits on MongoDB fit this. */
export const ZArticleIdSchema = z
  .string({ message: '缺少参数 article / article is required' })
  .regex(
    /^[0-9a-zA-Z]{1,64}$/,
    'article 须为 1–64 位字母或数字 / article must be 1–64 letters or digits',
  )
