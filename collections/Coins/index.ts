import type { CollectionConfig } from 'payload'

import { anyone, nobodyField, staffOnly } from '@/collections/access'
import { coinEndpoints } from '@/endpoints/coins'
import { validateSparkline } from '@/lib/market/validateSparkline'
import {
  revalidateCoinProfileAfterChange,
  revalidateCoinProfileAfterDelete,
} from '@/collections/hooks/revalidateCoinProfiles'
import { keepLabel } from './hooks/keepLabel'
import { rankLabelSearch } from './hooks/rankLabelSearch'
import { coinNameFields } from './nameFields'

const MARKET_DATA_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/

export const Coins: CollectionConfig = {
  slug: 'coins',
  labels: { singular: { zh: '币种', en: 'Coin' }, plural: { zh: '币种', en: 'Coins' } },
  admin: {
    // `ETH · Ethereum · 以太坊`: pickers (articles' coins) show and search this one field.
    useAsTitle: 'label',
    defaultColumns: ['symbol', 'name', 'nameZh', 'rank', 'price', 'change24h', 'priceUpdatedAt'],
    listSearchableFields: ['symbol', 'name', 'nameZh', 'aliases', 'marketDataId'],
  },
  defaultSort: 'rank',
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  // /api/coins/quotes, /api/coins/search, /api/coins/adopt (endpoints/coins).
  endpoints: coinEndpoints,
  hooks: {
    beforeChange: [keepLabel],
    // A new coin has no page in any cache yet; an edit of its name or logo renews its page.
    afterChange: [revalidateCoinProfileAfterChange],
    afterDelete: [revalidateCoinProfileAfterDelete],
    afterOperation: [rankLabelSearch],
  },
  // Tickers are not unique across the market (many tokens call themselves "ETH"); the provider id is.
  indexes: [{ fields: ['symbol', 'marketDataId'], unique: true }],
  fields: [
    {
      name: 'symbol',
      label: { zh: '代码', en: 'Symbol' },
      type: 'text',
      required: true,
      index: true,
      maxLength: 20,
      hooks: {
        beforeValidate: [
          ({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
        ],
      },
    },
    {
      name: 'name',
      label: { zh: '名称', en: 'Name' },
      type: 'text',
      required: true,
      maxLength: 80,
    },
    ...coinNameFields,
    {
      name: 'marketDataId',
      label: { zh: '行情数据 ID', en: 'Market data id' },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 100,
      validate: (value: unknown) =>
        typeof value === 'string' && MARKET_DATA_ID_PATTERN.test(value)
          ? true
          : '只能包含小写字母、数字和连字符(如 bitcoin)/ lower-case letters, digits, hyphens (e.g. bitcoin)',
      admin: {
        description: {
          zh: '行情提供方的币种 ID,如 bitcoin',
          en: "The provider's id, e.g. bitcoin",
        },
      },
    },
    { name: 'logo', label: { zh: '图标', en: 'Logo' }, type: 'upload', relationTo: 'media' },
    {
      type: 'collapsible',
      label: { zh: '行情(自动更新)', en: 'Market data (refreshed automatically)' },
      fields: [
        {
          name: 'rank',
          label: { zh: '市值排名', en: 'Rank' },
          type: 'number',
          min: 1,
          index: true,
        },
        { name: 'price', label: { zh: '价格 (USD)', en: 'Price (USD)' }, type: 'number', min: 0 },
        {
          name: 'marketCap',
          label: { zh: '市值 (USD)', en: 'Market cap (USD)' },
          type: 'number',
          min: 0,
        },
        { name: 'change24h', label: { zh: '24h 涨跌 (%)', en: '24h change (%)' }, type: 'number' },
        {
          name: 'priceUpdatedAt',
          label: { zh: '行情更新时间', en: 'Market data updated at' },
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          // 7-day prices for the sparkline, oldest first; written only by the market refresh.
          name: 'sparkline7d',
          label: { zh: '7 日走势', en: '7-day prices' },
          type: 'json',
          validate: validateSparkline,
          access: { create: nobodyField, update: nobodyField },
          admin: { hidden: true },
          typescriptSchema: [
            () => ({ oneOf: [{ type: 'array', items: { type: 'number' } }, { type: 'null' }] }),
          ],
        },
      ],
    },
  ],
}
