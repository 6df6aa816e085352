/** A provider id (`bitcoin`, `avalanche-2`), as the `coins.marketDataId` field accepts it. */
export const MARKET_DATA_ID = /^[a-z0-9][a-z0-9-]{0,99}$/
