from lib import *
D = '109_jiangxi_plan.txt'
PLAN = '江西省知识产权保护和运用“十四五”规划'
BUREAU = '江西省市场监督管理局（江西省知识产权局）'
ent(D, 'Policy', PLAN, kind='plan', find=PLAN)
ent(D, 'Policy', '国家地理标志产品保护示范区', kind='pilot')
ent(D, 'Institution', '江西省高级人民法院', kind='judicial')
ent(D, 'Institution', BUREAU, ['江西省市场监督管理局', '江西省知识产权局'], kind='government', find='负责本规划')
ent(D, 'Platform', '中国（南昌）知识产权保护中心', kind='service centre')
ent(D, 'Platform', '中国（赣州）知识产权保护中心', kind='service centre')
ent(D, 'Region', '江西省', ['江西', '全省'], kind='province', find='江西省“十四五”知识产权发展主要指标')
ent(D, 'Region', '南昌市', ['南昌'], kind='city', find='在南昌')
ent(D, 'Region', '赣州市', ['赣州'], kind='city', find='在南昌、赣州')
# v2: a measure is named by its noun phrase, the task heading (with its verb) kept as alias.
TASKS = [('知识产权保护体系', '健全知识产权保护体系'), ('知识产权司法保护', '强化知识产权司法保护'), ('知识产权金融服务', '推进知识产权金融服务')]
for t, heading in TASKS:
    ent(D, 'Measure', t, [heading], kind='task', find=heading)
ent(D, 'Measure', '监测评估', ['本规划的组织实施和监测评估'], kind='action', find='监测评估')
ent(D, 'Measure', '地理标志运用促进工程', kind='project', find='专栏1')

def outcome(indicator, value, unit, period, kind, find):
    name = f'{indicator}：{value}{unit}（{period}{"年" if period[:2] == "20" else ""}{"目标" if kind == "target" else ""}）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period=period, subject='江西省', find=find)
    return name
satisfaction = outcome('知识产权保护社会满意度', '82', '分', '2025', 'target', '达到82分')
hv = outcome('每万人口高价值发明专利拥有量', '4.5', '件', '2025', 'target', '达到4.5件')
pledge = outcome('知识产权质押融资登记金额', '120', '亿元', '2025', 'target', '知识产权质押融资登记金额（亿元）')
hv0 = outcome('每万人口高价值发明专利拥有量', '2.1', '件', '2020', 'actual', '每万人口高价值发明专利拥有量（件）')
pledge0 = outcome('知识产权质押融资登记金额', '55', '亿元', '2020', 'actual', '知识产权质押融资登记金额（亿元）')
satisfaction0 = outcome('知识产权保护社会满意度', '78', '分', '2020', 'actual', '知识产权保护社会满意度（分）')
zones = outcome('国家地理标志产品保护示范区数量', '3', '个', '十四五', 'target', '保护示范区3个')

for t, heading in TASKS:
    rel(D, 'PART_OF', t, 'Measure', PLAN, 'Policy', heading)
rel(D, 'PART_OF', '地理标志运用促进工程', 'Measure', PLAN, 'Policy', '专栏1')
rel(D, 'PART_OF', '监测评估', 'Measure', PLAN, 'Policy', '监测评估')
rel(D, 'IMPLEMENTS', BUREAU, 'Institution', '监测评估', 'Measure', '监测评估')
# 支持江西省高级人民法院…设立知识产权法庭: the court the task names acts in it.
rel(D, 'IMPLEMENTS', '江西省高级人民法院', 'Institution', '知识产权司法保护', 'Measure', '在南昌、赣州')
for o, find in [(satisfaction, '达到82分'), (hv, '达到4.5件'), (pledge, '知识产权质押融资登记金额（亿元）')]:
    rel(D, 'TARGETS', PLAN, 'Policy', o, 'Outcome', find)
rel(D, 'TARGETS', '知识产权金融服务', 'Measure', pledge, 'Outcome', '达到120亿元')
rel(D, 'TARGETS', '地理标志运用促进工程', 'Measure', zones, 'Outcome', '保护示范区3个')
for o in [satisfaction, hv, pledge, hv0, pledge0, satisfaction0, zones]:
    rel(D, 'MEASURED_IN', o, 'Outcome', '江西省', 'Region', [e for e in E if e['name'] == o][0]['evidence'][:10])
rel(D, 'REFERENCES', '地理标志运用促进工程', 'Measure', '国家地理标志产品保护示范区', 'Policy', '保护示范区3个')
rel(D, 'IMPLEMENTS', BUREAU, 'Institution', PLAN, 'Policy', '负责本规划')
for x, t, region, find in [('中国（南昌）知识产权保护中心', 'Platform', '南昌市', '中国（南昌）'), ('中国（赣州）知识产权保护中心', 'Platform', '赣州市', '中国（南昌）'),
                           ('江西省高级人民法院', 'Institution', '江西省', '在南昌、赣州'), (BUREAU, 'Institution', '江西省', '负责本规划')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)

qa('hd-1', D, 'part_of', '知识产权金融服务', [PLAN], '“推进知识产权金融服务”属于哪个规划？', 'Which plan is the financial-services task part of?', '推进知识产权金融服务')
qa('hd-2', D, 'outcomes_of', PLAN, ['知识产权保护社会满意度：82分（2025年目标）', '82分', '4.5件', '120亿元'], '江西省“十四五”规划提出了哪些目标？', 'What targets does the Jiangxi plan set?', '达到82分')
qa('hd-3', D, 'who_implements', PLAN, [BUREAU, '江西省市场监督管理局', '江西省知识产权局'], '谁负责江西省“十四五”规划的组织实施？', 'Who implements the Jiangxi plan?', '负责本规划')
