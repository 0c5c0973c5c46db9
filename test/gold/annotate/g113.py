from lib import *
# A city news feature (written for this project): one bureau's work told in prose, most clauses without a subject.
D = '113_xian_news_feature.txt'
BUREAU = '西安市市场监督管理局（西安市知识产权局）'
COURT = '西安市中级人民法院'
CENTRE = '中国（西安）知识产权保护中心'
SIGNING = '西安市知识产权局与西北工业大学签署合作协议'

ent(D, 'Institution', BUREAU, ['西安市市场监督管理局', '西安市知识产权局'], kind='government', find='聚焦硬科技产业发展需求')
ent(D, 'Institution', COURT, kind='judicial', find='会同西安市中级人民法院')
ent(D, 'Institution', '西安市中级人民法院知识产权审判庭', kind='judicial')
ent(D, 'Institution', '西安市公安局', kind='government')
ent(D, 'Institution', '陕西省知识产权局', kind='government')
ent(D, 'Institution', '公安机关', kind='government', find='移送公安机关')
ent(D, 'Institution', '西北工业大学', kind='academic')
ent(D, 'Institution', '陕西省科学技术厅', kind='government')

ent(D, 'Platform', CENTRE, kind='service centre', find='依托中国（西安）知识产权保护中心')
ent(D, 'Platform', '知识产权快速维权工作站', kind='station')
ent(D, 'Platform', '国家海外知识产权纠纷应对指导中心陕西分中心', kind='service centre')
ent(D, 'Platform', '航空航天产业知识产权运营专家库', kind='expert pool')
ent(D, 'Platform', '“秦创原”知识产权运营服务中心', ['秦创原知识产权运营服务中心'], kind='service centre', find='秦创原')
ent(D, 'Platform', '西安市知识产权公共服务平台', kind='online service')
ent(D, 'Platform', '知识产权信息公共服务网点', kind='station')

ent(D, 'Region', '西安市', ['西安', '全市'], kind='city', find='西安：')
ent(D, 'Region', '西安高新区', kind='zone')
ent(D, 'Region', '西安经开区', kind='zone')
ent(D, 'Region', '陕西省', ['陕西'], kind='province', find='陕西省知识产权局')
ent(D, 'Region', '美国', kind='country')
ent(D, 'Region', '德国', kind='country')

ent(D, 'Policy', '“秦剑”知识产权执法专项行动', ['秦剑知识产权执法专项行动'], kind='programme', find='秦剑')
ent(D, 'Policy', '西安市知识产权质押融资风险补偿资金管理办法', ['《西安市知识产权质押融资风险补偿资金管理办法》'], kind='regulation')

ent(D, 'Event', SIGNING, kind='signing', date='2025-05', find='签署合作协议')

# Measures the bureau (the feature's speaker) is said to carry out, named without the verb (v2).
MEASURES = [
    ('专利快速预审', ['开展专利快速预审'], '开展专利快速预审'),
    ('“线上受理、线下调解、限时办结”工作机制', ['线上受理、线下调解、限时办结工作机制'], '限时办结'),
    ('知识产权纠纷多元化解机制', ['建立知识产权纠纷多元化解机制'], '多元化解机制'),
    ('海外知识产权风险排查和应诉指导', ['提供海外知识产权风险排查和应诉指导'], '风险排查和应诉指导'),
    ('专利开放许可制度', ['推行专利开放许可制度'], '专利开放许可制度'),
    ('地理标志专用标志规范使用', ['指导地理标志产品规范使用地理标志专用标志'], '规范使用地理标志专用标志'),
    ('产业知识产权联盟', ['布局建设产业知识产权联盟'], '产业知识产权联盟'),
]
for name, aliases, find in MEASURES:
    ent(D, 'Measure', name, aliases, kind='action', find=find)

def outcome(indicator, value, unit, find, subject, period='2025', kind='actual', figure=None):
    name = f'{indicator}：{figure or value + unit}（{period}{"年" if period.isdigit() else ""}{"目标" if kind == "target" else ""}）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period=period, subject=subject, find=find)
    return name
CITY = '西安市'
valid = outcome('有效发明专利拥有量', '8.9', '万件', '有效发明专利拥有量达到8.9万件', CITY, period='截至2025年6月底')
hv = outcome('每万人口高价值发明专利拥有量', '41.3', '件', '41.3件', CITY, period='截至2025年6月底')
pre = outcome('受理预审请求', '2860', '件', '受理预审请求2860件', BUREAU, period='2025年上半年')
cycle = outcome('预审合格案件发明专利平均授权周期', '68', '天', '压缩至68天', BUREAU, period='2025年上半年')
stations = outcome('设立知识产权快速维权工作站', '4', '个', '设立4个知识产权快速维权工作站', BUREAU)
closed = outcome('办结侵权纠纷案件', '193', '件', '办结侵权纠纷案件193件', BUREAU, period='2025年上半年')
mediated = outcome('通过诉前调解化解知识产权纠纷案件', '420', '件', '化解知识产权纠纷案件420件', CITY)
mediation_time = outcome('平均调解周期', '20', '天', '平均调解周期不到20天', CITY, figure='不到20天')
cases = outcome('查办专利、商标侵权假冒案件', '312', '件', '查办专利、商标侵权假冒案件312件', BUREAU)
transfers = outcome('移送公安机关涉嫌犯罪案件', '17', '件', '涉嫌犯罪案件17件', BUREAU)
firms_abroad = outcome('提供海外知识产权风险排查和应诉指导的“走出去”企业', '32', '家', '为32家', BUREAU)
suits = outcome('协助企业应对专利诉讼', '9', '起', '应对专利诉讼9起', BUREAU)
experts = outcome('首批入库专家', '46', '名', '首批入库专家46名', BUREAU)
firms = outcome('获得知识产权质押贷款的中小企业', '126', '家', '帮助126家中小企业', BUREAU)
loans = outcome('知识产权质押贷款', '23.7', '亿元', '质押贷款23.7亿元', BUREAU)
deals = outcome('促成许可交易', '540', '项', '促成许可交易540项', BUREAU)
fees = outcome('许可费用总额', '1.2', '亿元', '许可费用总额达到1.2亿元', BUREAU)
users = outcome('新增专用标志使用市场主体', '58', '家', '新增专用标志使用市场主体58家', BUREAU, period='2025年上半年')
gi_value = outcome('地理标志产品年产值', '90', '亿元', '年产值超过90亿元', CITY, figure='超过90亿元')
services = outcome('上线在线服务', '12', '项', '等12项在线服务', BUREAU)
visits = outcome('平台访问量', '35', '万人次', '访问量突破35万人次', BUREAU, period='2025年上半年', figure='突破35万人次')
points = outcome('建成知识产权信息公共服务网点', '27', '个', '公共服务网点27个', BUREAU)
target = outcome('知识产权质押融资额', '40', '亿元', '突破40亿元', CITY, kind='target', figure='突破40亿元')

# The feature speaks for the bureau: its subjectless clauses are the bureau's (v2 IMPLEMENTS / OPERATES).
for name, _, find in MEASURES:
    rel(D, 'IMPLEMENTS', BUREAU, 'Institution', name, 'Measure', find)
rel(D, 'IMPLEMENTS', BUREAU, 'Institution', '“秦剑”知识产权执法专项行动', 'Policy', '秦剑')
rel(D, 'ISSUED', BUREAU, 'Institution', '西安市知识产权质押融资风险补偿资金管理办法', 'Policy', '风险补偿资金管理办法')
for platform, find in [(CENTRE, '依托中国（西安）知识产权保护中心'), ('知识产权快速维权工作站', '设立4个知识产权快速维权工作站'),
                       ('国家海外知识产权纠纷应对指导中心陕西分中心', '陕西分中心'), ('航空航天产业知识产权运营专家库', '专家库'),
                       ('“秦创原”知识产权运营服务中心', '秦创原'), ('西安市知识产权公共服务平台', '升级西安市知识产权公共服务平台'),
                       ('知识产权信息公共服务网点', '公共服务网点27个')]:
    rel(D, 'OPERATES', BUREAU, 'Institution', platform, 'Platform', find)
# 共同组建 / 共建: the partner builds the platform too.
rel(D, 'OPERATES', '西北工业大学', 'Institution', '航空航天产业知识产权运营专家库', 'Platform', '专家库')
rel(D, 'OPERATES', '陕西省科学技术厅', 'Institution', '“秦创原”知识产权运营服务中心', 'Platform', '秦创原')
# 会同 / 联合 / 与…签署 / 与…共建: partners (v2 COOPERATES_WITH).
for partner, find in [(COURT, '会同西安市中级人民法院'), ('西安市公安局', '会同西安市中级人民法院'), ('陕西省知识产权局', '秦剑'),
                      ('西北工业大学', '签署合作协议'), ('陕西省科学技术厅', '秦创原')]:
    rel(D, 'COOPERATES_WITH', BUREAU, 'Institution', partner, 'Institution', find)
for body in [BUREAU, '西北工业大学']:
    rel(D, 'PARTICIPATED_IN', body, 'Institution', SIGNING, 'Event', '签署合作协议')
rel(D, 'PART_OF', '西安市中级人民法院知识产权审判庭', 'Institution', COURT, 'Institution', '知识产权审判庭负责人')
# Outcomes the text attributes to a measure, programme or platform in the same sentence or the one right after.
for head, ht, outs, find in [
    ('专利快速预审', 'Measure', [pre, cycle], '受理预审请求2860件'), (CENTRE, 'Platform', [pre, cycle], '受理预审请求2860件'),
    ('“线上受理、线下调解、限时办结”工作机制', 'Measure', [closed], '办结侵权纠纷案件193件'),
    ('知识产权快速维权工作站', 'Platform', [closed], '办结侵权纠纷案件193件'),
    ('知识产权纠纷多元化解机制', 'Measure', [mediated, mediation_time], '机制运行以来'),
    ('“秦剑”知识产权执法专项行动', 'Policy', [cases, transfers], '秦剑'),
    ('海外知识产权风险排查和应诉指导', 'Measure', [firms_abroad, suits], '为32家'),
    ('国家海外知识产权纠纷应对指导中心陕西分中心', 'Platform', [firms_abroad, suits], '为32家'),
    ('航空航天产业知识产权运营专家库', 'Platform', [experts], '首批入库专家46名'),
    ('“秦创原”知识产权运营服务中心', 'Platform', [firms, loans], '秦创原'),
    ('专利开放许可制度', 'Measure', [deals, fees], '促成许可交易540项'),
    ('地理标志专用标志规范使用', 'Measure', [users], '新增专用标志使用市场主体58家'),
    ('西安市知识产权公共服务平台', 'Platform', [services, visits], '访问量突破35万人次'),
]:
    for o in outs:
        rel(D, 'PRODUCED', head, ht, o, 'Outcome', find)
for o, find in [(valid, '8.9万件'), (hv, '41.3件'), (mediated, '420件'), (mediation_time, '不到20天'), (gi_value, '年产值超过90亿元'), (target, '突破40亿元')]:
    rel(D, 'MEASURED_IN', o, 'Outcome', CITY, 'Region', find)
for x, t, region, find in [(BUREAU, 'Institution', CITY, '聚焦硬科技产业发展需求'), (COURT, 'Institution', CITY, '会同西安市中级人民法院'),
                           ('西安市公安局', 'Institution', CITY, '会同西安市中级人民法院'), ('陕西省知识产权局', 'Institution', '陕西省', '秦剑'),
                           ('陕西省科学技术厅', 'Institution', '陕西省', '秦创原'), (CENTRE, 'Platform', CITY, '依托中国（西安）知识产权保护中心'),
                           ('知识产权快速维权工作站', 'Platform', '西安高新区', '设立4个知识产权快速维权工作站'),
                           ('知识产权快速维权工作站', 'Platform', '西安经开区', '设立4个知识产权快速维权工作站'),
                           ('国家海外知识产权纠纷应对指导中心陕西分中心', 'Platform', '陕西省', '陕西分中心'),
                           ('西安市知识产权公共服务平台', 'Platform', CITY, '升级西安市知识产权公共服务平台')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)
# v2 Regions nest: a zone named after its city.
for zone in ['西安高新区', '西安经开区']:
    rel(D, 'PART_OF', zone, 'Region', CITY, 'Region', '设立4个知识产权快速维权工作站')

qa('hf-1', D, 'who_implements', '“秦剑”知识产权执法专项行动', [BUREAU, '西安市市场监督管理局', '西安市知识产权局'], '谁开展了“秦剑”知识产权执法专项行动？',
   'Who ran the Qinjian IP enforcement campaign?', '秦剑')
qa('hf-2', D, 'cooperates', BUREAU, [COURT, '西安市公安局', '陕西省知识产权局', '西北工业大学', '陕西省科学技术厅'], '西安市市场监督管理局与哪些机构开展了合作？',
   'With which bodies did the Xi\'an market regulator cooperate?', '会同西安市中级人民法院')
qa('hf-3', D, 'platforms_of', BUREAU, [CENTRE, '知识产权快速维权工作站', '国家海外知识产权纠纷应对指导中心陕西分中心', '“秦创原”知识产权运营服务中心', '西安市知识产权公共服务平台'],
   '西安市市场监督管理局依托或建设了哪些平台？', 'Which platforms does the Xi\'an regulator run or rely on?', '依托中国（西安）知识产权保护中心')
qa('hf-4', D, 'outcomes_of', '专利开放许可制度', [deals, '540项', fees, '1.2亿元'], '西安推行专利开放许可制度取得了什么成效？',
   'What did Xi\'an\'s open patent licensing achieve?', '促成许可交易540项')
qa('hf-5', D, 'located_in', '知识产权快速维权工作站', ['西安高新区', '西安经开区'], '西安的知识产权快速维权工作站设在哪里？',
   'Where are Xi\'an\'s fast IP rights-protection stations?', '设立4个知识产权快速维权工作站')
qa('hf-6', D, 'outcomes_of', '知识产权纠纷多元化解机制', [mediated, '420件'], '西安知识产权纠纷多元化解机制化解了多少案件？',
   'How many cases has Xi\'an\'s diversified dispute resolution mechanism settled?', '机制运行以来')
