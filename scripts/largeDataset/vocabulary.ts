/**
 * Sentence fragments for generated article bodies, written for this project. Sentences are built
 * as subject + time + event + comment, so a small vocabulary still gives varied, readable text.
 */
export const subjects = [
  '一家头部交易所',
  '某以太坊二层网络',
  '一个去中心化借贷协议',
  '多家矿业公司',
  '一支链上数据分析团队',
  '某稳定币发行方',
  '一个新兴的再质押项目',
  '几位核心开发者',
  '一家亚洲加密基金',
  '一个 DAO 社区',
  '某比特币扩容方案',
  '一家合规托管机构',
  '多个钱包服务商',
  '一个 Meme 币社区',
  '某跨链桥项目',
] as const

export const times = [
  '本周',
  '周一凌晨',
  '上周末',
  '近日',
  '本月初',
  '今日早间',
  '过去二十四小时内',
  '季度末',
] as const

export const events = [
  '公布了新一轮治理提案',
  '完成了主网升级',
  '宣布下调交易手续费',
  '披露了最新的储备证明',
  '启动了为期三个月的积分计划',
  '暂停了部分资产的充值通道',
  '上线了新的质押产品',
  '发布了季度运营报告',
  '完成了数千万美元的融资',
  '调整了清算参数',
  '开放了测试网申请',
  '修复了一处合约漏洞',
  '与一家支付公司达成合作',
  '提高了链上交易的吞吐量',
] as const

export const comments = [
  '市场对此反应平稳',
  '社区讨论随即升温',
  '分析人士认为影响有限',
  '链上活跃地址数明显增加',
  '相关代币短线波动加大',
  '部分用户对时间安排提出疑问',
  '团队表示后续将公布更多细节',
  '这一变化被视为行业成熟的信号',
  '监管层面的态度仍有待观察',
  '资金费率随后回到中性区间',
  '多家机构表示将持续跟踪',
  '开发者文档已同步更新',
] as const

export const connectors = [
  '此外,',
  '与此同时,',
  '值得注意的是,',
  '从数据看,',
  '据了解,',
  '',
] as const

export const headings = [
  '事件经过',
  '市场反应',
  '链上数据',
  '各方观点',
  '技术细节',
  '背景回顾',
  '风险提示',
  '后续看点',
  '数据对比',
  '行业影响',
] as const

export const titleTopics = [
  '治理提案',
  '主网升级',
  '储备证明',
  '融资动态',
  '质押收益',
  '清算风险',
  '跨链安全',
  '手续费调整',
  '积分计划',
  '季度报告',
] as const

export const titleAngles = [
  '背后的逻辑',
  '意味着什么',
  '一文读懂',
  '市场怎么看',
  '三个关键数字',
  '进展梳理',
  '影响几何',
] as const

export const tableHeaders = [
  ['指标', '本期', '上期', '变化'],
  ['项目', '锁仓量', '日活地址', '手续费收入'],
] as const

export const tableRowLabels = [
  '第一周',
  '第二周',
  '第三周',
  '第四周',
  '以太坊',
  '比特币',
  'Solana',
] as const

export const bylines = ['Newsroom 编辑部', '链上观察组', '市场研究部', '快讯组'] as const

export const sources = ['项目公告', '链上数据平台', '社区论坛', '官方博客'] as const
