import { seededRandom } from '@/scripts/largeDataset/random'

/**
 * Words readers type, from the generated articles' vocabulary (common ones such as 质押 match a
 * large share of 100,000 articles, which is the costly case), ticker-like Latin words, and words
 * no article has (the index must answer "nothing" quickly too).
 */
const WORDS = [
  '质押',
  '再质押',
  '交易所',
  '以太坊',
  '稳定币',
  '跨链桥',
  '借贷',
  '矿业',
  '治理提案',
  '主网升级',
  '手续费',
  '储备证明',
  '融资',
  '清算',
  '测试网',
  '合约漏洞',
  '本周',
  '凌晨',
  'dao',
  'meme',
  'ETH',
  '比特币',
  '钱包',
  '托管',
  '量子计算',
  '火星基地',
] as const

/** `count` queries of 1 to 4 words, the same on every run. */
export function searchQueryMix(count: number): string[] {
  const random = seededRandom(20261206)
  return Array.from({ length: count }, (_, i) => {
    const words = 1 + (i % 4)
    const chosen = new Set<string>()
    while (chosen.size < words) chosen.add(WORDS[Math.floor(random() * WORDS.length)] as string)
    return [...chosen].join(' ')
  })
}
