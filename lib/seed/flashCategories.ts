/**
 * The 快讯 categories, in the order of the /flash filter chips, with the names the English
 * edition shows. Editors manage them in the admin (collection `flash-categories`).
 */
export const demoFlashCategories = [
  { slug: 'market', name: '行情', english: 'Markets' },
  { slug: 'funding', name: '融资', english: 'Funding' },
  { slug: 'project', name: '项目', english: 'Projects' },
  { slug: 'policy', name: '政策', english: 'Policy' },
  { slug: 'onchain', name: '链上', english: 'On-chain' },
  { slug: 'security', name: '安全', english: 'Security' },
  { slug: 'opinion', name: '观点', english: 'Opinion' },
] as const

export type TDemoFlashCategorySlug = (typeof demoFlashCategories)[number]['slug']
