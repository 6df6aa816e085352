import { handleContentApi } from '@/lib/contentApi/handler'

// The read-only content API (docs/api.md). Next matches this before Payload's /api/[...slug],
// and every answer is built per request (the reads inside are cached by tag).
export const dynamic = 'force-dynamic'

export const GET = handleContentApi
export const HEAD = handleContentApi
export const OPTIONS = handleContentApi
