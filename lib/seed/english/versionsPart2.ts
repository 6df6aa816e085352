import type { TDemoEnglishVersion } from '@/lib/seed/english'

/** English versions of demo articles from `lib/seed/articles/part2.ts`. */
export const demoEnglishVersionsPart2: TDemoEnglishVersion[] = [
  {
    key: 'p2-btc-l2-monthly-tvl',
    title: 'Bitcoin L2 monthly data: TVL up 18% on the month, bridged BTC highly concentrated',
    summary:
      'Total value locked across Bitcoin layer-2 networks came to about $3.8 billion this month, up 18% on last month. Bridged BTC sits mostly on a few networks, yield products drove most of the growth, and growth in active addresses slowed sharply.',
    blocks: [
      {
        type: 'p',
        text: 'According to monthly data compiled by this publication, total value locked (TVL) across Bitcoin layer-2 networks stood at about $3.8 billion at the end of this month, up about 18% on last month. A rising BTC price accounted for about 7 percentage points of that; the rest came from newly bridged assets. At the same time, the gap between networks keeps widening: the top three hold nearly 70% of all bridged BTC.',
      },
      { type: 'h2', text: 'Overview: concentrated at the top, scattered in the tail' },
      {
        type: 'table',
        header: ['Network', 'TVL', 'Month on month', 'Bridged BTC', 'Daily active addresses'],
        rows: [
          ['Stacks', 'about $960 million', '+21%', 'about 6,900 BTC', 'about 31,000'],
          ['Corehaven', 'about $880 million', '+26%', 'about 8,400 BTC', 'about 19,000'],
          ['Bitfold', 'about $720 million', '+12%', 'about 7,300 BTC', 'about 12,000'],
          ['Ordlayer', 'about $390 million', '+9%', 'about 3,600 BTC', 'about 8,000'],
          [
            '20-plus other networks',
            'about $850 million',
            '+17%',
            'about 5,200 BTC',
            'about 26,000',
          ],
        ],
      },
      { type: 'image', image: 'chart-bars' },
      {
        type: 'p',
        text: "By network, Corehaven's growth came mainly from an eight-week BTC staking points campaign, which added about 2,100 bridged BTC within three weeks of its launch. Stacks' gains were more evenly spread, with lending and DEXs contributing roughly equally. Growth slowed at Bitfold and Ordlayer, as some capital moved to newer networks offering bigger incentives.",
      },
      { type: 'h2', text: 'Where the growth came from' },
      {
        type: 'p',
        text: "Breaking down the flows shows that this month's newly bridged BTC went mainly into three kinds of products. Note that a sizeable share of these assets is counted more than once across networks, so the real net increase may be smaller than the headline figures suggest. About 40% of the newly bridged BTC also came from a handful of large deposits of more than 50 BTC each, so the money is highly concentrated.",
      },
      {
        type: 'list',
        items: [
          'BTC staking and points products, where users deposit BTC to earn layer-2 tokens or points: about 55% of the increase;',
          'lending protocols, where bridged BTC is posted as collateral to borrow stablecoins: about 25%;',
          'DEX liquidity pools, mostly BTC–stablecoin pairs: about 15%;',
          'other applications, including derivatives and NFT marketplaces: about 5% combined.',
        ],
      },
      { type: 'h2', text: 'Activity: growth is slowing' },
      {
        type: 'p',
        text: "In contrast to the rapid rise in TVL, daily active addresses across these networks grew only about 4% this month, and some networks saw a decline. That suggests the inflows were driven by a small number of large holders rather than a wave of new users. Fees tell a similar story: Bitcoin layer-2 networks earned about $2.1 million in fees this month, up less than 5% on last month and well out of step with TVL growth. Some analysts point out that when points campaigns end or rewards shrink, this kind of “yield-seeking” money tends to leave quickly, and TVL could then fall sharply. For anyone following Bitcoin L2s, active addresses, fee revenue and the security model of the bridges may say more about a network's real state than the absolute TVL figure.",
      },
    ],
  },
  {
    key: 'p2-l2-stage-rating-update',
    title: 'L2 stage ratings update: only about 30% of rollups reach Stage 1',
    summary:
      'Our latest review of 25 Ethereum rollups finds about 30% at Stage 1 and no large network at Stage 2 yet. Fraud proofs going live and security councils giving up powers drove this round of rating changes.',
    blocks: [
      {
        type: 'p',
        text: "The Ethereum community commonly uses “stages” to describe how far a rollup has moved out of its operator's control. For this edition, we compiled public information on 25 rollups with TVL above $50 million and classified them under the widely used assessment framework. Overall, the industry is still inching forward, but it is a long way from being “constrained entirely by code”.",
      },
      { type: 'h2', text: 'The framework, recapped' },
      {
        type: 'list',
        ordered: true,
        items: [
          'Stage 0: the rollup publishes state roots and transaction data, but its proof system is not yet live or can be bypassed at will by the operator, so security rests mainly on the operator;',
          'Stage 1: the proof system is live and the operator cannot change the state on its own, but a security council keeps the power to override proof results in an emergency;',
          'Stage 2: the proof system is fully permissionless, the security council can only act on bugs that are provable on-chain, and users have a long enough window to exit.',
        ],
      },
      { type: 'h2', text: 'Results of this edition' },
      {
        type: 'table',
        header: ['Stage', 'Networks', 'Share of total TVL', 'Change since last edition'],
        rows: [
          ['Stage 0', '17', 'about 31%', 'down 3'],
          ['Stage 1', '8', 'about 69%', 'up 3'],
          ['Stage 2', '0', '—', 'no change'],
        ],
      },
      {
        type: 'p',
        text: 'Three networks moved up from Stage 0 to Stage 1 this time. Two are optimistic rollups that launched permissionless fraud proofs; the third, a ZK rollup, handed its upgrade powers to a security council with a majority of outside members and set a 7-day upgrade delay. By TVL, about 70% of funds now sit on Stage 1 networks, a marked rise from a year ago.',
      },
      { type: 'h2', text: 'Where they get stuck' },
      {
        type: 'p',
        text: 'For networks still at Stage 0, the most common problem is a proof system that is not live or is open only to a whitelist, followed by contracts that a multisig can upgrade with no delay. Some teams admit they are unwilling to give up the ability to intervene in an emergency until their proof systems have been battle-tested for longer, for fear that unknown bugs could cost users their funds.',
      },
      {
        type: 'p',
        text: "Getting from Stage 1 to Stage 2 is hard because of the letting go itself: the security council has to give up most of its powers, and the upgrade delay has to be stretched to more than 30 days so that users have ample time to exit. That would slow a protocol's pace of iteration considerably. While teams are still competing fiercely on features and performance, there is little incentive to move to Stage 2 of their own accord. Ratings are not the whole story on security, but they give users a yardstick for working out who exactly they are trusting.",
      },
    ],
  },
  {
    key: 'p2-northbeam-labs-seed-round',
    title: 'Northbeam Labs raises $12 million seed round for Bitcoin L2 verification',
    summary:
      'Bitcoin layer-2 infrastructure team Northbeam Labs has closed a $12 million seed round led by Yuanfan Capital. The money will go mainly towards its BitVM verification client and a larger testnet.',
    blocks: [
      {
        type: 'p',
        text: 'Bitcoin layer-2 infrastructure team Northbeam Labs has closed a $12 million seed round led by Yuanfan Capital, with Saltline Ventures, Qinglan Fund and several Bitcoin developers investing in a personal capacity also taking part. The team said the money will be used to develop its BitVM verification client, expand its testnet and pay for security audits.',
      },
      {
        type: 'p',
        text: 'Northbeam Labs was founded two years ago, and its core members come from cryptography research institutions and exchange infrastructure teams. Its main product is a “challenger client” for Bitcoin L2s: anyone can run it to monitor the state commitments that a layer-2 network posts to the Bitcoin main chain, and raise an on-chain challenge if they spot an invalid withdrawal. The team hopes this will make Bitcoin bridges less dependent on a small number of signers.',
      },
      {
        type: 'p',
        text: "According to the team, Northbeam's testnet now has about 60 independent challenger nodes, with an average challenge response time of about 40 minutes. It plans to complete integration testing with at least three Bitcoin L2 networks over the next two quarters and to publish measured figures on the cost of challenges and the capital they tie up.",
      },
      {
        type: 'p',
        text: 'Lead investor Yuanfan Capital said security infrastructure in the Bitcoin ecosystem is still at an early stage, and that tools for verification and oversight are in clearly shorter supply than new layer-2 networks. With the round closed, Northbeam Labs expects to grow from 14 people to around 25.',
      },
    ],
  },
  {
    key: 'p2-eth-gas-limit-signal',
    title:
      'Ethereum validators signal for a higher gas limit as client teams urge a gradual approach',
    summary:
      'A community tracking dashboard shows more than half of new blocks now signal for a higher gas limit. Client developers back the push to scale but say state growth, block propagation times and node hardware requirements need watching too.',
    blocks: [
      {
        type: 'p',
        text: "According to a community-run gas limit tracking dashboard, about 53% of Ethereum blocks produced in the past 24 hours were proposed by validators signalling for an increase. Under the protocol's rules, each block's gas limit can move only slightly from the previous block's, so when most block proposers keep sending the same signal, the limit climbs step by step to the target over a period of hours to days.",
      },
      {
        type: 'p',
        text: "Supporters argue that a moderate rise in mainnet's gas limit directly increases the number of transactions each block can hold, eases fee pressure at busy times and helps mainnet stay competitive in the L2 era. Several staking providers have already updated the target value in their node configurations.",
      },
      {
        type: 'quote',
        text: '“We support scaling, but raising the limit has to go hand in hand with client optimisation. The bigger the blocks, the slower they propagate and the faster the state grows, and in the end the cost falls on people running nodes on ordinary hardware.” — an execution-layer client developer, speaking on a community call',
      },
      {
        type: 'p',
        text: 'Several client teams are said to be testing block propagation and execution performance at higher gas limits and plan to publish benchmark data. Researchers recommend keeping a close eye on missed-block rates, reorg frequency and node sync times while the limit rises; if anything looks wrong, validators can signal to bring it back down.',
      },
    ],
  },
  {
    key: 'p2-doge-payment-pilot',
    title:
      'Cross-border payments firm Huiqiao Pay pilots DOGE settlement, handles about $800,000 in first month',
    summary:
      'Huiqiao Pay, a payments provider for cross-border e-commerce, has started a Dogecoin settlement pilot in which merchants can convert instantly to stablecoins. It handled about $800,000 in its first month, with the average payment under $30.',
    blocks: [
      {
        type: 'p',
        text: 'Huiqiao Pay, a payments provider serving cross-border e-commerce in Southeast Asia, said its Dogecoin (DOGE) settlement pilot handled about 28,000 transactions worth about $800,000 in its first month, an average of about $28 each. Some 420 merchants took part, mostly selling clothing, electronics accessories and game top-up cards. Merchants can choose to receive DOGE or convert it on receipt into USDT or another stablecoin to avoid price swings. According to the data, about 86% of merchants chose instant conversion.',
      },
      {
        type: 'p',
        text: 'Huiqiao Pay said it chose DOGE for the pilot mainly because of its broad user base, fairly fast confirmations and low fees. During the pilot, DOGE payments took about 1 minute on average to confirm, and on-chain fees were under $0.01 per transaction. The company also noted that memecoin prices swing widely: the price shoppers see at checkout is calculated at the live exchange rate and locked for 10 minutes, after which a new quote is needed.',
      },
      {
        type: 'p',
        text: 'People in the industry see pilots like this mainly as marketing and a way to win users, and unlikely to shake the dominance of bank cards and local e-wallets any time soon. Huiqiao Pay plans to add more cryptocurrencies in a second phase and will use the pilot data to decide whether to open the feature to all merchants.',
      },
    ],
  },
  {
    key: 'p2-stacks-fast-blocks',
    title: 'Stacks speeds up blocks after upgrade, pitches Bitcoin finality as a selling point',
    summary:
      'Since its core upgrade, Stacks produces blocks every few seconds instead of in step with Bitcoin, and transactions gain matching finality once a Bitcoin block confirms them. Developer activity has picked up, but bridged BTC liquidity is still thin.',
    blocks: [
      {
        type: 'p',
        text: "Stacks, one of the longest-running Bitcoin layer-2 networks, has long been held back by slow block production: its blocks matched Bitcoin's one for one, so transactions confirmed only once every 10 minutes on average, making it hard to compete with other chains on user experience. The core upgrade has changed that significantly.",
      },
      { type: 'h2', text: 'How block production has changed' },
      {
        type: 'p',
        text: 'After the upgrade, Stacks separates choosing a miner from producing blocks: the miner selected in each Bitcoin block cycle can produce several Stacks blocks in a row during that cycle, cutting confirmation times from about 10 minutes to a few seconds. The network has also introduced a signer set that validates and confirms the blocks miners produce. Once the next Bitcoin block is mined, the preceding Stacks transactions are tied to it and gain matching Bitcoin finality, so reversing them becomes almost as hard as reversing Bitcoin itself.',
      },
      { type: 'h2', text: 'Ecosystem data' },
      {
        type: 'list',
        items: [
          'Average daily transactions have grown about 2.3-fold since the upgrade, mainly from DEXs and lending protocols;',
          'monthly active developers are up about 30% on the previous month, and new contract deployments have picked up in step;',
          "bridged BTC has grown, but still makes up less than 30% of the network's total TVL;",
          'average transaction fees remain below $0.01.',
        ],
      },
      {
        type: 'p',
        text: "The community broadly agrees that faster blocks fix Stacks' most glaring usability weakness and make Bitcoin-based DeFi applications workable at a basic level. A number of projects that had been shelved because confirmations were too slow are now taking another look at deploying on the network. At the application layer, several lending and stablecoin protocols were among the first to adapt to the new block production mechanism, and faster confirmations have made liquidations and price updates noticeably more reliable.",
      },
      { type: 'h2', text: 'Challenges remain' },
      {
        type: 'p',
        text: 'The upgrade has not made the challenges go away, however. First, bridged BTC liquidity is still thin and large trades suffer noticeable slippage; persuading more BTC holders to bring their assets onto the layer 2 remains the central problem for the ecosystem. Second, how decentralised the signer set is and how well its incentives are designed will take a longer run of data to judge. Third, competition among Bitcoin L2s is growing fiercer, with newer networks chasing users and capital through more aggressive incentive programmes. Whether Stacks can turn its technical upgrade into lasting ecosystem growth remains to be seen.',
      },
    ],
  },
  {
    key: 'p2-wif-holder-retention',
    title: 'WIF holder retention study: four in ten early addresses still hold after six months',
    summary:
      'Tracking of early WIF buyers shows about 42% of addresses still held some of the token six months after their first purchase. Holdings are very unevenly spread, though, and small addresses held on at a much higher rate than large ones.',
    blocks: [
      {
        type: 'p',
        text: 'On-chain data team Chengguan Research took a sample of about 65,000 Solana addresses that first bought WIF within 30 days of its launch and tracked their holdings over the following six months. Six months on, about 42% of the addresses still held some WIF, while about 58% had sold out entirely. For a memecoin driven mainly by community sentiment, that retention rate was higher than the team had expected for tokens of its kind.',
      },
      {
        type: 'p',
        text: 'Retention varied sharply with position size, however. Addresses whose first purchase was under $500 had a six-month retention rate of about 47%, against only about 19% for those whose first purchase topped $50,000. The team believes small holders are more inclined to treat a memecoin as a “community identity” and hold it for the long term, while large holders are more often trading and cash out gradually as the price rises. In addition, about 30% of the addresses that still hold trimmed their positions during the six months, and addresses that truly never sold a single token make up less than 15%.',
      },
      {
        type: 'p',
        text: "The team also cautioned that the sample covers only self-custodied on-chain addresses, leaving out the many users who bought through centralised exchanges, and that one user may control several addresses. The retention figures should therefore be read only as a gauge of how sticky the community is, not as a simple guide to the token's long-term value.",
      },
    ],
  },
]
