from lib import *
# A city newspaper report (written for this project): a dateline, quotes from the bureau's deputy director, several
# bodies acting by name (court, procuratorate, police, universities, a bank, an association), and clauses whose
# subject is the bureau left implicit or given as 市局.
D = '117_quanzhou_news_report.txt'
BUREAU = '泉州市市场监督管理局（泉州市知识产权局）'
COURT = '泉州市中级人民法院'
PROC = '泉州市人民检察院'
POLICE = '泉州市公安局'
BANK = '泉州海丝农村商业银行'
ASSOC = '泉州市鞋服产业知识产权促进会'
CENTRE = '中国（泉州）知识产权保护中心'
STATIONS = '知识产权快速维权工作站'
UNI_STATION = '高校专利转化服务站'
POOL = '纺织鞋服产业专利池'
PLATFORM = '泉州市知识产权公共服务平台'
PLAN = '泉州市知识产权强市建设实施方案（2024—2026年）'
LOAN = '“刺桐知贷”专利质押融资产品'
CAMPAIGN = '“净网护牌”专项行动'
CASE = '泉州市中级人民法院审理运动鞋外观设计专利侵权案'
SIGNING = '泉州市市场监督管理局与华侨大学签署知识产权运营合作协议'
FORUM = '第三届海峡两岸（泉州）知识产权保护论坛'

# 市局 in a Quanzhou report is the city bureau the article sources (a short form resolved, as 市公安局 in the dev gold).
ent(D, 'Institution', BUREAU, ['泉州市市场监督管理局', '泉州市知识产权局', '市局'], kind='government', find='记者从泉州市市场监督管理局')
ent(D, 'Institution', COURT, kind='judicial', find='会同泉州市中级人民法院')
ent(D, 'Institution', PROC, kind='judicial', find='会同泉州市中级人民法院')
ent(D, 'Institution', '知识产权检察办公室', kind='judicial')
ent(D, 'Institution', POLICE, kind='government', find='会同泉州市中级人民法院')
ent(D, 'Institution', BANK, kind='enterprise')
ent(D, 'Institution', '华侨大学', kind='academic')
ent(D, 'Institution', '泉州师范学院', kind='academic')
ent(D, 'Institution', ASSOC, kind='association')
ent(D, 'Institution', '晋江市人民政府', kind='government')
ent(D, 'Institution', '泉州市人民政府', kind='government')

ent(D, 'Platform', CENTRE, kind='service centre')
ent(D, 'Platform', STATIONS, kind='station')
ent(D, 'Platform', UNI_STATION, kind='station')
ent(D, 'Platform', POOL, kind='patent pool')
ent(D, 'Platform', PLATFORM, kind='online service')

ent(D, 'Region', '泉州市', ['泉州', '全市'], kind='city', find='2024年全市专利授权量')
ent(D, 'Region', '晋江市', ['晋江'], kind='city', find='在下辖的晋江市')
ent(D, 'Region', '石狮市', kind='city', find='在下辖的晋江市')
ent(D, 'Region', '福建省', kind='province', find='位居福建省第一')

ent(D, 'Policy', LOAN, ['刺桐知贷'], kind='programme', find='刺桐知贷')
ent(D, 'Policy', CAMPAIGN, ['净网护牌专项行动'], kind='programme', find='净网护牌')
ent(D, 'Policy', PLAN, [f'《{PLAN}》', '方案'], kind='plan', year='2024', find='强市建设实施方案')

ent(D, 'Event', CASE, ['运动鞋外观设计专利侵权案'], kind='case', date='2024', find='运动鞋外观设计专利侵权案')
ent(D, 'Event', SIGNING, ['市局与华侨大学签署知识产权运营合作协议'], kind='signing', date='2024-09', find='签署知识产权运营合作协议')
ent(D, 'Event', FORUM, kind='forum', date='2024-12')

# v2 Measures in prose: arrangements the bureau (or another named body) is said to run, named without the verb.
MEASURES = [
    ('专利快速预审', ['开展专利快速预审'], '开展专利快速预审'),
    ('“调解+确认”纠纷化解模式', ['推行“调解+确认”纠纷化解模式', '调解+确认纠纷化解模式'], '纠纷化解模式'),
    ('知识产权案件线索移送和信息共享机制', ['建立知识产权案件线索移送和信息共享机制'], '信息共享机制'),
    ('贷款贴息', ['对首次办理质押的中小企业给予贷款贴息'], '给予贷款贴息'),
    ('会员企业海外商标预警机制', ['建立会员企业海外商标预警机制'], '海外商标预警机制'),
]
for name, aliases, find in MEASURES:
    ent(D, 'Measure', name, aliases, kind='action', find=find)

def outcome(indicator, value, unit, find, subject, period='2024', kind='actual', figure=None):
    name = f'{indicator}：{figure or value + unit}（{period}年{"目标" if kind == "target" else ""}）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period=period, subject=subject, find=find)
    return name
CITY = '泉州市'
grants = outcome('专利授权量', '2.86', '万件', '专利授权量达2.86万件', CITY)
inv = outcome('发明专利授权量', '3412', '件', '发明专利授权3412件', CITY)
inv_growth = outcome('发明专利授权量同比增长', '18.6', '%', '同比增长18.6%', CITY, kind='change')
tm = outcome('有效注册商标量', '68.5', '万件', '有效注册商标68.5万件', CITY)
# v2: a ranking is an outcome with the rank as value.
tm_rank = outcome('有效注册商标量全省排名', '1', '位', '位居福建省第一', CITY, figure='位居福建省第一')
pre = outcome('受理预审案件', '1630', '件', '受理预审案件1630件', BUREAU)
cycle = outcome('预审合格的发明专利平均授权周期', '4', '个月', '压缩至4个月左右', BUREAU, figure='4个月左右')
disputes = outcome('调处纠纷', '512', '件', '调处纠纷512件', BUREAU)
rate = outcome('调解成功率', '86', '%', '调解成功率达到86%', BUREAU)
leads = outcome('移送涉嫌犯罪线索', '41', '条', '移送涉嫌犯罪线索41条', BUREAU)
closed = outcome('审结知识产权案件', '2174', '件', '审结知识产权案件2174件', COURT)
damages = outcome('运动鞋外观设计专利侵权案判赔额', '380', '万元', '判赔380万元', COURT)
charged = outcome('起诉侵犯知识产权犯罪案件', '63', '件', '起诉侵犯知识产权犯罪案件63件', PROC)
crimes = outcome('破获侵犯商标权犯罪案件', '58', '起', '破获侵犯商标权犯罪案件58起', POLICE)
crime_value = outcome('涉案金额', '1.2', '亿元', '涉案金额1.2亿元', POLICE)
loan_firms = outcome('“刺桐知贷”放款企业', '156', '家', '为156家企业放款', BUREAU)
loan_amount = outcome('“刺桐知贷”放款金额', '9.8', '亿元', '放款9.8亿元', BUREAU)
pledge = outcome('专利商标质押融资登记金额', '46.3', '亿元', '质押融资登记金额达46.3亿元', CITY)
pledge_growth = outcome('专利商标质押融资登记金额同比增长', '27', '%', '同比增长27%', CITY, kind='change')
deals = outcome('促成专利转让许可', '137', '件', '促成专利转让许可137件', BUREAU)
pooled = outcome('首批入池专利', '214', '件', '首批入池专利214件', '泉州师范学院')
members = outcome('帮助应对海外商标异议的会员企业', '32', '家', '帮助32家会员企业', ASSOC)
functions = outcome('新增在线功能', '9', '项', '等9项在线功能', BUREAU)
visits = outcome('平台访问量', '42', '万人次', '访问量超过42万人次', BUREAU, figure='超过42万人次')
projects = outcome('现场签约知识产权服务项目', '15', '个', '签约知识产权服务项目15个', FORUM)
hv_target = outcome('每万人口高价值发明专利拥有量', '12', '件', '要达到12件', CITY, period='2026', kind='target')
pledge_target = outcome('知识产权质押融资年登记金额', '60', '亿元', '要突破60亿元', CITY, period='2026', kind='target', figure='突破60亿元')

# The report sources the bureau: its subjectless clauses and those of 市局 are the bureau's (v2 IMPLEMENTS / OPERATES).
for name, find in [('专利快速预审', '开展专利快速预审'), ('“调解+确认”纠纷化解模式', '纠纷化解模式'),
                   ('知识产权案件线索移送和信息共享机制', '信息共享机制'), ('贷款贴息', '给予贷款贴息')]:
    rel(D, 'IMPLEMENTS', BUREAU, 'Institution', name, 'Measure', find)
rel(D, 'IMPLEMENTS', ASSOC, 'Institution', '会员企业海外商标预警机制', 'Measure', '海外商标预警机制')
rel(D, 'IMPLEMENTS', BUREAU, 'Institution', LOAN, 'Policy', '刺桐知贷')
rel(D, 'IMPLEMENTS', POLICE, 'Institution', CAMPAIGN, 'Policy', '净网护牌')
# 市局将对照方案逐项抓好落实: the bureau implements the plan (落实).
rel(D, 'IMPLEMENTS', BUREAU, 'Institution', PLAN, 'Policy', '对照方案逐项抓好落实')
rel(D, 'ISSUED', '泉州市人民政府', 'Institution', PLAN, 'Policy', '强市建设实施方案')
for platform, find in [(CENTRE, '依托中国（泉州）知识产权保护中心'), (STATIONS, '在下辖的晋江市'), (UNI_STATION, '高校专利转化服务站'),
                       (PLATFORM, '升级泉州市知识产权公共服务平台')]:
    rel(D, 'OPERATES', BUREAU, 'Institution', platform, 'Platform', find)
# 双方共建: the university builds the station too; 牵头组建: the college builds the pool.
rel(D, 'OPERATES', '华侨大学', 'Institution', UNI_STATION, 'Platform', '高校专利转化服务站')
rel(D, 'OPERATES', '泉州师范学院', 'Institution', POOL, 'Platform', '纺织鞋服产业专利池')
# 会同 / 联合 / 与…签署: partners (v2 COOPERATES_WITH); the partners do not implement the mechanism.
for partner, find in [(COURT, '会同泉州市中级人民法院'), (PROC, '会同泉州市中级人民法院'), (POLICE, '会同泉州市中级人民法院'),
                      (BANK, '刺桐知贷'), ('华侨大学', '签署知识产权运营合作协议'), ('晋江市人民政府', '联合晋江市人民政府')]:
    rel(D, 'COOPERATES_WITH', BUREAU, 'Institution', partner, 'Institution', find)
rel(D, 'PARTICIPATED_IN', COURT, 'Institution', CASE, 'Event', '运动鞋外观设计专利侵权案')
for body in [BUREAU, '华侨大学']:
    rel(D, 'PARTICIPATED_IN', body, 'Institution', SIGNING, 'Event', '签署知识产权运营合作协议')
for body in [BUREAU, '晋江市人民政府']:
    rel(D, 'PARTICIPATED_IN', body, 'Institution', FORUM, 'Event', '联合晋江市人民政府')
# 检察院设立知识产权检察办公室: an office inside the procuratorate.
rel(D, 'PART_OF', '知识产权检察办公室', 'Institution', PROC, 'Institution', '设立知识产权检察办公室')
# v2 Regions nest: 下辖的晋江市、石狮市.
for county in ['晋江市', '石狮市']:
    rel(D, 'PART_OF', county, 'Region', CITY, 'Region', '在下辖的晋江市')

# Outcomes the text attributes to a measure, programme, platform or event in the same sentence.
for head, ht, outs, find in [
    ('专利快速预审', 'Measure', [pre, cycle], '受理预审案件1630件'), (CENTRE, 'Platform', [pre, cycle], '受理预审案件1630件'),
    ('“调解+确认”纠纷化解模式', 'Measure', [disputes, rate], '调处纠纷512件'), (STATIONS, 'Platform', [disputes, rate], '调处纠纷512件'),
    ('知识产权案件线索移送和信息共享机制', 'Measure', [leads], '移送涉嫌犯罪线索41条'),
    (CASE, 'Event', [damages], '判赔380万元'),
    (CAMPAIGN, 'Policy', [crimes, crime_value], '净网护牌'),
    (LOAN, 'Policy', [loan_firms, loan_amount], '刺桐知贷'),
    (UNI_STATION, 'Platform', [deals], '促成专利转让许可137件'),
    (POOL, 'Platform', [pooled], '首批入池专利214件'),
    ('会员企业海外商标预警机制', 'Measure', [members], '海外商标预警机制'),
    (PLATFORM, 'Platform', [functions, visits], '升级泉州市知识产权公共服务平台'),
    (FORUM, 'Event', [projects], '签约知识产权服务项目15个'),
]:
    for o in outs:
        rel(D, 'PRODUCED', head, ht, o, 'Outcome', find)
for o in [hv_target, pledge_target]:
    rel(D, 'TARGETS', PLAN, 'Policy', o, 'Outcome', '强市建设实施方案')
for o, find in [(grants, '专利授权量达2.86万件'), (inv, '发明专利授权3412件'), (inv_growth, '同比增长18.6%'), (tm, '有效注册商标68.5万件'),
                (tm_rank, '位居福建省第一'), (pledge, '质押融资登记金额达46.3亿元'), (pledge_growth, '同比增长27%'),
                (hv_target, '要达到12件'), (pledge_target, '要突破60亿元')]:
    rel(D, 'MEASURED_IN', o, 'Outcome', CITY, 'Region', find)
for x, t, region, find in [(BUREAU, 'Institution', CITY, '记者从泉州市市场监督管理局'), (COURT, 'Institution', CITY, '会同泉州市中级人民法院'),
                           (PROC, 'Institution', CITY, '会同泉州市中级人民法院'), (POLICE, 'Institution', CITY, '会同泉州市中级人民法院'),
                           (BANK, 'Institution', CITY, '刺桐知贷'), (ASSOC, 'Institution', CITY, '海外商标预警机制'),
                           ('泉州市人民政府', 'Institution', CITY, '强市建设实施方案'), ('晋江市人民政府', 'Institution', '晋江市', '联合晋江市人民政府'),
                           (CENTRE, 'Platform', CITY, '依托中国（泉州）知识产权保护中心'),
                           (STATIONS, 'Platform', '晋江市', '在下辖的晋江市'), (STATIONS, 'Platform', '石狮市', '在下辖的晋江市'),
                           (PLATFORM, 'Platform', CITY, '升级泉州市知识产权公共服务平台'),
                           (FORUM, 'Event', '晋江市', '联合晋江市人民政府'), (FORUM, 'Event', CITY, '联合晋江市人民政府')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)

qa('hh-1', D, 'who_implements', CAMPAIGN, [POLICE], '谁开展了“净网护牌”专项行动？', 'Who ran the Jingwang Hupai campaign?', '净网护牌')
qa('hh-2', D, 'cooperates', BUREAU, [COURT, PROC, POLICE, BANK, '华侨大学', '晋江市人民政府'], '泉州市市场监督管理局与哪些机构开展了合作？',
   'With which bodies did the Quanzhou market regulator cooperate?', '会同泉州市中级人民法院')
qa('hh-3', D, 'platforms_of', BUREAU, [CENTRE, STATIONS, UNI_STATION, PLATFORM], '泉州市市场监督管理局依托或建设了哪些平台？',
   'Which platforms does the Quanzhou regulator run or rely on?', '依托中国（泉州）知识产权保护中心')
qa('hh-4', D, 'outcomes_of', LOAN, [loan_amount, '9.8亿元', loan_firms, '156家'], '“刺桐知贷”产品放款了多少？',
   'How much has the Citong Zhidai product lent?', '刺桐知贷')
qa('hh-5', D, 'who_issued', PLAN, ['泉州市人民政府'], '《泉州市知识产权强市建设实施方案（2024—2026年）》由谁印发？',
   'Who issued the Quanzhou IP strong-city implementation plan?', '强市建设实施方案')
qa('hh-6', D, 'located_in', STATIONS, ['晋江市', '晋江', '石狮市'], '泉州的知识产权快速维权工作站设在哪里？',
   'Where are Quanzhou\'s fast rights-protection stations?', '在下辖的晋江市')
qa('hh-7', D, 'part_of', '知识产权检察办公室', [PROC], '知识产权检察办公室由哪个机构设立？', 'Which body set up the IP prosecution office?', '设立知识产权检察办公室')
qa('hh-8', D, 'search', None, ['知识产权案件线索移送和信息共享机制'], '泉州如何推动知识产权行政执法与司法衔接？',
   'How does Quanzhou link administrative enforcement with the courts and prosecutors?', '信息共享机制')
