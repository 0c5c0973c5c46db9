from lib import *
D = '105_guangzhou_court_whitepaper.txt'
COURT = '广州知识产权法院'
BUREAU = '广州市市场监督管理局（广州市知识产权局）'
AGREEMENT = '知识产权纠纷诉调对接合作协议'
SIGNING = f'{COURT}与{BUREAU}签署《{AGREEMENT}》'
ent(D, 'Institution', COURT, kind='judicial', find='共受理')
ent(D, 'Institution', BUREAU, ['广州市市场监督管理局', '广州市知识产权局'], kind='government', find='签署《')
ent(D, 'Institution', '最高人民法院知识产权法庭', kind='judicial')
ent(D, 'Institution', '香港特别行政区律政司', kind='government')
ent(D, 'Institution', '澳门特别行政区法务局', kind='government')
ent(D, 'Region', '广州市', ['广州'], kind='city', find='在广州市南沙区')
ent(D, 'Region', '南沙区', ['广州市南沙区'], kind='district', find='在广州市南沙区')
ent(D, 'Region', '粤港澳大湾区', kind='zone')
ent(D, 'Region', '香港特别行政区', kind='province', find='香港特别行政区律政司')
ent(D, 'Region', '澳门特别行政区', kind='province', find='澳门特别行政区法务局')
ent(D, 'Policy', AGREEMENT, [f'《{AGREEMENT}》'], kind='agreement', find='签署《')
ent(D, 'Measure', '诉调对接机制', kind='action', find='通过诉调对接机制')
# v2: a report's numbered items are the tasks of the body it speaks for, named without the verb.
ent(D, 'Measure', '诉源治理', ['推进诉源治理'], kind='task', find='推进诉源治理')
ent(D, 'Measure', '技术事实查明', ['强化技术事实查明'], kind='task', find='强化技术事实查明')
# v2 Platforms include expert pools a body builds.
ent(D, 'Platform', '技术调查官库', kind='expert pool', find='建立技术调查官库')
ent(D, 'Institution', '巡回审判法庭', kind='judicial', find='设立巡回审判法庭')
ent(D, 'Policy', '十大典型案例', kind='programme', find='发布十大典型案例')
ent(D, 'Event', SIGNING, kind='signing', date='2024', find='签署《')
ent(D, 'Event', '2024年知识产权司法保护新闻发布会', kind='meeting', date='2024-03-21', find='新闻发布会')
ent(D, 'Event', '粤港澳大湾区知识产权司法保护论坛', kind='forum', date='2024-09-12', find='论坛在广州举办')

def figure(indicator, value, unit, find, kind='actual', figure=None):
    name = f'{indicator}：{figure or value + unit}（2024年）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period='2024', subject=COURT, find=find)
    return name
o = [
    (figure('受理知识产权案件数', '1.6', '万件', '受理各类知识产权案件1.6万件'), '受理各类知识产权案件1.6万件'),
    (figure('审结知识产权案件数', '1.5', '万件', '审结1.5万件'), '审结1.5万件'),
    (figure('结案率', '93.8', '%', '结案率93.8%'), '结案率93.8%'),
    (figure('技术类案件数', '4200', '件', '技术类案件4200件'), '技术类案件4200件'),
    (figure('技术类案件同比增长', '8.7', '%', '同比增长8.7%', kind='change'), '同比增长8.7%'),
    (figure('案件平均审理周期', '95', '天', '缩短至95天'), '缩短至95天'),
    (figure('通过诉调对接机制化解纠纷数', '2300', '件', '化解纠纷2300件'), '化解纠纷2300件'),
    (figure('聘任技术调查官数', '62', '名', '聘任技术调查官62名'), '聘任技术调查官62名'),
]
for name, find in o:
    rel(D, 'MEASURED_IN', name, 'Outcome', '广州市', 'Region', find)
rel(D, 'PRODUCED', '诉调对接机制', 'Measure', o[6][0], 'Outcome', '化解纠纷2300件')
rel(D, 'PRODUCED', '诉源治理', 'Measure', o[6][0], 'Outcome', '化解纠纷2300件')
rel(D, 'PRODUCED', '技术事实查明', 'Measure', o[7][0], 'Outcome', '聘任技术调查官62名')
rel(D, 'PRODUCED', '技术调查官库', 'Platform', o[7][0], 'Outcome', '聘任技术调查官62名')
# The white paper speaks for the court: what it says was done with no subject is the court's (v2 IMPLEMENTS).
for m, find in [('诉源治理', '推进诉源治理'), ('技术事实查明', '强化技术事实查明'), ('诉调对接机制', '化解纠纷2300件')]:
    rel(D, 'IMPLEMENTS', COURT, 'Institution', m, 'Measure', find)
rel(D, 'OPERATES', COURT, 'Institution', '技术调查官库', 'Platform', '建立技术调查官库')
rel(D, 'PART_OF', '巡回审判法庭', 'Institution', COURT, 'Institution', '设立巡回审判法庭')
rel(D, 'LOCATED_IN', '巡回审判法庭', 'Institution', '南沙区', 'Region', '设立巡回审判法庭')
# v2 Regions nest: 广州市南沙区 -> 南沙区 PART_OF 广州市.
rel(D, 'PART_OF', '南沙区', 'Region', '广州市', 'Region', '在广州市南沙区')
# v2 ISSUED: both signatories issue the agreement; 发布 issues the case list.
for body in [COURT, BUREAU]:
    rel(D, 'ISSUED', body, 'Institution', AGREEMENT, 'Policy', '签署《')
rel(D, 'ISSUED', COURT, 'Institution', '十大典型案例', 'Policy', '发布十大典型案例')
# A chronicle line whose event is held with no holder named is the reporting body's (v2 Events).
rel(D, 'PARTICIPATED_IN', COURT, 'Institution', '粤港澳大湾区知识产权司法保护论坛', 'Event', '论坛在广州举办')
rel(D, 'COOPERATES_WITH', COURT, 'Institution', BUREAU, 'Institution', '签署《')
rel(D, 'PARTICIPATED_IN', COURT, 'Institution', SIGNING, 'Event', '签署《')
rel(D, 'PARTICIPATED_IN', BUREAU, 'Institution', SIGNING, 'Event', '签署《')
rel(D, 'PARTICIPATED_IN', COURT, 'Institution', '2024年知识产权司法保护新闻发布会', 'Event', '新闻发布会')
rel(D, 'PARTICIPATED_IN', '香港特别行政区律政司', 'Institution', '粤港澳大湾区知识产权司法保护论坛', 'Event', '派员参加')
rel(D, 'PARTICIPATED_IN', '澳门特别行政区法务局', 'Institution', '粤港澳大湾区知识产权司法保护论坛', 'Event', '派员参加')
rel(D, 'GUIDES', '最高人民法院知识产权法庭', 'Institution', COURT, 'Institution', '的指导下')
for x, t, region, find in [('粤港澳大湾区知识产权司法保护论坛', 'Event', '广州市', '论坛在广州举办'), ('粤港澳大湾区知识产权司法保护论坛', 'Event', '粤港澳大湾区', '论坛在广州举办'),
                           (COURT, 'Institution', '广州市', '共受理'), (BUREAU, 'Institution', '广州市', '签署《'),
                           ('香港特别行政区律政司', 'Institution', '香港特别行政区', '派员参加'), ('澳门特别行政区法务局', 'Institution', '澳门特别行政区', '派员参加')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)

qa('hb-6', D, 'cooperates', COURT, [BUREAU, '广州市市场监督管理局', '广州市知识产权局'], '广州知识产权法院与哪个机构签署了诉调对接合作协议？', 'With whom did the Guangzhou IP Court sign the agreement?', '签署《')
qa('hb-7', D, 'events', '粤港澳大湾区知识产权司法保护论坛', ['2024-09-12', '9月12日'], '粤港澳大湾区知识产权司法保护论坛何时举办？', 'When was the Greater Bay Area judicial forum held?', '论坛在广州举办')
qa('hb-8', D, 'located_in', '粤港澳大湾区知识产权司法保护论坛', ['广州市', '广州'], '粤港澳大湾区知识产权司法保护论坛在哪里举办？', 'Where was the forum held?', '论坛在广州举办')
qa('hb-9', D, 'outcomes_of', '诉调对接机制', ['通过诉调对接机制化解纠纷数：2300件（2024年）', '2300件'], '诉调对接机制化解了多少纠纷？', 'How many disputes did the mediation link resolve?', '化解纠纷2300件')
qa('hb-10', D, 'search', None, ['技术调查官62名'], '广州知识产权法院如何查明技术事实？', 'How does the court establish technical facts?', '聘任技术调查官62名')
qa('hb-12', D, 'platforms_of', COURT, ['技术调查官库'], '广州知识产权法院建立了什么平台查明技术事实？', 'Which pool did the Guangzhou IP Court build to establish technical facts?', '建立技术调查官库')
