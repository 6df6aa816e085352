/** mulberry32: a small seeded generator, so article n is the same text on every run and machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type TRandom = () => number

export const pick = <T>(random: TRandom, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T

export const between = (random: TRandom, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1))

/** `count` distinct items, in the order drawn. */
export function pickDistinct<T>(random: TRandom, items: readonly T[], count: number): T[] {
  const pool = [...items]
  const chosen: T[] = []
  while (chosen.length < count && pool.length > 0) {
    chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T)
  }
  return chosen
}
