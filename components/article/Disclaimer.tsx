import styles from './Disclaimer.module.css'

/** Shown with every article: nothing here is trading advice. */
export function Disclaimer() {
  return (
    <aside className={styles.disclaimer} aria-label="免责声明">
      <strong>免责声明：</strong>
      本站内容仅供信息参考，不构成任何投资建议或买卖依据。加密资产价格波动剧烈，请独立判断并自行承担风险。
    </aside>
  )
}
