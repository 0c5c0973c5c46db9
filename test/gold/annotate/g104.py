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
TASKS = [('实施高价值专利培育工程', '实施高价值专利培育工程'), ('加强地理标志保护', '加强地理标志保护'), ('完善快速协同保护机制', '完善快速协同保护机制'),
         ('加强司法保护', '加强司法保护'), ('开展专利转化运用专项行动', '开展专利转化运用专项行动')]
for name, find in TASKS:
    ent(D, 'Measure', name, kind='task', find=find)

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
for policy in ['知识产权强国建设纲要（2021—2035年）', '安徽省知识产权强省建设纲要']:
    rel(D, 'REFERENCES', PLAN, 'Policy', policy, 'Policy', '制定本方案')
for name, find in [(hv, '达到18件'), (pledge, '超过600亿元'), (firms, '120家以上')]:
    rel(D, 'TARGETS', PLAN, 'Policy', name, 'Outcome', find)
rel(D, 'TARGETS', '开展专利转化运用专项行动', 'Measure', transfers, 'Outcome', '达到3万次')
for name, find in [(hv, '达到18件'), (pledge, '超过600亿元'), (firms, '120家以上'), (transfers, '达到3万次')]:
    rel(D, 'MEASURED_IN', name, 'Outcome', '安徽省', 'Region', find)
for body in ['安徽省知识产权局', '安徽省科学技术厅', '安徽省财政厅']:
    rel(D, 'IMPLEMENTS', body, 'Institution', '实施高价值专利培育工程', 'Measure', '省知识产权局牵头')
rel(D, 'IMPLEMENTS', '安徽省高级人民法院', 'Institution', '加强司法保护', 'Measure', '三合一')
for body in ['安徽省知识产权局', '中国人民银行安徽省分行']:
    rel(D, 'IMPLEMENTS', body, 'Institution', '开展专利转化运用专项行动', 'Measure', '推广知识产权质押融资')
rel(D, 'IMPLEMENTS', '安徽省知识产权局', 'Institution', PLAN, 'Policy', '负责本方案的组织实施')
for x, t, region, find in [('中国（安徽）知识产权保护中心', 'Platform', '安徽省', '依托中国（安徽）'), ('中国（合肥）知识产权保护中心', 'Platform', '合肥市', '依托中国（安徽）'),
                           ('安徽省知识产权局', 'Institution', '安徽省', '省知识产权局牵头'), ('安徽省科学技术厅', 'Institution', '安徽省', '省科技厅'),
                           ('安徽省财政厅', 'Institution', '安徽省', '省财政厅'), ('安徽省高级人民法院', 'Institution', '安徽省', '三合一'),
                           ('合肥市中级人民法院', 'Institution', '合肥市', '三合一'), ('中国人民银行安徽省分行', 'Institution', '安徽省', '推广知识产权质押融资')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)

qa('hb-1', D, 'part_of', '加强地理标志保护', [PLAN], '“加强地理标志保护”是哪个方案的任务？', 'Which plan is the task on geographical indications part of?', '加强地理标志保护')
qa('hb-2', D, 'who_implements', '实施高价值专利培育工程', ['安徽省知识产权局', '安徽省科学技术厅', '安徽省科技厅', '安徽省财政厅'],
   '谁负责实施高价值专利培育工程？', 'Who carries out the high-value patent project?', '省知识产权局牵头')
qa('hb-3', D, 'outcomes_of', PLAN, ['每万人口高价值发明专利拥有量：18件（2027年目标）', '18件', '累计超过600亿元', '超过600亿元', '120家以上'],
   '安徽省三年行动方案提出了哪些目标？', 'What targets does the Anhui three-year plan set?', '达到18件')
qa('hb-4', D, 'who_implements', PLAN, ['安徽省知识产权局'], '谁负责安徽省三年行动方案的组织实施？', 'Who organises the implementation of the plan?', '负责本方案的组织实施')
qa('hb-5', D, 'located_in', '中国（合肥）知识产权保护中心', ['合肥市', '合肥'], '中国（合肥）知识产权保护中心在哪里？', 'Where is the China (Hefei) IP Protection Center?', '依托中国（安徽）')
