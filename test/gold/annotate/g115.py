from lib import *
# A national body's half-year chronicle (written for this project): dated lines under month headings, most
# without a subject, all speaking for the body the title names.
# Lines that tell of a meeting, signing, visit, launch, ceremony or campaign start are Events (v2: a subjectless
# line is the reporting body's event); lines that only issue a document give ISSUED, lines that name a check or
# a 监管 the body runs give a Measure.
D = '115_ncac_chronicle.txt'
NCAC = '国家版权局'
ent(D, 'Institution', NCAC, kind='government', find='国家版权局2024年上半年工作大事记')
for name, kind, find in [('最高人民法院', 'judicial', None), ('最高人民检察院', 'judicial', None), ('公安部', 'government', '会同最高人民法院'),
                         ('世界知识产权组织', 'international', None), ('中国版权保护中心', 'other', None), ('国家电影局', 'government', None),
                         ('教育部', 'government', None), ('全国“扫黄打非”工作小组办公室', 'government', '扫黄打非'),
                         ('马来西亚知识产权局', 'government', None), ('江苏省人民政府', 'government', None),
                         ('工业和信息化部', 'government', None), ('国家互联网信息办公室', 'government', None), ('中国版权协会', 'association', None)]:
    ent(D, 'Institution', name, kind=kind, find=find)

for name, aliases, kind, find in [('北京', ['北京市'], 'city', '在北京召开'), ('江苏省', ['江苏'], 'province', '江苏省苏州市'),
                                  ('苏州市', [], 'city', '江苏省苏州市'), ('福建省', ['福建'], 'province', '福建省泉州市'),
                                  ('泉州市', [], 'city', '福建省泉州市'), ('福州', ['福州市'], 'city', '福建福州'),
                                  ('云南', ['云南省'], 'province', '赴云南'), ('贵州', ['贵州省'], 'province', '赴云南、贵州'),
                                  ('南京', ['南京市'], 'city', '江苏南京'), ('海南', ['海南省'], 'province', '赴海南'),
                                  ('马来西亚', [], 'country', '马来西亚知识产权局'), ('中国', ['我国', '全国'], 'country', '我国网络版权产业')]:
    ent(D, 'Region', name, aliases, kind=kind, find=find)

POLICIES = [('2024年全国版权工作要点', 'plan', '2024年全国版权工作要点'),
            ('2023年度全国打击侵权盗版十大案件', 'programme', '十大案件'),
            ('全国版权示范城市', 'pilot', '命名江苏省苏州市'),
            ('中国网络版权产业发展报告（2023）', None, '中国网络版权产业发展报告'),
            ('关于加强版权领域合作的谅解备忘录', 'agreement', '谅解备忘录'),
            ('关于进一步加强著作权集体管理组织监督管理的通知', 'opinion', '著作权集体管理组织监督管理的通知'),
            ('全国版权示范城市、示范单位和示范园区（基地）管理办法', 'regulation', '管理办法'),
            ('关于加强高校教材版权保护的意见', 'opinion', '高校教材版权保护'),
            ('中国版权金奖', 'programme', '获中国版权金奖'),
            ('关于开展2024年度软件正版化工作督查的通知', 'opinion', '软件正版化工作督查的通知'),
            ('“剑网2024”专项行动', 'programme', '剑网2024'),
            ('2024年中国版权产业经济贡献报告', None, '经济贡献报告')]
for name, kind, find in POLICIES:
    ent(D, 'Policy', name, [f'《{name}》'] if kind not in ('pilot', 'programme') else [], kind=kind, find=find)

EVENTS = [('2024年全国版权工作会议', '2024-01-09', 'meeting', [], '2024年全国版权工作会议'),
          ('2023年度全国打击侵权盗版十大案件新闻发布会', '2024-01-25', 'meeting', ['通报2023年度全国打击侵权盗版十大案件'], '召开新闻发布会'),
          ('院线电影版权保护工作部署会', '2024-02-05', 'meeting', [], '院线电影版权保护工作部署会'),
          ('2024年著作权集体管理工作会议', '2024-02-26', 'meeting', [], '著作权集体管理工作会议'),
          ('国家版权局与世界知识产权组织签署关于加强版权领域合作的谅解备忘录', '2024-02-28', 'signing', [], '谅解备忘录'),
          ('民间文艺作品版权保护工作调研', '2024-03-12', 'visit', ['赴云南、贵州调研民间文艺作品版权保护工作'], '民间文艺作品版权保护工作'),
          ('中国版权保护中心版权登记“一网通办”系统上线运行', '2024-03-26', 'launch', [], '上线运行'),
          ('电影版权保护座谈会', '2024-04-10', 'meeting', [], '电影版权保护座谈会'),
          ('2024年全国知识产权宣传周版权主题活动暨中国版权金奖颁奖仪式', '2024-04-23', 'award', [], '颁奖仪式'),
          ('国家版权局联合全国“扫黄打非”工作小组办公室集中销毁侵权盗版制品', '2024-04-26', 'other', ['全国集中销毁侵权盗版制品'], '集中销毁'),
          ('国家版权局会见马来西亚知识产权局局长', '2024-05-09', 'meeting', [], '马来西亚知识产权局局长'),
          ('第十届中国国际版权博览会', '2024-05-17', 'expo', [], '第十届中国国际版权博览会'),
          ('自由贸易港版权保护工作调研', '2024-05-21', 'visit', ['赴海南调研自由贸易港版权保护工作'], '赴海南'),
          ('“剑网2024”专项行动启动', '2024-06-04', 'launch', [], '剑网2024'),
          ('全国版权示范创建工作推进会', '2024-06-13', 'meeting', [], '全国版权示范创建工作推进会'),
          ('世界知识产权组织版权及相关权常设委员会第四十五届会议', '2024-06-26', 'meeting', [], '常设委员会第四十五届会议')]
for name, date, kind, aliases, find in EVENTS:
    ent(D, 'Event', name, aliases, kind=kind, date=date, find=find)

ent(D, 'Platform', '版权登记“一网通办”系统', ['中国版权保护中心版权登记“一网通办”系统'], kind='online service', find='一网通办')
ent(D, 'Platform', '海南国际版权交易中心', kind='exchange')

MEASURES = [('春节档影片重点监管', ['对春节档影片开展重点监管'], '春节档影片'),
            ('著作权集体管理组织年度检查', ['部署开展著作权集体管理组织年度检查'], '年度检查'),
            ('软件正版化工作督查', ['对中央和国家机关、地方政府机关软件正版化工作开展督查'], '软件正版化工作开展督查')]
for name, aliases, find in MEASURES:
    ent(D, 'Measure', name, aliases, kind='action', find=find)

def outcome(indicator, value, unit, find, subject, period='2024', kind='actual', figure=None):
    name = f'{indicator}：{figure or value + unit}（{period}年）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period=period, subject=subject, find=find)
    return name
cities = outcome('命名全国版权示范城市', '4', '个', '等4个城市', NCAC)
online = outcome('网络版权产业规模', '1.46', '万亿元', '1.46万亿元', '中国', period='2023')
awards = outcome('获中国版权金奖的作品、单位和个人', '30', '个', '30个作品、单位和个人', NCAC)
destroyed = outcome('集中销毁侵权盗版制品', '260', '万件', '260万件', NCAC)
deals = outcome('版权交易意向金额', '38.6', '亿元', '38.6亿元', '第十届中国国际版权博览会')
share = outcome('版权产业增加值占GDP比重', '7.41', '%', '7.41%', '中国', period='2023')
registrations = outcome('著作权登记总量', '892', '万件', '892万件', '中国', period='2023')
growth = outcome('著作权登记总量同比增长', '40.5', '%', '同比增长40.5%', '中国', period='2023', kind='change')

# Every subjectless line is the reporting body's: it holds or attends the events, issues the documents,
# runs the checks (v2 Events, PARTICIPATED_IN, IMPLEMENTS).
for name, _, _, _, find in EVENTS:
    if name != '中国版权保护中心版权登记“一网通办”系统上线运行':
        rel(D, 'PARTICIPATED_IN', NCAC, 'Institution', name, 'Event', find)
for name, _, find in MEASURES:
    rel(D, 'IMPLEMENTS', NCAC, 'Institution', name, 'Measure', find)
for name, _, find in POLICIES:
    if name in ('2024年中国版权产业经济贡献报告', '中国版权金奖', '全国版权示范城市', '“剑网2024”专项行动'): continue
    rel(D, 'ISSUED', NCAC, 'Institution', name, 'Policy', find)
# 会同…通报 / 与…签署 / 联合…印发: the partners issue with it (as dev2 does for 会同…发布) and cooperate.
for partner in ['最高人民法院', '最高人民检察院', '公安部']:
    rel(D, 'ISSUED', partner, 'Institution', '2023年度全国打击侵权盗版十大案件', 'Policy', '十大案件')
    rel(D, 'PARTICIPATED_IN', partner, 'Institution', '2023年度全国打击侵权盗版十大案件新闻发布会', 'Event', '召开新闻发布会')
    rel(D, 'COOPERATES_WITH', NCAC, 'Institution', partner, 'Institution', '召开新闻发布会')
rel(D, 'ISSUED', '世界知识产权组织', 'Institution', '关于加强版权领域合作的谅解备忘录', 'Policy', '谅解备忘录')
rel(D, 'PARTICIPATED_IN', '世界知识产权组织', 'Institution', '国家版权局与世界知识产权组织签署关于加强版权领域合作的谅解备忘录', 'Event', '谅解备忘录')
rel(D, 'COOPERATES_WITH', NCAC, 'Institution', '世界知识产权组织', 'Institution', '谅解备忘录')
rel(D, 'ISSUED', '教育部', 'Institution', '关于加强高校教材版权保护的意见', 'Policy', '高校教材版权保护')
rel(D, 'COOPERATES_WITH', NCAC, 'Institution', '教育部', 'Institution', '高校教材版权保护')
rel(D, 'PARTICIPATED_IN', '国家电影局', 'Institution', '电影版权保护座谈会', 'Event', '电影版权保护座谈会')
rel(D, 'COOPERATES_WITH', NCAC, 'Institution', '国家电影局', 'Institution', '电影版权保护座谈会')
rel(D, 'PARTICIPATED_IN', '全国“扫黄打非”工作小组办公室', 'Institution', '国家版权局联合全国“扫黄打非”工作小组办公室集中销毁侵权盗版制品', 'Event', '集中销毁')
rel(D, 'COOPERATES_WITH', NCAC, 'Institution', '全国“扫黄打非”工作小组办公室', 'Institution', '集中销毁')
rel(D, 'PARTICIPATED_IN', '马来西亚知识产权局', 'Institution', '国家版权局会见马来西亚知识产权局局长', 'Event', '马来西亚知识产权局局长')
# 由X、Y和Z共同主办: all three hold the expo and work together.
for host in ['世界知识产权组织', '江苏省人民政府']:
    rel(D, 'PARTICIPATED_IN', host, 'Institution', '第十届中国国际版权博览会', 'Event', '第十届中国国际版权博览会')
    if host != '世界知识产权组织':   # 国家版权局–世界知识产权组织 is stated above
        rel(D, 'COOPERATES_WITH', NCAC, 'Institution', host, 'Institution', '第十届中国国际版权博览会')
# X、Y、Z、W联合启动: a joint subject, each implements the campaign and takes part in its launch.
for body in [NCAC, '工业和信息化部', '公安部', '国家互联网信息办公室']:
    rel(D, 'IMPLEMENTS', body, 'Institution', '“剑网2024”专项行动', 'Policy', '剑网2024')
for body in ['工业和信息化部', '公安部', '国家互联网信息办公室']:
    rel(D, 'PARTICIPATED_IN', body, 'Institution', '“剑网2024”专项行动启动', 'Event', '剑网2024')
    if body != '公安部':   # 国家版权局–公安部 is stated above
        rel(D, 'COOPERATES_WITH', NCAC, 'Institution', body, 'Institution', '剑网2024')
rel(D, 'PARTICIPATED_IN', '世界知识产权组织', 'Institution', '世界知识产权组织版权及相关权常设委员会第四十五届会议', 'Event', '常设委员会第四十五届会议')
rel(D, 'APPROVED', NCAC, 'Institution', '全国版权示范城市', 'Policy', '命名江苏省苏州市')
for city in ['苏州市', '泉州市']:
    rel(D, 'APPROVED', NCAC, 'Institution', city, 'Region', '命名江苏省苏州市')
rel(D, 'OPERATES', '中国版权保护中心', 'Institution', '版权登记“一网通办”系统', 'Platform', '一网通办')
rel(D, 'PART_OF', '版权登记“一网通办”系统', 'Platform', '中国版权保护中心', 'Institution', '一网通办')
rel(D, 'PARTICIPATED_IN', '中国版权保护中心', 'Institution', '中国版权保护中心版权登记“一网通办”系统上线运行', 'Event', '上线运行')
rel(D, 'ISSUED', '中国版权协会', 'Institution', '2024年中国版权产业经济贡献报告', 'Policy', '经济贡献报告')
for o, head, ht, find in [(cities, '全国版权示范城市', 'Policy', '等4个城市'), (awards, '2024年全国知识产权宣传周版权主题活动暨中国版权金奖颁奖仪式', 'Event', '颁奖仪式'),
                          (destroyed, '国家版权局联合全国“扫黄打非”工作小组办公室集中销毁侵权盗版制品', 'Event', '集中销毁'),
                          (deals, '第十届中国国际版权博览会', 'Event', '38.6亿元')]:
    rel(D, 'PRODUCED', head, ht, o, 'Outcome', find)
for o, find in [(online, '1.46万亿元'), (share, '7.41%'), (registrations, '892万件'), (growth, '同比增长40.5%')]:
    rel(D, 'MEASURED_IN', o, 'Outcome', '中国', 'Region', find)
for x, t, region, find in [('2024年全国版权工作会议', 'Event', '北京', '在北京召开'),
                           ('国家版权局与世界知识产权组织签署关于加强版权领域合作的谅解备忘录', 'Event', '北京', '谅解备忘录'),
                           ('民间文艺作品版权保护工作调研', 'Event', '云南', '民间文艺作品版权保护工作'),
                           ('民间文艺作品版权保护工作调研', 'Event', '贵州', '民间文艺作品版权保护工作'),
                           ('2024年全国知识产权宣传周版权主题活动暨中国版权金奖颁奖仪式', 'Event', '福州', '颁奖仪式'),
                           ('2024年全国知识产权宣传周版权主题活动暨中国版权金奖颁奖仪式', 'Event', '福建省', '颁奖仪式'),
                           ('国家版权局会见马来西亚知识产权局局长', 'Event', '北京', '马来西亚知识产权局局长'),
                           ('第十届中国国际版权博览会', 'Event', '南京', '第十届中国国际版权博览会'),
                           ('第十届中国国际版权博览会', 'Event', '江苏省', '第十届中国国际版权博览会'),
                           ('自由贸易港版权保护工作调研', 'Event', '海南', '赴海南'),
                           ('海南国际版权交易中心', 'Platform', '海南', '赴海南'),
                           ('马来西亚知识产权局', 'Institution', '马来西亚', '马来西亚知识产权局局长'),
                           ('江苏省人民政府', 'Institution', '江苏省', '第十届中国国际版权博览会')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)
# v2 Regions nest: 江苏省苏州市, 福建省泉州市, 福建福州, 江苏南京.
for city, province, find in [('苏州市', '江苏省', '江苏省苏州市'), ('泉州市', '福建省', '福建省泉州市'), ('福州', '福建省', '福建福州'), ('南京', '江苏省', '江苏南京')]:
    rel(D, 'PART_OF', city, 'Region', province, 'Region', find)

qa('hf-12', D, 'events', NCAC, ['2024年全国版权工作会议', '院线电影版权保护工作部署会', '2024年著作权集体管理工作会议', '全国版权示范创建工作推进会', '第十届中国国际版权博览会'],
   '2024年上半年国家版权局召开或参加了哪些会议和活动？', 'Which meetings and events did the NCAC hold or attend in the first half of 2024?', '2024年全国版权工作会议')
qa('hf-13', D, 'who_implements', '“剑网2024”专项行动', [NCAC, '工业和信息化部', '公安部', '国家互联网信息办公室'], '哪些部门联合启动了“剑网2024”专项行动？',
   'Which departments launched Jianwang 2024?', '剑网2024')
qa('hf-14', D, 'who_issued', '关于加强高校教材版权保护的意见', [NCAC, '教育部'], '《关于加强高校教材版权保护的意见》由哪些部门印发？',
   'Who issued the opinion on textbook copyright?', '高校教材版权保护')
qa('hf-15', D, 'platforms_of', '中国版权保护中心', ['版权登记“一网通办”系统'], '中国版权保护中心上线了什么系统？',
   'Which system did the Copyright Protection Center of China launch?', '一网通办')
qa('hf-16', D, 'located_in', '第十届中国国际版权博览会', ['南京', '南京市', '江苏省', '江苏'], '第十届中国国际版权博览会在哪里举办？',
   'Where was the 10th China International Copyright Expo held?', '第十届中国国际版权博览会')
qa('hf-17', D, 'outcomes_of', '第十届中国国际版权博览会', [deals, '38.6亿元'], '第十届中国国际版权博览会达成了多少版权交易意向金额？',
   'How much copyright trade was agreed at the 10th expo?', '38.6亿元')
qa('hf-18', D, 'approved_by', '全国版权示范城市', [NCAC], '全国版权示范城市由哪个机构命名？', 'Which body names national copyright model cities?', '命名江苏省苏州市')
