import { NETWORK_ERROR_MESSAGE } from '@/lib/browser/apiClient'

/**
 * The login form's messages. A wrong password and an unknown address get the same one, as the
 * server answers them alike; there is no lockout, only a pause after many failed attempts.
 */
export const LOGIN_MESSAGES = {
  'wrong-credentials': '邮箱或密码不正确。',
  'too-many': '登录尝试次数过多，请稍后再试。',
  network: NETWORK_ERROR_MESSAGE,
  failed: '登录暂时无法完成，请稍后重试。',
} as const

export const REGISTER_FAILED_MESSAGE = '注册暂时无法完成，请稍后重试。'

export const REGISTER_TOO_MANY_MESSAGE = '注册次数过多，请稍后再试。'

/** The account page's 显示名称 and 修改密码 forms. */
export const ACCOUNT_SETTINGS_MESSAGES = {
  nameSaved: '显示名称已保存。',
  saved: '密码已修改。你在这里保持登录，其他设备上的登录已退出。',
  wrongCurrent: '当前密码不正确。',
  tooMany: '密码尝试次数过多，请稍后再试。',
  signedOut: '登录已失效，请重新登录后再试。',
  failed: '保存没有成功，请稍后重试。',
} as const
