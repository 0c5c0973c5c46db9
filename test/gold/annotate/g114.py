from lib import *
# A district work summary (written for this project) with figures and 一是/二是 items.
D = '114_yuelu_district_summary.txt'
BUREAU = '岳麓区市场监督管理局'
POLICE = '长沙市公安局岳麓分局'

ent(D, 'Institution', BUREAU, kind='government', find='坚持以知识产权强区建设为统领')
ent(D, 'Institution', '中南大学', kind='academic')
ent(D, 'Institution', '湖南大学', kind='academic')
ent(D, 'Institution', '长沙银行岳麓支行', kind='enterprise')
# 区公安分局 in a Yuelu summary is the city police's Yuelu branch (a short form resolved, as 市公安局 in the dev gold).
ent(D, 'Institution', POLICE, ['区公安分局'], kind='government', find='区公安分局')
ent(D, 'Institution', '湖南省知识产权局', kind='government')

ent(D, 'Platform', '高价值专利培育中心', kind='service centre')
ent(D, 'Platform', '长沙市知识产权保护中心岳麓分中心', kind='service centre')
ent(D, 'Platform', '知识产权纠纷投诉点', kind='window')
ent(D, 'Platform', '知识产权服务工作站', kind='station')
ent(D, 'Platform', '岳麓区知识产权公共服务中心', kind='service centre')
ent(D, 'Platform', '知识产权人才实训基地', kind='training base')

ent(D, 'Region', '岳麓区', ['长沙市岳麓区', '全区'], kind='district', find='长沙市岳麓区2024年')
ent(D, 'Region', '长沙市', ['全市'], kind='city', find='长沙市岳麓区2024年')
ent(D, 'Region', '岳麓山大学科技城', kind='zone')
ent(D, 'Region', '湘江新区', kind='zone', find='围绕岳麓山大学科技城和湘江新区')
ent(D, 'Region', '岳麓科技产业园', kind='zone')
ent(D, 'Region', '湖南省', kind='province', find='湖南省知识产权局')

ent(D, 'Policy', '高价值专利培育计划', kind='programme')
ent(D, 'Policy', '国家知识产权优势企业', kind='pilot')
ent(D, 'Policy', '国家知识产权示范企业', ['示范企业'], kind='pilot', find='示范企业3家')
ent(D, 'Policy', '“麓知贷”产品', ['麓知贷'], kind='programme', find='麓知贷')
ent(D, 'Policy', '专利开放许可试点', kind='pilot')
ent(D, 'Policy', '国家知识产权强县建设示范县', kind='pilot')

ent(D, 'Event', '“岳麓山下”专利转化路演活动', ['岳麓山下专利转化路演活动'], kind='meeting', date='2024', find='岳麓山下')
ent(D, 'Event', '第二届湘江新区科技成果交易会', kind='expo', date='2024')
ent(D, 'Event', '“知识产权进园区”系列培训', ['知识产权进园区系列培训'], kind='training', date='2024', find='知识产权进园区')

# v2: a report's 一是/二是 items are the tasks of the body it speaks for, named without the verb;
# an item that names a programme, a platform or an event is that entity instead (as dev2 does for a pilot).
TASKS = [('专利导航服务', '开展专利导航服务'), ('企业知识产权管理规范贯标', '推进企业知识产权管理规范贯标'),
         ('知识产权金融服务', '深化知识产权金融服务'), ('高校专利转化对接机制', '建立高校专利转化对接机制'),
         ('知识产权纠纷快速调处机制', '建立知识产权纠纷快速调处机制'), ('商标侵权专项整治', '开展商标侵权专项整治'),
         ('展会知识产权保护', '强化展会知识产权保护')]
for name, verb_form in TASKS:
    ent(D, 'Measure', name, [verb_form], kind='task', find=verb_form)

def outcome(indicator, value, unit, find, subject, period='2024', kind='actual', figure=None):
    name = f'{indicator}：{figure or value + unit}（{period}年{"目标" if kind == "target" else ""}）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period=period, subject=subject, find=find)
    return name
DISTRICT = '岳麓区'
grant = outcome('发明专利授权量', '3127', '件', '发明专利授权量3127件', DISTRICT)
growth = outcome('发明专利授权量同比增长', '11.4', '%', '同比增长11.4%', DISTRICT, kind='change')
valid = outcome('有效发明专利拥有量', '2.21', '万件', '有效发明专利拥有量达到2.21万件', DISTRICT)
hv = outcome('每万人口高价值发明专利拥有量', '42.6', '件', '42.6件', DISTRICT)
rank = outcome('每万人口高价值发明专利拥有量全市排名', '1', '位', '居全市第一', DISTRICT, figure='居全市第一')
centres = outcome('共建高价值专利培育中心', '5', '家', '高价值专利培育中心5家', DISTRICT)
nav = outcome('完成产业专利导航项目', '2', '个', '2个产业专利导航项目', DISTRICT)
adv = outcome('新增国家知识产权优势企业', '14', '家', '优势企业14家', DISTRICT)
demo = outcome('新增国家知识产权示范企业', '3', '家', '示范企业3家', DISTRICT)
pledges = outcome('办理知识产权质押融资笔数', '86', '笔', '质押融资86笔', DISTRICT)
amount = outcome('知识产权质押融资金额', '12.3', '亿元', '金额12.3亿元', DISTRICT)
roadshows = outcome('举办专利转化路演活动', '6', '场', '路演活动6场', DISTRICT)
transfers = outcome('促成专利转让许可', '218', '件', '促成专利转让许可218件', DISTRICT)
open_patents = outcome('发布开放许可专利', '312', '件', '发布开放许可专利312件', DISTRICT)
licences = outcome('达成开放许可', '46', '项', '达成许可46项', DISTRICT)
disputes = outcome('调处知识产权纠纷', '286', '件', '调处纠纷286件', DISTRICT)
days = outcome('纠纷平均办结时间', '12', '天', '平均办结时间12天', DISTRICT)
cases = outcome('查办商标侵权案件', '47', '件', '查办案件47件', DISTRICT)
complaints = outcome('展会受理咨询投诉', '40余', '件', '受理咨询投诉40余件', DISTRICT)
advice = outcome('工作站提供咨询服务', '1500余', '次', '咨询服务1500余次', DISTRICT)
services = outcome('公共服务中心集成服务', '15', '项', '等15项服务', DISTRICT)
trainings = outcome('“知识产权进园区”系列培训场次', '22', '场', '系列培训22场', DISTRICT)
trainees = outcome('培训企业人员', '1900余', '人次', '1900余人次', DISTRICT)
talents = outcome('培养专利代理师等专业人才', '85', '名', '专业人才85名', DISTRICT)
target = outcome('有效发明专利拥有量', '2.5', '万件', '突破2.5万件', DISTRICT, period='2025', kind='target', figure='突破2.5万件')

# The summary speaks for the bureau its first sentence names (v2 IMPLEMENTS, OPERATES, PARTICIPATED_IN).
for name, verb_form in TASKS:
    rel(D, 'IMPLEMENTS', BUREAU, 'Institution', name, 'Measure', verb_form)
for policy, find in [('高价值专利培育计划', '实施高价值专利培育计划'), ('“麓知贷”产品', '麓知贷'), ('专利开放许可试点', '专利开放许可试点'),
                     ('国家知识产权强县建设示范县', '国家知识产权强县建设示范县')]:
    rel(D, 'IMPLEMENTS', BUREAU, 'Institution', policy, 'Policy', find)
for platform, find in [('长沙市知识产权保护中心岳麓分中心', '岳麓分中心'), ('知识产权纠纷投诉点', '知识产权纠纷投诉点'),
                       ('知识产权服务工作站', '知识产权服务工作站'), ('岳麓区知识产权公共服务中心', '建成岳麓区知识产权公共服务中心'),
                       ('知识产权人才实训基地', '知识产权人才实训基地')]:
    rel(D, 'OPERATES', BUREAU, 'Institution', platform, 'Platform', find)
# 支持X、Y与区内企业共建Z: the universities build the centres; 与湖南省知识产权局共建: both build the base.
for uni in ['中南大学', '湖南大学']:
    rel(D, 'OPERATES', uni, 'Institution', '高价值专利培育中心', 'Platform', '高价值专利培育中心5家')
rel(D, 'OPERATES', '湖南省知识产权局', 'Institution', '知识产权人才实训基地', 'Platform', '知识产权人才实训基地')
for partner, find in [('长沙银行岳麓支行', '麓知贷'), (POLICE, '区公安分局'), ('湖南省知识产权局', '知识产权人才实训基地')]:
    rel(D, 'COOPERATES_WITH', BUREAU, 'Institution', partner, 'Institution', find)
for event, find in [('“岳麓山下”专利转化路演活动', '岳麓山下'), ('第二届湘江新区科技成果交易会', '科技成果交易会'), ('“知识产权进园区”系列培训', '知识产权进园区')]:
    rel(D, 'PARTICIPATED_IN', BUREAU, 'Institution', event, 'Event', find)
for head, ht, outs, find in [
    ('高价值专利培育计划', 'Policy', [centres], '高价值专利培育中心5家'),
    ('专利导航服务', 'Measure', [nav], '2个产业专利导航项目'),
    ('企业知识产权管理规范贯标', 'Measure', [adv, demo], '优势企业14家'),
    ('知识产权金融服务', 'Measure', [pledges, amount], '麓知贷'), ('“麓知贷”产品', 'Policy', [pledges, amount], '麓知贷'),
    ('高校专利转化对接机制', 'Measure', [roadshows, transfers], '岳麓山下'), ('“岳麓山下”专利转化路演活动', 'Event', [transfers], '岳麓山下'),
    ('专利开放许可试点', 'Policy', [open_patents, licences], '专利开放许可试点'),
    ('知识产权纠纷快速调处机制', 'Measure', [disputes, days], '岳麓分中心'),
    ('长沙市知识产权保护中心岳麓分中心', 'Platform', [disputes, days], '岳麓分中心'),
    ('商标侵权专项整治', 'Measure', [cases], '区公安分局'),
    ('展会知识产权保护', 'Measure', [complaints], '知识产权纠纷投诉点'), ('知识产权纠纷投诉点', 'Platform', [complaints], '知识产权纠纷投诉点'),
    ('知识产权服务工作站', 'Platform', [advice], '知识产权服务工作站'),
    ('岳麓区知识产权公共服务中心', 'Platform', [services], '建成岳麓区知识产权公共服务中心'),
    ('“知识产权进园区”系列培训', 'Event', [trainings, trainees], '知识产权进园区'),
    ('知识产权人才实训基地', 'Platform', [talents], '知识产权人才实训基地'),
]:
    for o in outs:
        rel(D, 'PRODUCED', head, ht, o, 'Outcome', find)
for o, find in [(grant, '3127件'), (growth, '11.4%'), (valid, '2.21万件'), (hv, '42.6件'), (rank, '居全市第一'), (target, '突破2.5万件')]:
    rel(D, 'MEASURED_IN', o, 'Outcome', DISTRICT, 'Region', find)
for x, t, region, find in [(BUREAU, 'Institution', DISTRICT, '坚持以知识产权强区建设为统领'), (POLICE, 'Institution', DISTRICT, '区公安分局'),
                           ('长沙银行岳麓支行', 'Institution', DISTRICT, '麓知贷'), ('湖南省知识产权局', 'Institution', '湖南省', '知识产权人才实训基地'),
                           ('长沙市知识产权保护中心岳麓分中心', 'Platform', DISTRICT, '岳麓分中心'), ('长沙市知识产权保护中心岳麓分中心', 'Platform', '长沙市', '岳麓分中心'),
                           ('知识产权服务工作站', 'Platform', '岳麓科技产业园', '知识产权服务工作站'),
                           ('岳麓区知识产权公共服务中心', 'Platform', DISTRICT, '建成岳麓区知识产权公共服务中心'),
                           ('第二届湘江新区科技成果交易会', 'Event', '湘江新区', '科技成果交易会')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)
# v2 Regions nest: 长沙市岳麓区 -> 岳麓区 PART_OF 长沙市.
rel(D, 'PART_OF', DISTRICT, 'Region', '长沙市', 'Region', '长沙市岳麓区2024年')

qa('hf-7', D, 'who_implements', '知识产权纠纷快速调处机制', [BUREAU], '谁建立了岳麓区知识产权纠纷快速调处机制？',
   'Who set up Yuelu\'s fast IP dispute handling mechanism?', '建立知识产权纠纷快速调处机制')
qa('hf-8', D, 'outcomes_of', '知识产权纠纷快速调处机制', [disputes, '286件', days, '12天'], '岳麓区知识产权纠纷快速调处机制取得了什么成效？',
   'What did the Yuelu dispute mechanism achieve?', '调处纠纷286件')
qa('hf-9', D, 'cooperates', BUREAU, ['长沙银行岳麓支行', POLICE, '区公安分局', '湖南省知识产权局'], '岳麓区市场监督管理局与哪些机构开展合作？',
   'With which bodies did the Yuelu market regulator cooperate?', '麓知贷')
qa('hf-10', D, 'platforms_of', '湖南省知识产权局', ['知识产权人才实训基地'], '湖南省知识产权局与岳麓区共建了什么平台？',
   'Which platform did the Hunan IP office build with Yuelu?', '知识产权人才实训基地')
qa('hf-11', D, 'located_in', '知识产权服务工作站', ['岳麓科技产业园'], '岳麓区知识产权服务工作站设在哪里？',
   'Where is the Yuelu IP service station?', '知识产权服务工作站')
