/**
 * Well-known coins with sample figures (示例数据): plausible orders of magnitude for a demo, not
 * quotes. The market-data refresh replaces them with live figures where it is enabled.
 */
export const demoCoins = [
  { marketDataId: 'bitcoin', symbol: 'BTC', name: 'Bitcoin', rank: 1, price: 64210.55, marketCap: 1.265e12, change24h: 1.84 },
  { marketDataId: 'ethereum', symbol: 'ETH', name: 'Ethereum', rank: 2, price: 3125.4, marketCap: 3.76e11, change24h: -0.92 },
  { marketDataId: 'tether', symbol: 'USDT', name: 'Tether', rank: 3, price: 1.0002, marketCap: 1.18e11, change24h: 0.01 },
  { marketDataId: 'binancecoin', symbol: 'BNB', name: 'BNB', rank: 4, price: 585.12, marketCap: 8.54e10, change24h: 0.66 },
  { marketDataId: 'solana', symbol: 'SOL', name: 'Solana', rank: 5, price: 148.37, marketCap: 6.91e10, change24h: 3.27 },
  { marketDataId: 'usd-coin', symbol: 'USDC', name: 'USDC', rank: 6, price: 0.9999, marketCap: 3.45e10, change24h: -0.01 },
  { marketDataId: 'ripple', symbol: 'XRP', name: 'XRP', rank: 7, price: 0.5231, marketCap: 2.93e10, change24h: -1.45 },
  { marketDataId: 'dogecoin', symbol: 'DOGE', name: 'Dogecoin', rank: 8, price: 0.1284, marketCap: 1.87e10, change24h: 5.12 },
  { marketDataId: 'the-open-network', symbol: 'TON', name: 'Toncoin', rank: 9, price: 6.02, marketCap: 1.52e10, change24h: -2.08 },
  { marketDataId: 'cardano', symbol: 'ADA', name: 'Cardano', rank: 10, price: 0.3925, marketCap: 1.4e10, change24h: 0.37 },
  { marketDataId: 'tron', symbol: 'TRX', name: 'TRON', rank: 11, price: 0.1236, marketCap: 1.08e10, change24h: 0.52 },
  { marketDataId: 'avalanche-2', symbol: 'AVAX', name: 'Avalanche', rank: 12, price: 27.45, marketCap: 1.08e10, change24h: -3.14 },
  { marketDataId: 'shiba-inu', symbol: 'SHIB', name: 'Shiba Inu', rank: 13, price: 0.00001734, marketCap: 1.02e10, change24h: 4.41 },
  { marketDataId: 'chainlink', symbol: 'LINK', name: 'Chainlink', rank: 14, price: 13.62, marketCap: 8.29e9, change24h: 1.09 },
  { marketDataId: 'polkadot', symbol: 'DOT', name: 'Polkadot', rank: 15, price: 5.87, marketCap: 8.45e9, change24h: -0.75 },
  { marketDataId: 'bitcoin-cash', symbol: 'BCH', name: 'Bitcoin Cash', rank: 16, price: 372.9, marketCap: 7.36e9, change24h: 0.88 },
  { marketDataId: 'near', symbol: 'NEAR', name: 'NEAR Protocol', rank: 17, price: 5.21, marketCap: 5.73e9, change24h: 2.35 },
  { marketDataId: 'uniswap', symbol: 'UNI', name: 'Uniswap', rank: 18, price: 7.84, marketCap: 4.71e9, change24h: -1.22 },
  { marketDataId: 'litecoin', symbol: 'LTC', name: 'Litecoin', rank: 19, price: 68.4, marketCap: 5.13e9, change24h: 0.21 },
  { marketDataId: 'pepe', symbol: 'PEPE', name: 'Pepe', rank: 20, price: 0.00000921, marketCap: 3.87e9, change24h: 8.63 },
  { marketDataId: 'aptos', symbol: 'APT', name: 'Aptos', rank: 21, price: 7.12, marketCap: 3.3e9, change24h: -2.61 },
  { marketDataId: 'internet-computer', symbol: 'ICP', name: 'Internet Computer', rank: 22, price: 8.95, marketCap: 4.17e9, change24h: 1.5 },
  { marketDataId: 'ethereum-classic', symbol: 'ETC', name: 'Ethereum Classic', rank: 23, price: 21.3, marketCap: 3.14e9, change24h: -0.44 },
  { marketDataId: 'arbitrum', symbol: 'ARB', name: 'Arbitrum', rank: 24, price: 0.782, marketCap: 2.6e9, change24h: 2.97 },
  { marketDataId: 'optimism', symbol: 'OP', name: 'Optimism', rank: 25, price: 1.64, marketCap: 1.98e9, change24h: 3.58 },
  { marketDataId: 'stacks', symbol: 'STX', name: 'Stacks', rank: 26, price: 1.73, marketCap: 2.53e9, change24h: 6.02 },
  { marketDataId: 'aave', symbol: 'AAVE', name: 'Aave', rank: 27, price: 94.6, marketCap: 1.41e9, change24h: -1.87 },
  { marketDataId: 'maker', symbol: 'MKR', name: 'Maker', rank: 28, price: 2215.0, marketCap: 2.05e9, change24h: 0.63 },
  { marketDataId: 'lido-dao', symbol: 'LDO', name: 'Lido DAO', rank: 29, price: 1.92, marketCap: 1.72e9, change24h: -3.39 },
  { marketDataId: 'ethena', symbol: 'ENA', name: 'Ethena', rank: 30, price: 0.412, marketCap: 6.9e8, change24h: 7.25 },
  { marketDataId: 'eigenlayer', symbol: 'EIGEN', name: 'EigenLayer', rank: 31, price: 3.18, marketCap: 5.9e8, change24h: -4.12 },
  { marketDataId: 'dogwifcoin', symbol: 'WIF', name: 'dogwifhat', rank: 32, price: 2.31, marketCap: 2.31e9, change24h: 9.84 },
] as const

export type TDemoCoinId = (typeof demoCoins)[number]['marketDataId']
