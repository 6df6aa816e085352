import { z } from 'zod'

/** A flash id as the browser sends it: numbers on SQLite and 24 hex digits on MongoDB fit this. */
export const FLASH_ID_PATTERN = /^[0-9a-zA-Z]{1,64}$/

/** One id of GET /api/flashes/votes?ids=…. */
export const ZFlashIdSchema = z
  .string()
  .regex(FLASH_ID_PATTERN, 'ids 须为 1–64 位字母或数字 / each id must be 1–64 letters or digits')
