from lib import *
D = '103_chengdu_news.txt'
CENTRE = '国家知识产权局商标局成都商标审查协作中心'
# v2: an event's name is who + what, without the place.
LAUNCH = '国家知识产权局商标局成都商标审查协作中心揭牌成立'
SIGNING = '成都市人民政府与国家知识产权局签署战略合作协议'
ent(D, 'Institution', '成都市知识产权局', kind='government')
ent(D, 'Institution', '国家知识产权局商标局', kind='government', find=CENTRE)
ent(D, 'Institution', '国家知识产权局', kind='government', find=SIGNING)
ent(D, 'Institution', '成都市人民政府', kind='government')
ent(D, 'Institution', '四川省知识产权服务促进中心', kind='government')
ent(D, 'Platform', '成都知识产权交易中心', kind='exchange')
ent(D, 'Institution', '成都市市场监督管理局', kind='government')
ent(D, 'Platform', CENTRE, kind='service centre')
ent(D, 'Platform', '“知易贷”融资服务平台', ['知易贷'], kind='online service', find='知易贷')
ent(D, 'Platform', '中国（成都）知识产权保护中心', kind='service centre')
ent(D, 'Platform', '知识产权纠纷快速处理窗口', kind='window')
ent(D, 'Region', '成都市', ['成都'], kind='city', find='成都市持续完善')
ent(D, 'Region', '四川省', ['四川'], kind='province', find='位居四川省第一')
ent(D, 'Region', '成都高新区', ['高新区'], kind='district', find='在高新区')
# v2 Measures in prose: a 体系 the city's bureau (the article's source) is said to improve.
ent(D, 'Measure', '知识产权快保护体系', ['完善知识产权快保护体系'], find='快保护体系')
ent(D, 'Policy', '西部知识产权保护高地', kind='pilot', find='成都打造西部知识产权保护高地')
ent(D, 'Policy', '四川省知识产权强省建设纲要（2021—2035年）', ['《四川省知识产权强省建设纲要（2021—2035年）》'], kind='plan', find='四川省知识产权强省建设纲要')
ent(D, 'Policy', '成都市知识产权保护和运用“十四五”规划', ['《成都市知识产权保护和运用“十四五”规划》'], kind='plan', find='成都市知识产权保护和运用')
ent(D, 'Event', LAUNCH, kind='launch', date='2025-04-26', find='揭牌成立')
ent(D, 'Event', SIGNING, kind='signing', date='2025', find='签署战略合作协议')

def outcome(indicator, value, unit, find, kind='actual', period='2025', figure=None):
    name = f'{indicator}：{figure or value + unit}（{period}年{"目标" if kind == "target" else ""}）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period=period, subject='成都市', find=find)
    return name
# v2: a ranking is an outcome with the rank as value.
rank = outcome('知识产权保护社会满意度全省排名', '1', '位', '社会满意度', figure='连续三年位居四川省第一')
loans = outcome('知识产权质押融资金额', '8.6', '亿元', '融资8.6亿元')
firms = outcome('获得知识产权质押融资的科技型中小企业数', '230', '家', '累计为230家')
cycle = outcome('专利侵权纠纷办理周期', '平均90天 -> 30天', '天', '缩短至30天', kind='change', figure='由平均90天缩短至30天')
target = outcome('每万人口高价值发明专利拥有量', '20', '件', '达到20件', kind='target')
for name, find in [(rank, '社会满意度'), (loans, '融资8.6亿元'), (firms, '累计为230家'), (cycle, '缩短至30天'), (target, '达到20件')]:
    rel(D, 'MEASURED_IN', name, 'Outcome', '成都市', 'Region', find)
rel(D, 'PRODUCED', '知识产权快保护体系', 'Measure', rank, 'Outcome', '社会满意度')
# The article speaks for 成都市知识产权局 (记者从…获悉): what it says 成都市 did or will do is that body's (v2 IMPLEMENTS).
rel(D, 'IMPLEMENTS', '成都市知识产权局', 'Institution', '知识产权快保护体系', 'Measure', '快保护体系')
rel(D, 'IMPLEMENTS', '成都市知识产权局', 'Institution', '四川省知识产权强省建设纲要（2021—2035年）', 'Policy', '四川省知识产权强省建设纲要')
rel(D, 'IMPLEMENTS', '成都市知识产权局', 'Institution', '成都市知识产权保护和运用“十四五”规划', 'Policy', '成都市知识产权保护和运用')
rel(D, 'PRODUCED', '“知易贷”融资服务平台', 'Platform', loans, 'Outcome', '融资8.6亿元')
rel(D, 'PRODUCED', '“知易贷”融资服务平台', 'Platform', firms, 'Outcome', '累计为230家')
rel(D, 'PRODUCED', '知识产权纠纷快速处理窗口', 'Platform', cycle, 'Outcome', '缩短至30天')
rel(D, 'TARGETS', '成都市知识产权保护和运用“十四五”规划', 'Policy', target, 'Outcome', '达到20件')
rel(D, 'OPERATES', '成都市市场监督管理局', 'Institution', '知识产权纠纷快速处理窗口', 'Platform', '缩短至30天')
rel(D, 'OPERATES', '成都市市场监督管理局', 'Institution', '中国（成都）知识产权保护中心', 'Platform', '缩短至30天')
rel(D, 'COOPERATES_WITH', '成都市人民政府', 'Institution', '国家知识产权局', 'Institution', '签署战略合作协议')
rel(D, 'PARTICIPATED_IN', '成都市人民政府', 'Institution', SIGNING, 'Event', '签署战略合作协议')
rel(D, 'PARTICIPATED_IN', '国家知识产权局', 'Institution', SIGNING, 'Event', '签署战略合作协议')
rel(D, 'PART_OF', CENTRE, 'Platform', '国家知识产权局商标局', 'Institution', '揭牌成立')
rel(D, 'PART_OF', '国家知识产权局商标局', 'Institution', '国家知识产权局', 'Institution', '揭牌成立')
rel(D, 'LOCATED_IN', CENTRE, 'Platform', '成都高新区', 'Region', '揭牌成立')
rel(D, 'LOCATED_IN', CENTRE, 'Platform', '成都市', 'Region', '揭牌成立')
rel(D, 'LOCATED_IN', LAUNCH, 'Event', '成都高新区', 'Region', '揭牌成立')
rel(D, 'LOCATED_IN', LAUNCH, 'Event', '成都市', 'Region', '揭牌成立')
for x, t, region, find in [('中国（成都）知识产权保护中心', 'Platform', '成都市', '缩短至30天'), ('成都知识产权交易中心', 'Platform', '成都市', '知易贷'),
                           ('成都市知识产权局', 'Institution', '成都市', '获悉'), ('成都市人民政府', 'Institution', '成都市', '签署战略合作协议'),
                           ('成都市市场监督管理局', 'Institution', '成都市', '缩短至30天'), ('四川省知识产权服务促进中心', 'Institution', '四川省', '知易贷')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)

qa('ho-19', D, 'platforms_of', '成都市市场监督管理局', ['知识产权纠纷快速处理窗口', '中国（成都）知识产权保护中心'],
   '成都市市场监督管理局依托哪些平台处理知识产权纠纷？', 'Through which platforms does the Chengdu market regulator handle IP disputes?', '缩短至30天')
qa('ho-20', D, 'cooperates', '成都市人民政府', ['国家知识产权局'], '成都市人民政府与哪个机构签署战略合作协议？', 'With whom did the Chengdu government sign a strategic agreement?', '签署战略合作协议')
qa('ho-21', D, 'events', LAUNCH, ['2025-04-26', '2025年4月26日'], '成都商标审查协作中心何时揭牌？', 'When was the Chengdu trademark examination centre opened?', '揭牌成立')
qa('ho-22', D, 'located_in', CENTRE, ['成都高新区', '高新区', '成都市', '成都'], '国家知识产权局商标局成都商标审查协作中心设在哪里？', 'Where is the Chengdu trademark examination centre?', '揭牌成立')
qa('ho-23', D, 'outcomes_of', '知识产权纠纷快速处理窗口', ['专利侵权纠纷办理周期：由平均90天缩短至30天（2025年）', '由平均90天缩短至30天', '30天'],
   '知识产权纠纷快速处理窗口使办理周期缩短到多少？', 'How far did the fast dispute window cut handling time?', '缩短至30天')
qa('ho-24', D, 'outcomes_of', '成都市知识产权保护和运用“十四五”规划', ['每万人口高价值发明专利拥有量：20件（2025年目标）', '20件'],
   '成都市“十四五”规划对每万人口高价值发明专利拥有量提出了什么目标？', 'What target does the Chengdu 14th five-year plan set?', '达到20件')
qa('ho-25', D, 'part_of', CENTRE, ['国家知识产权局商标局', '国家知识产权局'], '成都商标审查协作中心隶属于哪个机构？', 'Which body does the Chengdu trademark examination centre belong to?', '揭牌成立')
qa('ho-26', D, 'search', None, ['知易贷'], '成都为科技型中小企业提供了哪些知识产权融资服务？', 'What IP financing services does Chengdu offer small tech firms?', '知易贷')
