/**
 * The category tabs of the portal, in tab order (全部 is the unfiltered feed, not a tag), with the
 * names and descriptions the English edition shows (seedTranslations.ts writes them in `en`).
 */
export const demoTags = [
  {
    name: '产业',
    slug: 'industry',
    description: '交易所、矿业、支付与加密行业的公司动态',
    english: { name: 'Industry', description: 'Exchanges, mining, payments and crypto companies' },
  },
  {
    name: 'Web 3.0',
    slug: 'web3',
    description: '去中心化应用、钱包与用户体验',
    english: { name: 'Web 3.0', description: 'Decentralised apps, wallets and user experience' },
  },
  {
    name: 'DAO',
    slug: 'dao',
    description: '链上治理、提案与社区组织',
    english: { name: 'DAO', description: 'On-chain governance, proposals and communities' },
  },
  {
    name: 'DeFi',
    slug: 'defi',
    description: '借贷、交易、稳定币与收益协议',
    english: { name: 'DeFi', description: 'Lending, trading, stablecoins and yield protocols' },
  },
  {
    name: '符文',
    slug: 'runes',
    description: '比特币符文、铭文与资产发行协议',
    english: { name: 'Runes', description: 'Bitcoin runes, inscriptions and token standards' },
  },
  {
    name: '空投再质押',
    slug: 'airdrop-restaking',
    description: '空投活动、积分计划与再质押协议',
    english: {
      name: 'Airdrops & Restaking',
      description: 'Airdrops, points programmes and restaking protocols',
    },
  },
  {
    name: '以太坊',
    slug: 'ethereum',
    description: '以太坊协议升级、客户端与生态',
    english: { name: 'Ethereum', description: 'Ethereum upgrades, clients and ecosystem' },
  },
  {
    name: 'Meme',
    slug: 'meme',
    description: 'Meme 币与社区文化',
    english: { name: 'Meme', description: 'Meme coins and community culture' },
  },
  {
    name: '比特币L2',
    slug: 'bitcoin-l2',
    description: '比特币扩容方案、侧链与 Rollup',
    english: { name: 'Bitcoin L2', description: 'Bitcoin scaling, sidechains and rollups' },
  },
  {
    name: '以太坊L2',
    slug: 'ethereum-l2',
    description: '以太坊二层网络与 Rollup 生态',
    english: { name: 'Ethereum L2', description: 'Ethereum layer-2 networks and rollups' },
  },
  {
    name: '研报',
    slug: 'research',
    description: '深度研究与数据分析',
    english: { name: 'Research', description: 'In-depth research and data analysis' },
  },
  {
    name: '头条',
    slug: 'headlines',
    description: '当日要闻',
    english: { name: 'Headlines', description: 'The day’s top stories' },
  },
  {
    name: '投资',
    slug: 'investment',
    description: '融资、并购与机构动向',
    english: { name: 'Investment', description: 'Funding, acquisitions and institutions' },
  },
] as const

export type TDemoTagSlug = (typeof demoTags)[number]['slug']
