import sharp from 'sharp'

import { demoTags } from './tags'

export type TDemoImage = { key: string; alt: string; svg: string }

const WIDTH = 1200
const HEIGHT = 675

/** A deterministic pseudo-random sequence, so reseeding draws the same pictures. */
function sequence(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function coverSvg(hue: number, seed: number): string {
  const next = sequence(seed)
  const circles = Array.from({ length: 7 }, () => {
    const radius = 40 + next() * 160
    return `<circle cx="${(next() * WIDTH).toFixed(0)}" cy="${(next() * HEIGHT).toFixed(0)}" r="${radius.toFixed(0)}" fill="hsl(${(hue + next() * 60).toFixed(0)},70%,60%)" fill-opacity="${(0.15 + next() * 0.35).toFixed(2)}"/>`
  }).join('')
  const lines = Array.from({ length: 5 }, (_, index) => {
    const y = 120 + index * 110
    return `<path d="M0 ${y} C 300 ${y - 80 * next()}, 800 ${y + 80 * next()}, ${WIDTH} ${y}" stroke="white" stroke-opacity="0.25" stroke-width="3" fill="none"/>`
  }).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="hsl(${hue},65%,28%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},70%,45%)"/>
</linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${circles}${lines}</svg>`
}

function barChartSvg(): string {
  const next = sequence(7)
  const bars = Array.from({ length: 12 }, (_, index) => {
    const height = 80 + next() * 420
    return `<rect x="${90 + index * 88}" y="${585 - height}" width="56" height="${height.toFixed(0)}" rx="6" fill="hsl(${200 + index * 6},70%,50%)"/>`
  }).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="100%" height="100%" fill="#f7f8fa"/><path d="M60 590 H1150" stroke="#999" stroke-width="2"/>${bars}</svg>`
}

function lineChartSvg(): string {
  const next = sequence(11)
  let value = 400
  const points = Array.from({ length: 40 }, (_, index) => {
    value = Math.min(600, Math.max(80, value + (next() - 0.48) * 70))
    return `${60 + index * 27},${value.toFixed(0)}`
  }).join(' ')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="100%" height="100%" fill="#101828"/><polyline points="${points}" fill="none" stroke="#f04438" stroke-width="5"/></svg>`
}

function networkSvg(): string {
  const next = sequence(23)
  const nodes = Array.from({ length: 24 }, () => [60 + next() * 1080, 60 + next() * 555] as const)
  const edges = nodes
    .slice(1)
    .map(([x, y], index) => {
      const [tx, ty] = nodes[Math.floor(next() * (index + 1))] ?? [0, 0]
      return `<line x1="${x.toFixed(0)}" y1="${y.toFixed(0)}" x2="${tx.toFixed(0)}" y2="${ty.toFixed(0)}" stroke="#7aa2ff" stroke-opacity="0.6" stroke-width="2"/>`
    })
    .join('')
  const dots = nodes
    .map(([x, y]) => `<circle cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" r="10" fill="#c7d7fe"/>`)
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><rect width="100%" height="100%" fill="#1d2939"/>${edges}${dots}</svg>`
}

/** Covers (one per tag) and a few in-body figures, drawn here so the demo needs no stock photos. */
export const demoImages: TDemoImage[] = [
  ...demoTags.map((tag, index) => ({
    key: `cover-${tag.slug}`,
    alt: `${tag.name} 栏目封面图`,
    svg: coverSvg((index * 27) % 360, index + 1),
  })),
  { key: 'chart-bars', alt: '柱状图:按月统计的链上活动示意', svg: barChartSvg() },
  { key: 'chart-line', alt: '折线图:价格走势示意', svg: lineChartSvg() },
  { key: 'network-nodes', alt: '网络节点连接示意图', svg: networkSvg() },
]

export async function renderDemoImage(image: TDemoImage): Promise<Buffer> {
  return sharp(Buffer.from(image.svg)).png({ compressionLevel: 9 }).toBuffer()
}
