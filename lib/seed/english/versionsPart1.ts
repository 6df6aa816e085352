import type { TDemoEnglishVersion } from '@/lib/seed/english'

/** English versions of demo articles from `lib/seed/articles/part1.ts`. */
export const demoEnglishVersionsPart1: TDemoEnglishVersion[] = [
  {
    key: 'p1-payment-stablecoin-merchants',
    title: 'Cross-border payments firm Yunfan Pay adds stablecoin settlement',
    summary:
      'Yunfan Pay is letting merchants in Southeast Asia and the Middle East settle in USDT or USDC, which it says cuts settlement from 2 to 3 business days to minutes, though conversion and compliance costs remain to be seen.',
    blocks: [
      {
        type: 'p',
        text: 'Cross-border payments provider Yunfan Pay has opened a stablecoin settlement channel for export merchants in Southeast Asia and the Middle East. Merchants can choose to receive payment for goods in USDT or USDC and convert it into local currency on the platform at live exchange rates. The company said the pilot will give priority to small and mid-sized merchants with monthly volumes of between $50,000 and $2 million.',
      },
      {
        type: 'p',
        text: 'According to Yunfan Pay, a cross-border payment sent by traditional wire usually takes 2 to 3 business days to arrive, passing through several correspondent banks on the way. With stablecoin settlement, the on-chain transfer completes within minutes, giving merchants noticeably faster access to their cash. The platform screens receiving addresses for risk and keeps an auditable record of every transaction.',
      },
      {
        type: 'p',
        text: 'Stablecoin settlement is not free, however. Merchants pay a spread of roughly 0.3% to 0.8% when converting to fiat, and some banks in the region remain wary of incoming funds from crypto platforms. People in the industry say whether such services can scale depends on whether local regulators take a clear position on stablecoin payments, and on whether the partner banks that handle deposits and withdrawals stay on board.',
      },
      {
        type: 'p',
        text: 'Yunfan Pay said its settlement fee will be temporarily lowered to 0.2% during the pilot and reviewed later in light of transaction volumes and compliance costs. In the next phase, it plans to add more public blockchains to bring down network transfer fees.',
      },
    ],
  },
  {
    key: 'p1-passkey-wallet-onboarding',
    title: 'Qingzhou wallet rolls out passkey login, says sign-up time cut by 70%',
    summary:
      'Self-custody wallet Qingzhou now lets users create and unlock wallets with passkeys, signing with a fingerprint or face scan instead of writing down a seed phrase; the team says the average time to a first transaction fell from 9 minutes to under 3.',
    blocks: [
      {
        type: 'p',
        text: "Self-custody wallet Qingzhou this week introduced account creation and login based on passkeys. When setting up a wallet on a phone or computer, users can generate signing keys with the device's built-in fingerprint reader, face recognition or system password, with no need to write down a seed phrase. The feature supports Ethereum and the major L2 networks first, with a Solana version to follow later.",
      },
      {
        type: 'p',
        text: 'According to beta-test data published by the team, passkeys cut the average time it takes a new user to go from downloading the app to completing a first on-chain transaction from about 9 minutes to under 3, and the share of users abandoning sign-up midway fell by about 40%. The team credits the improvement mainly to dropping the steps of copying out and checking a seed phrase.',
      },
      {
        type: 'p',
        text: "There is a catch: passkeys rely on cloud sync services run by operating system vendors, so if a user's system account is stolen or locked, access to the wallet may be affected too. Qingzhou therefore recommends that users add a hardware security key or set up recovery guardians after creating a wallet, and the app offers an option to export a backup. Security researchers also point out that passkeys reduce the risk of phishing but do nothing to stop malicious approvals, so users still need to check what they are signing before approving a transaction.",
      },
      {
        type: 'p',
        text: 'Qingzhou said it plans to combine passkeys with the social recovery features of smart accounts, so that users who switch devices will have several ways to get their wallets back.',
      },
    ],
  },
  {
    key: 'p1-dao-grants-program-review',
    title: "Lumen DAO's grants programme after one year: where the money went and what it produced",
    summary:
      "Lumen DAO's first-year review of its grants programme shows about $4.2 million paid out to 137 projects, roughly 40% of which delivered on time; the report admits that spreading small grants thinly was inefficient.",
    blocks: [
      { type: 'h2', text: 'Where the money went' },
      {
        type: 'p',
        text: 'Lumen DAO has published a review of the first year of its grants programme on its community forum. Over the past 12 months, the grants committee reviewed 612 applications, approved 137 projects and paid out about $4.2 million, in ETH and stablecoins released in instalments as milestones were met. By category, the money was split as follows:',
      },
      {
        type: 'list',
        items: [
          'Developer tooling and infrastructure: about $1.6 million, or 38%.',
          'Applications and integrations: about $1.1 million, or 26%.',
          'Education and community events: about $800,000, or 19%.',
          'Research and security audits: about $700,000, or 17%.',
        ],
      },
      {
        type: 'p',
        text: 'The report notes that the average grant was about $30,000 but the median only $15,000, and more than half of the projects received less than $20,000. The committee believes this “small cheques, wide net” approach helped draw in developers quickly in the early days of the programme, but also left many projects without enough money to deliver anything meaningful.',
      },
      { type: 'h2', text: 'What it produced' },
      {
        type: 'p',
        text: "Of the 137 funded projects, about 41% completed all their milestones on schedule and 27% delivered in part; the rest have either stopped shipping updates or not answered the committee's requests for progress reports. Weighted by grant size, infrastructure projects had a clearly higher delivery rate, while the output of education and community projects was the hardest to measure. The report singles out nine projects that went on to raise outside funding after their grants, two of which are now among the most-used tools in the ecosystem.",
      },
      {
        type: 'quote',
        text: "“We funded a lot of good ideas, but we didn't give them enough time and resources to become good products,” the review says.",
      },
      { type: 'h2', text: 'Changes for year two' },
      {
        type: 'list',
        ordered: true,
        items: [
          'Fund fewer projects with a higher cap per project, focusing on what the ecosystem most urgently needs.',
          'Introduce retroactive funding that rewards projects after the fact once they show real usage.',
          'Assign a committee member to follow each project and publish its progress every quarter.',
          "Tie part of committee members' pay to the overall delivery rate of funded projects.",
        ],
      },
      {
        type: 'p',
        text: "The report is now open for community comment, and the budget and rule changes for year two are expected to go to a vote in a separate governance proposal. The experience of many DAOs suggests the hard part of a grants programme is not handing out money but building lasting ways to evaluate projects and hold them to account, and Lumen DAO's review gives similar organisations a fairly candid point of reference.",
      },
    ],
  },
  {
    key: 'p1-lending-rates-weekly',
    title: 'DeFi lending rates weekly: stablecoin borrow rates ease to around 6%',
    summary:
      'USDC and USDT borrow rates on major lending protocols fell from above 7% last week to around 6%, while ETH supply rates edged up; with demand for leverage cooling, overall utilisation fell by about 4 percentage points.',
    blocks: [
      { type: 'h2', text: 'The week at a glance' },
      {
        type: 'p',
        text: 'Stablecoin borrow rates fell across the board this week on leading lending protocols such as Aave and Compound. Taking a weighted average of several top protocols on Ethereum mainnet and the major L2s, the annualised USDC borrow rate dropped from 7.4% last week to 6.1%, and USDT from 7.8% to 6.3%. Over the same period, stablecoin deposits grew by about $320 million while borrowing was roughly flat, pulling utilisation down. The market largely puts this down to prices turning range-bound and weaker demand for leveraged trading on-chain.',
      },
      {
        type: 'table',
        header: ['Metric', 'This week', 'Last week', 'Change'],
        rows: [
          ['USDC borrow rate', '6.1%', '7.4%', '-1.3 percentage points'],
          ['USDT borrow rate', '6.3%', '7.8%', '-1.5 percentage points'],
          ['ETH supply rate', '2.4%', '2.1%', '+0.3 percentage points'],
          ['Stablecoin utilisation', '78%', '82%', '-4 percentage points'],
          ['Total borrowing, all markets', '$18.6 billion', '$18.9 billion', '-1.6%'],
        ],
      },
      { type: 'image', image: 'chart-bars' },
      {
        type: 'p',
        text: 'The per-protocol data in the chart above show that rates fell furthest in lending markets deployed on L2s. Those markets had drawn in a lot of looped borrowing during points campaigns, and demand for loans dropped quickly once the campaigns ended. Rates on mainnet markets moved more gently, as large institutional borrowers behave more steadily.',
      },
      { type: 'h2', text: 'Market by market' },
      { type: 'h3', text: 'Stablecoins' },
      {
        type: 'p',
        text: 'The other reason stablecoin rates fell is more supply. Several institutions moved part of their funds from centralised yield products into on-chain lending protocols this week, bringing in sizeable new deposits. With borrowing demand unchanged, lower utilisation pushed rates straight down the rate curve. Unless borrowing demand picks up noticeably, stablecoin deposit rates could slip further, to around 4%.',
      },
      { type: 'h3', text: 'ETH and liquid staking tokens' },
      {
        type: 'p',
        text: 'The ETH supply rate edged up to 2.4%, driven mainly by demand from short sellers and restaking-related strategies: some users are borrowing ETH to take part in restaking points campaigns, lifting demand for ETH loans. The strategy of posting liquid staking tokens as collateral and borrowing ETH to loop and amplify staking yields has seen its margin squeezed as ETH borrow rates rose, and some positions have already started to deleverage.',
      },
      { type: 'h2', text: 'What to watch next week' },
      {
        type: 'list',
        items: [
          'Proposals from two lending protocols to change the parameters of their interest rate models are heading to a vote.',
          'A major points campaign is about to end, and borrowing on the L2 markets involved may keep falling.',
          'Changes in stablecoin supply, in particular whether the slowdown in new issuance continues.',
        ],
      },
    ],
  },
  {
    key: 'p1-cdp-stability-fee-cut',
    title: 'Panshi stablecoin governance votes to cut stability fee by 1 percentage point',
    summary:
      'Governance of the decentralised stablecoin Panshi has voted to cut the stability fee on ETH vaults from 6.5% to 5.5%, in response to weaker borrowing demand and a slight premium on the stablecoin; the new rate applies once a 48-hour timelock ends.',
    blocks: [
      {
        type: 'p',
        text: "An executive vote at Panshi, an overcollateralised stablecoin protocol, passed a few days ago, cutting the stability fee on ETH vaults from 6.5% to 5.5% and on staked-ETH vaults from 6.0% to 5.0%. The new parameters take effect automatically once a 48-hour governance timelock expires. The proposal was submitted by the protocol's risk working group and won about 82% of the vote.",
      },
      {
        type: 'p',
        text: "In its proposal, the risk working group explained that over the past month Panshi's stablecoin traded slightly above $1 on secondary markets most of the time, at a premium of up to about 0.4%, while outstanding vault debt fell by about 7%. That points to fairly strong demand for the stablecoin but little appetite for borrowing to mint it. A lower stability fee reduces the cost of borrowing and encourages users to mint more, which should ease the premium.",
      },
      {
        type: 'p',
        text: "As with earlier proposals of this kind, the change follows a “small steps, taken slowly” approach. The risk working group said it will watch the stablecoin's price and vault debt for two weeks after the new rates take effect, and may put forward a further 0.5 percentage point cut if the premium has not closed. Some community members warned that the cut will reduce protocol revenue, and that its effect on the surplus reserve and the token buyback plan should be assessed at the same time.",
      },
    ],
  },
  {
    key: 'p1-runes-marketplace-launch',
    title: 'Wallet provider Chengjing launches Runes marketplace with PSBT listings',
    summary:
      'Bitcoin wallet provider Chengjing has opened a Runes marketplace inside its app, where users list directly through partially signed Bitcoin transactions (PSBTs) without handing assets to the platform; trading fees are 0% in the first week.',
    blocks: [
      {
        type: 'p',
        text: "Bitcoin wallet provider Chengjing has launched a Runes marketplace in its mobile app and browser extension. Users can see the runes they hold right in the wallet and create sell orders using partially signed Bitcoin transactions (PSBTs): the seller signs in advance a transaction input containing the rune UTXO, and the buyer adds the payment input and a signature before broadcasting the transaction. The assets stay in the user's own wallet throughout, and the platform only matches and displays orders.",
      },
      {
        type: 'p',
        text: "Chengjing said about 300 runes are supported at launch, chosen by trading volume and number of holder addresses. Trading pages show each rune's ID, total supply, minting progress and holder distribution to help users spot copycats with similar names. The platform charges no trading fee in the first week and 1% of the trade value after that; buyers and sellers still pay their own Bitcoin network fees.",
      },
      {
        type: 'p',
        text: 'People in the industry say that as runes trading spreads from early specialist platforms to mainstream wallets, it is getting easier for newcomers to take part, but wallets also have to take on more responsibility for warning users about risks and identifying assets. Chengjing said it will add batch listings and automatic UTXO management, so that users do not accidentally spend UTXOs carrying runes as ordinary bitcoin.',
      },
    ],
  },
  {
    key: 'p1-avs-slashing-enabled',
    title:
      'Slashing goes live for actively validated services as restaking risk pricing enters a new phase',
    summary:
      'With slashing now live in the restaking ecosystem, operators carry real economic responsibility for the actively validated services they secure. The industry expects restaking yields to track risk more closely and the gap between operators to widen.',
    blocks: [
      {
        type: 'p',
        text: 'In the restaking ecosystem, slashing has long existed in the rules but not in practice: operators could register and provide security for actively validated services (AVSs), yet even when they made mistakes, the assets delegated to them were never actually cut. That is changing as slashing is gradually switched on across mainnet. The first AVSs to enable it are mostly in data availability and cross-chain verification, and their terms of service spell out which behaviour triggers slashing and how much is slashed.',
      },
      {
        type: 'p',
        text: "With slashing in place, restaking has, for the first time, a real basis for pricing risk. Until now, the rewards AVSs paid operators differed little, and users chose operators mainly by their points multipliers. From here on, riskier AVSs will have to pay higher rewards to attract operators, and operators will have to pick their mix of services according to their technical skills and appetite for risk. Some operators have already started publishing the AVSs they run, the slashing terms involved and their historical uptime to win delegators' trust.",
      },
      {
        type: 'p',
        text: 'For ordinary restakers, this means spending a bit more time getting to know the operators they delegate to, rather than looking only at yields or points. Some LRT protocols have also begun offering products at different risk levels so users can choose according to their own preferences. The industry expects the gap between operators to widen now that slashing is live, and smaller operators with weaker technical skills may see delegations drain away.',
      },
    ],
  },
  {
    key: 'p1-airdrop-claim-window-extended',
    title:
      'Nimbus Chain extends airdrop claim window to 60 days, unclaimed tokens go to community treasury',
    summary:
      'Ethereum layer-2 network Nimbus Chain is extending its airdrop claim period from 30 to 60 days and says unclaimed tokens will go to the community treasury for future ecosystem incentives; the rule that shrank claims week by week has been dropped.',
    blocks: [
      {
        type: 'p',
        text: 'Ethereum layer-2 network Nimbus Chain has announced that the claim period for its governance token airdrop will be extended from the original 30 days to 60 days. When the announcement went out, about 38% of eligible addresses had yet to claim, many of them addresses that used the network early on and have been inactive since. The team said the extension is meant to give more real users a chance to claim, not a reaction to claims coming in below expectations.',
      },
      {
        type: 'p',
        text: 'The announcement also scraps the controversial “weekly decay” rule. Under the original rule, the later users claimed, the fewer tokens they could get. The team meant it to encourage early participation in governance, but many users felt it was unfair to ordinary users who do not follow project news closely. Under the new rules, the amount is the same whenever users claim within the claim period.',
      },
      {
        type: 'p',
        text: 'When the claim period ends, unclaimed tokens will be moved to a treasury controlled by community governance and used to fund developers and ecosystem projects, with specific uses to be decided through governance proposals. The team reminded users that claims can only be made through the official page and never require a fee or a seed phrase. Several fake claim sites have appeared recently, so users should double-check URLs and contract addresses and be wary of any page that asks them to sign unlimited token approvals.',
      },
    ],
  },
]
