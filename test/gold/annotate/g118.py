from lib import *
# A section of a provincial IP office's annual report (written for this project): one paragraph per city or
# prefecture, each opening with its name, with figures, platforms, measures and cooperation agreements.
D = '118_jilin_provincial_digest.txt'
PROV = '吉林省知识产权局'
CC = '长春市市场监督管理局（长春市知识产权局）'
JL = '吉林市市场监督管理局'
LY = '辽源市市场监督管理局'
TH = '通化市市场监督管理局'
YB = '延边朝鲜族自治州市场监督管理局'
CC_CENTRE = '中国（长春）知识产权保护中心'
CC_CULTIVATION = '汽车产业高价值专利培育中心'
JL_BASE = '吉林市碳纤维产业专利导航服务基地'
SP_STATION = '知识产权服务工作站'
LY_CENTRE = '辽源市袜业知识产权快速维权中心'
TH_CENTRE = '通化医药高新技术产业开发区知识产权服务中心'
YB_STATION = '海外知识产权纠纷应对指导工作站'
CC_AGREEMENT = '高价值专利培育合作框架协议'
YB_AGREEMENT = '知识产权人才培养合作协议'
LOAN = '“江城知贷”产品'
ALLIANCE = '换热器产业知识产权联盟'
CC_SIGNING = f'长春市市场监督管理局与吉林大学签署《{CC_AGREEMENT}》'
LY_SIGNING = '辽源市市场监督管理局与辽源市公安局签署协作备忘录'
YB_SIGNING = f'延边朝鲜族自治州市场监督管理局与延边大学签署《{YB_AGREEMENT}》'

# The report's own body (title); 省知识产权局 in a Jilin report is that body.
ent(D, 'Institution', PROV, ['省知识产权局'], kind='government', find='吉林省知识产权局2024年度工作报告')
# 市局 in a city's paragraph is the bureau that paragraph names; 州市场监督管理局 in the Yanbian paragraph is the prefecture's.
ent(D, 'Institution', CC, ['长春市市场监督管理局', '长春市知识产权局', '市局'], kind='government', find='依托中国（长春）知识产权保护中心')
ent(D, 'Institution', JL, ['市局'], kind='government', find='吉林市市场监督管理局联合')
ent(D, 'Institution', LY, kind='government')
ent(D, 'Institution', TH, kind='government')
ent(D, 'Institution', YB, ['州市场监督管理局'], kind='government', find='州市场监督管理局在州内珲春市')
ent(D, 'Institution', '吉林大学', kind='academic')
ent(D, 'Institution', '国家知识产权局', kind='government')
ent(D, 'Institution', '江城农村商业银行', kind='enterprise')
ent(D, 'Institution', '辽源市公安局', kind='government')
ent(D, 'Institution', '通化市中级人民法院', kind='judicial')
ent(D, 'Institution', '通化市人民检察院', kind='judicial')
ent(D, 'Institution', '延边大学', kind='academic')
# A named alliance of firms is a body (v1 Institution kind association), not a measure.
ent(D, 'Institution', ALLIANCE, kind='association')

ent(D, 'Platform', CC_CENTRE, kind='service centre')
ent(D, 'Platform', CC_CULTIVATION, kind='service centre')
ent(D, 'Platform', JL_BASE, kind='service centre')
ent(D, 'Platform', SP_STATION, kind='station')
ent(D, 'Platform', LY_CENTRE, kind='service centre')
ent(D, 'Platform', TH_CENTRE, kind='service centre')
ent(D, 'Platform', YB_STATION, kind='station')

ent(D, 'Region', '吉林省', ['全省'], kind='province', find='吉林省知识产权局2024年度工作报告')
ent(D, 'Region', '长春市', kind='city', find='长春市围绕汽车')
ent(D, 'Region', '吉林市', kind='city', find='吉林市碳纤维')
ent(D, 'Region', '四平市', ['全市'], kind='city', find='四平市大力发展')
ent(D, 'Region', '四平红嘴经济技术开发区', kind='zone')
ent(D, 'Region', '辽源市', kind='city', find='辽源市市场监督管理局与')
ent(D, 'Region', '通化市', ['全市'], kind='city', find='通化市市场监督管理局会同')
ent(D, 'Region', '通化医药高新技术产业开发区', kind='zone')
ent(D, 'Region', '延边朝鲜族自治州', kind='city', find='延边朝鲜族自治州发挥')
ent(D, 'Region', '珲春市', kind='city')
ent(D, 'Region', '俄罗斯', kind='country')
ent(D, 'Region', '韩国', kind='country')

ent(D, 'Policy', CC_AGREEMENT, [f'《{CC_AGREEMENT}》'], kind='agreement')
ent(D, 'Policy', YB_AGREEMENT, [f'《{YB_AGREEMENT}》'], kind='agreement')
ent(D, 'Policy', LOAN, ['江城知贷'], kind='programme', find='江城知贷')

ent(D, 'Event', CC_SIGNING, ['市局与吉林大学签署《高价值专利培育合作框架协议》'], kind='signing', date='2024-11', find='高价值专利培育合作框架协议')
ent(D, 'Event', LY_SIGNING, kind='signing', date='2024', find='签署协作备忘录')
ent(D, 'Event', YB_SIGNING, ['州市场监督管理局与延边大学签署《知识产权人才培养合作协议》'], kind='signing', date='2024-05', find='知识产权人才培养合作协议')

MEASURES = [
    ('专利快速预审', ['开展专利快速预审'], '开展专利快速预审'),
    ('专利侵权纠纷行政裁决快速办理机制', ['建立专利侵权纠纷行政裁决快速办理机制'], '快速办理机制'),
    ('外观设计专利快速预审', ['开展外观设计专利快速预审'], '开展外观设计专利快速预审'),
    ('侵权假冒线索双向通报制度', ['建立侵权假冒线索双向通报制度'], '双向通报制度'),
    ('医药领域知识产权协同保护机制', ['建立医药领域知识产权协同保护机制'], '协同保护机制'),
    ('医药企业专利布局辅导', ['开展医药企业专利布局辅导'], '专利布局辅导'),
    ('海外风险预警服务', ['提供海外风险预警服务'], '海外风险预警服务'),
    ('知识产权人才订单式培养机制', ['建立知识产权人才订单式培养机制'], '订单式培养机制'),
]
for name, aliases, find in MEASURES:
    ent(D, 'Measure', name, aliases, kind='action', find=find)

def outcome(indicator, value, unit, find, subject, period='2024', kind='actual', figure=None):
    name = f'{indicator}：{figure or value + unit}（{period}年{"目标" if kind == "target" else ""}）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period=period, subject=subject, find=find)
    return name
cc_grants = outcome('授权发明专利', '4856', '件', '授权发明专利4856件', '长春市')
cc_share = outcome('授权发明专利占全省总量比重', '61.3', '%', '占全省总量的61.3%', '长春市')
cc_pre = outcome('受理预审请求', '2140', '件', '受理预审请求2140件', CC)
cc_cycle = outcome('预审合格发明专利平均授权周期', '79', '天', '缩短至79天', CC)
cc_projects = outcome('首批遴选培育项目', '18', '个', '首批遴选培育项目18个', CC)
jl_nav = outcome('完成专利导航项目', '5', '个', '完成专利导航项目5个', JL_BASE)
jl_firms = outcome('获得知识产权质押贷款的企业', '73', '家', '为73家企业', JL)
jl_loans = outcome('发放知识产权质押贷款', '7.6', '亿元', '质押贷款7.6亿元', JL)
jl_growth = outcome('知识产权质押贷款同比增长', '41', '%', '同比增长41%', JL, kind='change')
jl_cases = outcome('办结专利侵权纠纷案件', '96', '件', '办结专利侵权纠纷案件96件', JL)
jl_days = outcome('平均办案周期', '45', '天', '平均办案周期45天', JL)
# The Siping paragraph names no body: the city is the actor and its figures are the city's.
sp_members = outcome('换热器产业知识产权联盟成员企业', '46', '家', '联盟成员企业增至46家', '四平市')
sp_services = outcome('知识产权服务工作站为企业提供服务', '640余', '次', '服务640余次', '四平市')
sp_pledge = outcome('知识产权质押融资额', '2.3', '亿元', '质押融资额达到2.3亿元', '四平市')
sp_growth = outcome('知识产权质押融资额同比增长', '92', '%', '同比增长92%', '四平市', kind='change')
ly_pre = outcome('受理外观设计专利预审请求', '1320', '件', '受理预审请求1320件', LY_CENTRE)
ly_fast = outcome('外观设计专利最快授权时间', '7', '个工作日', '最快7个工作日', LY_CENTRE, figure='最快7个工作日')
ly_leads = outcome('互相通报线索', '28', '条', '互相通报线索28条', LY)
th_cases = outcome('联合查办涉药品商标侵权案件', '37', '件', '涉药品商标侵权案件37件', TH)
th_firms = outcome('专利布局辅导服务企业', '120', '家', '服务企业120家', TH)
th_patents = outcome('中药领域有效发明专利', '1260', '件', '中药领域有效发明专利达到1260件', '通化市')
th_rank = outcome('中药领域有效发明专利全省排名', '2', '位', '居全省第二位', '通化市', figure='居全省第二位')
yb_queries = outcome('处理海外知识产权咨询', '210', '件', '处理海外知识产权咨询210件', YB)
yb_trained = outcome('培训专业人才', '300余', '人次', '培训专业人才300余人次', YB)

# Each bureau implements what its paragraph says it (or 市局 / a subjectless clause after it) did (v2).
for body, name, find in [(CC, '专利快速预审', '开展专利快速预审'), (JL, '专利侵权纠纷行政裁决快速办理机制', '快速办理机制'),
                         (LY, '侵权假冒线索双向通报制度', '双向通报制度'), (TH, '医药领域知识产权协同保护机制', '协同保护机制'),
                         (TH, '医药企业专利布局辅导', '专利布局辅导'), (YB, '海外风险预警服务', '海外风险预警服务'),
                         (YB, '知识产权人才订单式培养机制', '订单式培养机制')]:
    rel(D, 'IMPLEMENTS', body, 'Institution', name, 'Measure', find)
# X与Y签署…，建立/联合建立…: a joint subject, both implement (v2).
rel(D, 'IMPLEMENTS', '辽源市公安局', 'Institution', '侵权假冒线索双向通报制度', 'Measure', '双向通报制度')
rel(D, 'IMPLEMENTS', '延边大学', 'Institution', '知识产权人才订单式培养机制', 'Measure', '订单式培养机制')
# X联合Y推出Z: X implements, Y is a partner.
rel(D, 'IMPLEMENTS', JL, 'Institution', LOAN, 'Policy', '江城知贷')
for body, platform, find in [(CC, CC_CENTRE, '依托中国（长春）知识产权保护中心'), (CC, CC_CULTIVATION, CC_CULTIVATION), ('吉林大学', CC_CULTIVATION, CC_CULTIVATION),
                             (TH, TH_CENTRE, TH_CENTRE), (YB, YB_STATION, YB_STATION)]:
    rel(D, 'OPERATES', body, 'Institution', platform, 'Platform', find)
rel(D, 'APPROVED', '国家知识产权局', 'Institution', JL_BASE, 'Platform', '经国家知识产权局批准设立')
rel(D, 'GUIDES', PROV, 'Institution', JL, 'Institution', '在省知识产权局指导下')
for a, b, find in [(CC, '吉林大学', '高价值专利培育合作框架协议'), (JL, '江城农村商业银行', '江城知贷'), (LY, '辽源市公安局', '签署协作备忘录'),
                   (TH, '通化市中级人民法院', '协同保护机制'), (TH, '通化市人民检察院', '协同保护机制'), (YB, '延边大学', '知识产权人才培养合作协议')]:
    rel(D, 'COOPERATES_WITH', a, 'Institution', b, 'Institution', find)
# v2 ISSUED: both signatories of a named agreement issue it; both take part in the signing.
for body, policy, event, find in [(CC, CC_AGREEMENT, CC_SIGNING, '高价值专利培育合作框架协议'), ('吉林大学', CC_AGREEMENT, CC_SIGNING, '高价值专利培育合作框架协议'),
                                  (YB, YB_AGREEMENT, YB_SIGNING, '知识产权人才培养合作协议'), ('延边大学', YB_AGREEMENT, YB_SIGNING, '知识产权人才培养合作协议')]:
    rel(D, 'ISSUED', body, 'Institution', policy, 'Policy', find)
    rel(D, 'PARTICIPATED_IN', body, 'Institution', event, 'Event', find)
for body in [LY, '辽源市公安局']:
    rel(D, 'PARTICIPATED_IN', body, 'Institution', LY_SIGNING, 'Event', '签署协作备忘录')

for head, ht, outs, find in [
    ('专利快速预审', 'Measure', [cc_pre, cc_cycle], '受理预审请求2140件'), (CC_CENTRE, 'Platform', [cc_pre, cc_cycle], '受理预审请求2140件'),
    (CC_CULTIVATION, 'Platform', [cc_projects], '首批遴选培育项目18个'),
    (JL_BASE, 'Platform', [jl_nav], '完成专利导航项目5个'),
    (LOAN, 'Policy', [jl_firms, jl_loans, jl_growth], '江城知贷'),
    ('专利侵权纠纷行政裁决快速办理机制', 'Measure', [jl_cases, jl_days], '快速办理机制'),
    (SP_STATION, 'Platform', [sp_services], '服务640余次'),
    ('外观设计专利快速预审', 'Measure', [ly_pre, ly_fast], '受理预审请求1320件'), (LY_CENTRE, 'Platform', [ly_pre, ly_fast], '受理预审请求1320件'),
    ('侵权假冒线索双向通报制度', 'Measure', [ly_leads], '双向通报制度'),
    ('医药领域知识产权协同保护机制', 'Measure', [th_cases], '协同保护机制'),
    ('医药企业专利布局辅导', 'Measure', [th_firms], '专利布局辅导'), (TH_CENTRE, 'Platform', [th_firms], '专利布局辅导'),
    ('海外风险预警服务', 'Measure', [yb_queries], '海外风险预警服务'), (YB_STATION, 'Platform', [yb_queries], '海外风险预警服务'),
    ('知识产权人才订单式培养机制', 'Measure', [yb_trained], '订单式培养机制'),
]:
    for o in outs:
        rel(D, 'PRODUCED', head, ht, o, 'Outcome', find)
for o, region, find in [(cc_grants, '长春市', '授权发明专利4856件'), (cc_share, '长春市', '占全省总量的61.3%'),
                        (sp_members, '四平市', '联盟成员企业增至46家'), (sp_services, '四平市', '服务640余次'),
                        (sp_pledge, '四平市', '质押融资额达到2.3亿元'), (sp_growth, '四平市', '同比增长92%'),
                        (th_patents, '通化市', '中药领域有效发明专利达到1260件'), (th_rank, '通化市', '居全省第二位')]:
    rel(D, 'MEASURED_IN', o, 'Outcome', region, 'Region', find)
for x, t, region, find in [(PROV, 'Institution', '吉林省', '吉林省知识产权局2024年度工作报告'), (CC, 'Institution', '长春市', '依托中国（长春）知识产权保护中心'),
                           (JL, 'Institution', '吉林市', '吉林市市场监督管理局联合'), (LY, 'Institution', '辽源市', '签署协作备忘录'),
                           ('辽源市公安局', 'Institution', '辽源市', '签署协作备忘录'), (TH, 'Institution', '通化市', '协同保护机制'),
                           ('通化市中级人民法院', 'Institution', '通化市', '协同保护机制'), ('通化市人民检察院', 'Institution', '通化市', '协同保护机制'),
                           (YB, 'Institution', '延边朝鲜族自治州', '州市场监督管理局在州内珲春市'),
                           (CC_CENTRE, 'Platform', '长春市', '依托中国（长春）知识产权保护中心'), (JL_BASE, 'Platform', '吉林市', '吉林市碳纤维'),
                           (SP_STATION, 'Platform', '四平红嘴经济技术开发区', '服务640余次'), (LY_CENTRE, 'Platform', '辽源市', '受理预审请求1320件'),
                           (TH_CENTRE, 'Platform', '通化医药高新技术产业开发区', TH_CENTRE), (YB_STATION, 'Platform', '珲春市', YB_STATION)]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)
# v2 Regions nest: zones named after their city; 州内珲春市.
for a, b, find in [('四平红嘴经济技术开发区', '四平市', '服务640余次'), ('通化医药高新技术产业开发区', '通化市', TH_CENTRE),
                   ('珲春市', '延边朝鲜族自治州', '州市场监督管理局在州内珲春市')]:
    rel(D, 'PART_OF', a, 'Region', b, 'Region', find)

qa('hh-9', D, 'approved_by', JL_BASE, ['国家知识产权局'], '吉林市碳纤维产业专利导航服务基地由哪个机构批准设立？',
   'Which body approved the Jilin City carbon-fibre patent navigation base?', '经国家知识产权局批准设立')
qa('hh-10', D, 'cooperates', TH, ['通化市中级人民法院', '通化市人民检察院'], '通化市市场监督管理局会同哪些机构建立医药领域知识产权协同保护机制？',
   'With which bodies did the Tonghua regulator set up the pharmaceutical IP protection mechanism?', '协同保护机制')
qa('hh-11', D, 'outcomes_of', LOAN, [jl_loans, '7.6亿元', jl_firms, '73家'], '“江城知贷”产品发放了多少知识产权质押贷款？',
   'How much IP-pledge lending did Jiangcheng Zhidai provide?', '江城知贷')
qa('hh-12', D, 'located_in', YB_STATION, ['珲春市'], '延边州的海外知识产权纠纷应对指导工作站设在哪里？',
   'Where is Yanbian\'s overseas IP dispute guidance station?', YB_STATION)
qa('hh-13', D, 'who_issued', CC_AGREEMENT, [CC, '长春市市场监督管理局', '长春市知识产权局', '吉林大学'], '《高价值专利培育合作框架协议》由哪些机构签署？',
   'Who signed the high-value patent cultivation framework agreement?', '高价值专利培育合作框架协议')
qa('hh-14', D, 'who_implements', '侵权假冒线索双向通报制度', [LY, '辽源市公安局'], '辽源市侵权假冒线索双向通报制度由哪些机构建立？',
   'Which bodies set up Liaoyuan\'s two-way lead notification system?', '双向通报制度')
qa('hh-15', D, 'platforms_of', CC, [CC_CENTRE, CC_CULTIVATION], '长春市市场监督管理局依托或共建了哪些平台？',
   'Which platforms does the Changchun regulator rely on or co-build?', '依托中国（长春）知识产权保护中心')
qa('hh-16', D, 'search', None, ['换热器产业知识产权联盟'], '四平市如何推动换热器产业知识产权工作？',
   'How does Siping support IP in its heat-exchanger industry?', '换热器产业知识产权联盟')
