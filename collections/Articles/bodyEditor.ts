import { FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { ArticleTableFeature } from './articleTableFeature'

/**
 * Lexical's defaults give headings, lists, quotes, links and image uploads; news bodies also carry
 * comparison tables (Lexical's experimental feature, labelled in Chinese: articleTableFeature.ts).
 * The fixed toolbar (with tooltips) makes those discoverable without knowing the slash menu.
 */
export const articleBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    FixedToolbarFeature(),
    ArticleTableFeature(),
  ],
})
