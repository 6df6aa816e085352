import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * Lexical's defaults give headings, lists, quotes, links and image uploads; news bodies also carry
 * comparison tables, which Lexical ships as an experimental feature (pinned by tests).
 */
export const articleBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature()],
})
