from lib import *
D = '110_cnipa_cooperation_news.txt'
MOU = '关于深化专利审查合作的谅解备忘录'
# v2: an event's name is who + what, without the place.
SIGNING = f'国家知识产权局与欧洲专利局签署《{MOU}》'
ASSEMBLY = '世界知识产权组织成员国大会第六十六届会议'
ASEAN = '第十五次中国—东盟知识产权局局长会议'
TALKS_SG = '国家知识产权局与新加坡知识产权局举行双边会谈'
TALKS_TH = '国家知识产权局与泰国知识产权厅举行双边会谈'
ent(D, 'Institution', '国家知识产权局', kind='government', find='深化知识产权国际合作')
ent(D, 'Institution', '欧洲专利局', kind='international')
ent(D, 'Institution', '世界知识产权组织', kind='international', find='成员国大会')
ent(D, 'Institution', '新加坡知识产权局', kind='government')
ent(D, 'Institution', '泰国知识产权厅', kind='government')
ent(D, 'Region', '慕尼黑', kind='city')
ent(D, 'Region', '日内瓦', kind='city')
ent(D, 'Region', '我国', ['中国'], kind='country', find='我国已与32个')
ent(D, 'Region', '南宁市', ['南宁'], kind='city', find='广西南宁')
ent(D, 'Region', '广西壮族自治区', ['广西'], kind='province', find='广西南宁')
ent(D, 'Region', '新加坡', kind='country', find='新加坡知识产权局')
ent(D, 'Region', '泰国', kind='country', find='泰国知识产权厅')
ent(D, 'Region', '东盟', kind='international', find='中国—东盟知识产权合作机制')
ent(D, 'Policy', MOU, [f'《{MOU}》'], kind='agreement', find='谅解备忘录')
ent(D, 'Policy', '专利审查高速路', kind='programme', find='专利审查高速路合作')
ent(D, 'Event', SIGNING, kind='signing', find='在慕尼黑签署')
ent(D, 'Event', ASSEMBLY, kind='meeting', find='在日内瓦开幕')
ent(D, 'Event', ASEAN, kind='meeting', find='局长会议')
ent(D, 'Event', TALKS_SG, kind='meeting', find='双边会谈')
ent(D, 'Event', TALKS_TH, kind='meeting', find='双边会谈')
# v2 Measures in prose: a 机制 the text says is deepened (the news speaks for CNIPA).
ent(D, 'Measure', '中国—东盟知识产权合作机制', kind='action', find='中国—东盟知识产权合作机制')

def figure(indicator, value, unit, find, figure=None):
    name = f'{indicator}：{figure or value + unit}（2025年）'
    ent(D, 'Outcome', name, kind='actual', indicator=indicator, value=value, unit=unit, period='2025', subject='我国', find=find)
    return name
partners = figure('开展专利审查高速路合作的国家和地区数', '32', '个', '32个国家和地区')
filings = figure('通过专利审查高速路提交的申请数', '超过4', '万件', '累计超过4万件', figure='累计超过4万件')
for o, find in [(partners, '32个国家和地区'), (filings, '累计超过4万件')]:
    rel(D, 'MEASURED_IN', o, 'Outcome', '我国', 'Region', find)
rel(D, 'PRODUCED', '专利审查高速路', 'Policy', filings, 'Outcome', '累计超过4万件')
rel(D, 'COOPERATES_WITH', '国家知识产权局', 'Institution', '欧洲专利局', 'Institution', '在慕尼黑签署')
rel(D, 'PARTICIPATED_IN', '国家知识产权局', 'Institution', SIGNING, 'Event', '在慕尼黑签署')
rel(D, 'PARTICIPATED_IN', '欧洲专利局', 'Institution', SIGNING, 'Event', '在慕尼黑签署')
rel(D, 'PARTICIPATED_IN', '国家知识产权局', 'Institution', ASSEMBLY, 'Event', '派团出席会议')
rel(D, 'PARTICIPATED_IN', '世界知识产权组织', 'Institution', ASSEMBLY, 'Event', '在日内瓦开幕')
for talks, partner in [(TALKS_SG, '新加坡知识产权局'), (TALKS_TH, '泰国知识产权厅')]:
    rel(D, 'PARTICIPATED_IN', '国家知识产权局', 'Institution', talks, 'Event', '双边会谈')
    rel(D, 'PARTICIPATED_IN', partner, 'Institution', talks, 'Event', '双边会谈')
    rel(D, 'COOPERATES_WITH', '国家知识产权局', 'Institution', partner, 'Institution', '双边会谈')
# v2 ISSUED: both signatories issue the memorandum.
for body in ['国家知识产权局', '欧洲专利局']:
    rel(D, 'ISSUED', body, 'Institution', MOU, 'Policy', '在慕尼黑签署')
# The news speaks for CNIPA: what it reports of 我国 and of a meeting held with no holder named is CNIPA's (v2).
rel(D, 'IMPLEMENTS', '国家知识产权局', 'Institution', '专利审查高速路', 'Policy', '32个国家和地区')
rel(D, 'IMPLEMENTS', '国家知识产权局', 'Institution', '中国—东盟知识产权合作机制', 'Measure', '中国—东盟知识产权合作机制')
rel(D, 'PARTICIPATED_IN', '国家知识产权局', 'Institution', ASEAN, 'Event', '局长会议')
# v2 Regions nest: 广西南宁 -> 南宁市 PART_OF 广西壮族自治区.
rel(D, 'PART_OF', '南宁市', 'Region', '广西壮族自治区', 'Region', '广西南宁')
for x, t, region, find in [(SIGNING, 'Event', '慕尼黑', '在慕尼黑签署'), (ASSEMBLY, 'Event', '日内瓦', '在日内瓦开幕'), (ASEAN, 'Event', '南宁市', '广西南宁'),
                           (ASEAN, 'Event', '广西壮族自治区', '广西南宁'), ('新加坡知识产权局', 'Institution', '新加坡', '新加坡知识产权局'),
                           ('泰国知识产权厅', 'Institution', '泰国', '泰国知识产权厅')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)

qa('hd-4', D, 'cooperates', '欧洲专利局', ['国家知识产权局'], '欧洲专利局与哪个机构签署了谅解备忘录？', 'With whom did the EPO sign the memorandum?', '在慕尼黑签署')
qa('hd-5', D, 'located_in', ASSEMBLY, ['日内瓦'], '世界知识产权组织成员国大会第六十六届会议在哪里举行？', 'Where was the 66th WIPO assembly held?', '在日内瓦开幕')
qa('hd-6', D, 'events', '国家知识产权局', [SIGNING, ASSEMBLY], '国家知识产权局参加了哪些国际活动？', 'Which international events did CNIPA take part in?', '派团出席会议')
qa('hd-7', D, 'cooperates', '国家知识产权局', ['欧洲专利局', '新加坡知识产权局', '泰国知识产权厅'], '国家知识产权局与哪些机构开展了双边合作或会谈？', 'With which offices did CNIPA cooperate or hold talks?', '双边会谈')
