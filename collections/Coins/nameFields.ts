import type { Field, FieldHook } from 'payload'

const MAX_ALIASES = 20

// Trimmed, blanks dropped, each alias once however it is capitalised.
const tidyAliases: FieldHook = ({ value }) => {
  if (!Array.isArray(value)) return value
  const seen = new Set<string>()
  return value
    .map((alias) => (typeof alias === 'string' ? alias.trim().replace(/\s+/g, ' ') : ''))
    .filter((alias) => {
      const key = alias.toLowerCase()
      if (!alias || seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/**
 * The names readers search by besides symbol and English name: the Chinese name and the
 * nicknames of the Chinese market (大饼 for Bitcoin, 姨太 for Ethereum). `label` is what the
 * admin shows for a coin, kept from the names by hooks/keepLabel.ts.
 */
export const coinNameFields: Field[] = [
  {
    name: 'nameZh',
    label: { zh: '中文名', en: 'Chinese name' },
    type: 'text',
    maxLength: 40,
    admin: { description: { zh: '如 以太坊', en: 'e.g. 以太坊 for Ethereum' } },
  },
  {
    name: 'aliases',
    label: { zh: '别名', en: 'Aliases' },
    type: 'text',
    hasMany: true,
    maxRows: MAX_ALIASES,
    maxLength: 40,
    hooks: { beforeValidate: [tidyAliases] },
    admin: {
      description: {
        zh: '读者可能输入的其他叫法,如 姨太、ETH2;回车分隔',
        en: 'Other names readers type, e.g. 姨太; press Enter after each',
      },
    },
  },
  {
    name: 'label',
    label: { zh: '显示名称', en: 'Label' },
    type: 'text',
    maxLength: 150,
    admin: {
      readOnly: true,
      description: { zh: '由代码和名称自动生成', en: 'Made from the symbol and names' },
    },
  },
]
