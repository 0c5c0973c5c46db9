from lib import *
D = '104_anhui_action_plan.txt'
PLAN = '安徽省知识产权强省建设三年行动方案（2025—2027年）'
ent(D, 'Policy', PLAN, kind='programme', year=2025, find='三年行动方案')
ent(D, 'Policy', '知识产权强国建设纲要（2021—2035年）', ['《知识产权强国建设纲要（2021—2035年）》'], kind='plan', find='知识产权强国建设纲要')
ent(D, 'Policy', '安徽省知识产权强省建设纲要', ['《安徽省知识产权强省建设纲要》'], kind='plan', find='《安徽省知识产权强省建设纲要》')
ent(D, 'Policy', '国家知识产权示范企业', kind='pilot')
ent(D, 'Policy', '专利转化运用专项行动', kind='programme')
ent(D, 'Institution', '安徽省知识产权局', ['省知识产权局'], kind='government', find='省知识产权局牵头')
ent(D, 'Institution', '安徽省科学技术厅', ['省科技厅', '安徽省科技厅'], kind='government', find='省科技厅')
ent(D, 'Institution', '安徽省财政厅', ['省财政厅'], kind='government', find='省财政厅')
ent(D, 'Institution', '安徽省高级人民法院', kind='judicial')
ent(D, 'Institution', '合肥市中级人民法院', kind='judicial')
ent(D, 'Institution', '中国人民银行安徽省分行', kind='government')
ent(D, 'Platform', '中国（安徽）知识产权保护中心', kind='service centre')
ent(D, 'Platform', '中国（合肥）知识产权保护中心', kind='service centre')
ent(D, 'Region', '安徽省', ['安徽', '全省'], kind='province', find='全省每万人口')
ent(D, 'Region', '合肥市', ['合肥'], kind='city', find='支持合肥市')
ent(D, 'Region', '芜湖市', kind='city')
# v2: a measure is named by its noun phrase, the verb form kept as alias (the task heading as written).
TASKS = [('高价值专利培育工程', '实施高价值专利培育工程'), ('地理标志保护', '加强地理标志保护'), ('快速协同保护机制', '完善快速协同保护机制'),
         ('司法保护', '加强司法保护'), ('专利转化运用专项行动', '开展专利转化运用专项行动')]
for name, find in TASKS:
    ent(D, 'Measure', name, [find], kind='task', find=find)
# Named arrangements a task assigns to a body (v2 Measures in prose).
ACTIONS = [('知识产权审判“三合一”改革', ['推进知识产权审判“三合一”改革'], '三合一'),
           ('知识产权质押融资', ['推广知识产权质押融资'], '推广知识产权质押融资'),
           ('实施情况年度评估', ['对实施情况开展年度评估'], '年度评估')]
for name, aliases, find in ACTIONS:
    ent(D, 'Measure', name, aliases, kind='action', find=find)
ent(D, 'Policy', '地理标志产品保护示范区', kind='pilot', find='地理标志产品保护示范区建设')
ent(D, 'Platform', '高价值专利培育中心', kind='service centre', find='建设高价值专利培育中心')
ent(D, 'Institution', '合肥市中级人民法院知识产权法庭', ['知识产权法庭'], kind='judicial', find='设立知识产权法庭')

def target(indicator, value, unit, find, figure=None):
    name = f'{indicator}：{figure or value + unit}（2027年目标）'
    ent(D, 'Outcome', name, kind='target', indicator=indicator, value=value, unit=unit, period='2027', subject='安徽省', find=find)
    return name
hv = target('每万人口高价值发明专利拥有量', '18', '件', '达到18件')
pledge = target('知识产权质押融资登记金额', '超过600', '亿元', '超过600亿元', figure='累计超过600亿元')
firms = target('培育国家知识产权示范企业数量', '120以上', '家', '120家以上', figure='120家以上')
transfers = target('专利转让许可次数', '3', '万次', '达到3万次')

for name, find in TASKS:
    rel(D, 'PART_OF', name, 'Measure', PLAN, 'Policy', find)
for name, _, find in ACTIONS:
    rel(D, 'PART_OF', name, 'Measure', PLAN, 'Policy', find)
for policy in ['知识产权强国建设纲要（2021—2035年）', '安徽省知识产权强省建设纲要']:
    rel(D, 'REFERENCES', PLAN, 'Policy', policy, 'Policy', '制定本方案')
for name, find in [(hv, '达到18件'), (pledge, '超过600亿元'), (firms, '120家以上')]:
    rel(D, 'TARGETS', PLAN, 'Policy', name, 'Outcome', find)
rel(D, 'TARGETS', '专利转化运用专项行动', 'Measure', transfers, 'Outcome', '达到3万次')
for name, find in [(hv, '达到18件'), (pledge, '超过600亿元'), (firms, '120家以上'), (transfers, '达到3万次')]:
    rel(D, 'MEASURED_IN', name, 'Outcome', '安徽省', 'Region', find)
for body in ['安徽省知识产权局', '安徽省科学技术厅', '安徽省财政厅']:
    rel(D, 'IMPLEMENTS', body, 'Institution', '高价值专利培育工程', 'Measure', '省知识产权局牵头')
# 牵头…配合: the lead cooperates with the bodies that assist (v2 COOPERATES_WITH, 配合).
for body in ['安徽省科学技术厅', '安徽省财政厅']:
    rel(D, 'COOPERATES_WITH', '安徽省知识产权局', 'Institution', body, 'Institution', '省知识产权局牵头')
rel(D, 'IMPLEMENTS', '安徽省高级人民法院', 'Institution', '司法保护', 'Measure', '三合一')
rel(D, 'IMPLEMENTS', '安徽省高级人民法院', 'Institution', '知识产权审判“三合一”改革', 'Measure', '三合一')
rel(D, 'IMPLEMENTS', '合肥市中级人民法院', 'Institution', '司法保护', 'Measure', '三合一')
rel(D, 'PART_OF', '合肥市中级人民法院知识产权法庭', 'Institution', '合肥市中级人民法院', 'Institution', '设立知识产权法庭')
# 省知识产权局会同人民银行分行推广…: the lead implements, the bank is its partner (v2).
rel(D, 'IMPLEMENTS', '安徽省知识产权局', 'Institution', '专利转化运用专项行动', 'Measure', '推广知识产权质押融资')
rel(D, 'IMPLEMENTS', '安徽省知识产权局', 'Institution', '知识产权质押融资', 'Measure', '推广知识产权质押融资')
rel(D, 'COOPERATES_WITH', '安徽省知识产权局', 'Institution', '中国人民银行安徽省分行', 'Institution', '推广知识产权质押融资')
rel(D, 'IMPLEMENTS', '安徽省知识产权局', 'Institution', '实施情况年度评估', 'Measure', '年度评估')
for city in ['合肥市', '芜湖市']:
    rel(D, 'LOCATED_IN', '高价值专利培育中心', 'Platform', city, 'Region', '建设高价值专利培育中心')
rel(D, 'IMPLEMENTS', '安徽省知识产权局', 'Institution', PLAN, 'Policy', '负责本方案的组织实施')
for x, t, region, find in [('中国（安徽）知识产权保护中心', 'Platform', '安徽省', '依托中国（安徽）'), ('中国（合肥）知识产权保护中心', 'Platform', '合肥市', '依托中国（安徽）'),
                           ('安徽省知识产权局', 'Institution', '安徽省', '省知识产权局牵头'), ('安徽省科学技术厅', 'Institution', '安徽省', '省科技厅'),
                           ('安徽省财政厅', 'Institution', '安徽省', '省财政厅'), ('安徽省高级人民法院', 'Institution', '安徽省', '三合一'),
                           ('合肥市中级人民法院', 'Institution', '合肥市', '三合一'), ('合肥市中级人民法院知识产权法庭', 'Institution', '合肥市', '三合一'), ('中国人民银行安徽省分行', 'Institution', '安徽省', '推广知识产权质押融资')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)

qa('hb-1', D, 'part_of', '地理标志保护', [PLAN], '“加强地理标志保护”是哪个方案的任务？', 'Which plan is the task on geographical indications part of?', '加强地理标志保护')
qa('hb-2', D, 'who_implements', '高价值专利培育工程', ['安徽省知识产权局', '安徽省科学技术厅', '安徽省科技厅', '安徽省财政厅'],
   '谁负责实施高价值专利培育工程？', 'Who carries out the high-value patent project?', '省知识产权局牵头')
qa('hb-3', D, 'outcomes_of', PLAN, ['每万人口高价值发明专利拥有量：18件（2027年目标）', '18件', '累计超过600亿元', '超过600亿元', '120家以上'],
   '安徽省三年行动方案提出了哪些目标？', 'What targets does the Anhui three-year plan set?', '达到18件')
qa('hb-4', D, 'who_implements', PLAN, ['安徽省知识产权局'], '谁负责安徽省三年行动方案的组织实施？', 'Who organises the implementation of the plan?', '负责本方案的组织实施')
qa('hb-5', D, 'located_in', '中国（合肥）知识产权保护中心', ['合肥市', '合肥'], '中国（合肥）知识产权保护中心在哪里？', 'Where is the China (Hefei) IP Protection Center?', '依托中国（安徽）')
qa('hb-11', D, 'cooperates', '安徽省知识产权局', ['中国人民银行安徽省分行', '安徽省科学技术厅', '安徽省科技厅', '安徽省财政厅'],
   '安徽省知识产权局与哪些机构协作推进方案任务？', 'With which bodies does the Anhui IP office work on the plan tasks?', '推广知识产权质押融资')
