from lib import *
D = '101_hubei_regulation.txt'
REG = '湖北省知识产权保护条例'
NPC = '湖北省第十四届人民代表大会常务委员会'
# Policies
ent(D, 'Policy', REG, kind='regulation', year=2024, find='湖北省知识产权保护条例')
ent(D, 'Policy', '中华人民共和国专利法', ['《中华人民共和国专利法》'], kind='law')
ent(D, 'Policy', '中华人民共和国商标法', ['《中华人民共和国商标法》'], kind='law')
ent(D, 'Policy', '中华人民共和国著作权法', ['《中华人民共和国著作权法》'], kind='law')
ent(D, 'Policy', '知识产权强市建设试点', kind='pilot')
# Institutions. v2: the adopting standing committee is named with its 届; roles are bodies when they act
# (县级以上人民政府 stays as written, 省… is scoped to Hubei, 全省法院 to the province's courts).
ent(D, 'Institution', NPC, ['湖北省人民代表大会常务委员会'], kind='government', find='人民代表大会常务委员会')
ent(D, 'Institution', '县级以上人民政府', kind='government', find='第三条')
ent(D, 'Institution', '湖北省知识产权局', ['省知识产权局'], kind='government')
ent(D, 'Institution', '湖北省市场监督管理局', ['省市场监督管理局'], kind='government', find='省市场监督管理局')
ent(D, 'Institution', '湖北省版权局', ['省版权局'], kind='government', find='省版权局')
ent(D, 'Institution', '湖北省农业农村厅', ['省农业农村厅'], kind='government', find='省农业农村厅')
ent(D, 'Institution', '湖北省林业局', ['省林业局'], kind='government', find='省林业局')
ent(D, 'Institution', '湖北省人民政府', ['省人民政府'], kind='government', find='省人民政府支持')
ent(D, 'Institution', '湖北省高级人民法院', kind='judicial')
ent(D, 'Institution', '湖北省法院', ['全省法院'], kind='judicial', find='全省法院')
ent(D, 'Institution', '湖北省人民检察院', kind='judicial')
ent(D, 'Institution', '湖北省公安厅', kind='government')
ent(D, 'Institution', '武汉海关', kind='government')
ent(D, 'Institution', '武汉知识产权法庭', kind='judicial')
ent(D, 'Institution', '湖北省知识产权保护协会', kind='association')
ent(D, 'Institution', '国家知识产权局', kind='government')
# Platforms
ent(D, 'Platform', '中国（湖北）知识产权保护中心', kind='service centre')
ent(D, 'Platform', '中国（襄阳）知识产权保护中心', kind='service centre')
ent(D, 'Platform', '湖北省知识产权公共服务平台', kind='online service')
# Regions
ent(D, 'Region', '湖北省', ['湖北', '本省', '全省'], kind='province')
ent(D, 'Region', '武汉市', ['武汉'], kind='city')
ent(D, 'Region', '宜昌市', kind='city')
ent(D, 'Region', '襄阳市', ['襄阳'], kind='city', find='襄阳')
# Events: the adopting session, and (v2) the regulation's entry into force.
ent(D, 'Event', '湖北省第十四届人民代表大会常务委员会第十二次会议', kind='meeting', date='2024-09-26', find='第十二次会议')
ent(D, 'Event', '湖北省知识产权保护条例施行', kind='launch', date='2025-01-01', find='起施行')
# Measures: v2 counts every arrangement or named duty an article assigns to a body, named without its verb.
# A body's remit over a field (负责…的统筹协调和指导工作, 做好…保护工作) is not one, as in dev2's regulations.
MEASURES = [
    ('知识产权保护工作协调机制', ['建立知识产权保护工作协调机制'], '协调机制'),
    ('专利快速预审、快速确权、快速维权等服务', ['提供专利快速预审、快速确权、快速维权等服务'], '专利快速预审'),
    ('知识产权行政执法与刑事司法衔接机制', ['建立知识产权行政执法与刑事司法衔接机制'], '衔接机制'),
    ('案件移送、信息共享和联合督办制度', ['完善案件移送、信息共享和联合督办制度'], '联合督办制度'),
    ('知识产权海关保护', ['开展知识产权海关保护'], '知识产权海关保护'),
    ('进出口环节侵权货物的查处', ['加强对进出口环节侵权货物的查处'], '侵权货物的查处'),
    ('知识产权民事、行政和刑事案件“三合一”审判机制', ['“三合一”审判机制'], '三合一'),
    ('技术调查官制度', ['完善技术调查官制度'], '三合一'),
    ('专利、技术秘密等技术类知识产权案件审理', ['审理辖区内专利、技术秘密等技术类知识产权案件'], '技术类知识产权案件'),
    ('知识产权维权援助', ['开展知识产权维权援助'], '开展知识产权维权援助'),
    ('专利检索、商标查询、维权指引等公益服务', ['提供专利检索、商标查询、维权指引等公益服务'], '公益服务'),
    ('知识产权强省建设', ['推进知识产权强省建设'], '共同推进'),
]
for name, aliases, find in MEASURES:
    ent(D, 'Measure', name, aliases, find=find)

rel(D, 'ISSUED', NPC, 'Institution', REG, 'Policy', '第十二次会议通过')
rel(D, 'PARTICIPATED_IN', NPC, 'Institution', '湖北省第十四届人民代表大会常务委员会第十二次会议', 'Event', '第十二次会议通过')
for law in ['中华人民共和国专利法', '中华人民共和国商标法', '中华人民共和国著作权法']:
    rel(D, 'REFERENCES', REG, 'Policy', law, 'Policy', '根据《中华人民共和国专利法》')
for name, _, find in MEASURES:
    rel(D, 'PART_OF', name, 'Measure', REG, 'Policy', find)
for body, m, find in [
    ('县级以上人民政府', '知识产权保护工作协调机制', '协调机制'),
    # 省知识产权局会同高院、检察院、公安厅建立…: the lead implements, the others are partners (v2 COOPERATES_WITH).
    ('湖北省知识产权局', '知识产权行政执法与刑事司法衔接机制', '衔接机制'),
    ('湖北省知识产权局', '案件移送、信息共享和联合督办制度', '联合督办制度'),
    ('武汉海关', '知识产权海关保护', '知识产权海关保护'),
    ('武汉海关', '进出口环节侵权货物的查处', '侵权货物的查处'),
    # 高院指导全省法院推行…，完善…: the guiding court and the courts it guides (the pivot) both act.
    ('湖北省高级人民法院', '知识产权民事、行政和刑事案件“三合一”审判机制', '三合一'),
    ('湖北省法院', '知识产权民事、行政和刑事案件“三合一”审判机制', '三合一'),
    ('湖北省高级人民法院', '技术调查官制度', '三合一'),
    ('武汉知识产权法庭', '专利、技术秘密等技术类知识产权案件审理', '技术类知识产权案件'),
    ('湖北省知识产权保护协会', '知识产权维权援助', '开展知识产权维权援助'),
    ('湖北省知识产权局', '专利检索、商标查询、维权指引等公益服务', '公益服务'),
    # 省人民政府与国家知识产权局共同推进…，在…开展…试点: a joint subject, both implement.
    ('湖北省人民政府', '知识产权强省建设', '共同推进'),
    ('国家知识产权局', '知识产权强省建设', '共同推进'),
]:
    rel(D, 'IMPLEMENTS', body, 'Institution', m, 'Measure', find)
for body in ['湖北省人民政府', '国家知识产权局']:
    rel(D, 'IMPLEMENTS', body, 'Institution', '知识产权强市建设试点', 'Policy', '共同推进')
for partner in ['湖北省高级人民法院', '湖北省人民检察院', '湖北省公安厅']:
    rel(D, 'COOPERATES_WITH', '湖北省知识产权局', 'Institution', partner, 'Institution', '衔接机制')
rel(D, 'COOPERATES_WITH', '湖北省人民政府', 'Institution', '国家知识产权局', 'Institution', '共同推进')
rel(D, 'GUIDES', '湖北省高级人民法院', 'Institution', '湖北省法院', 'Institution', '三合一')
rel(D, 'OPERATES', '湖北省知识产权局', 'Institution', '湖北省知识产权公共服务平台', 'Platform', '依托湖北省知识产权公共服务平台')
for x, t, find in [('中国（湖北）知识产权保护中心', 'Platform', '中国（湖北）'), ('湖北省知识产权公共服务平台', 'Platform', '依托湖北省'),
                   ('湖北省知识产权局', 'Institution', '湖北省知识产权局负责'), ('湖北省高级人民法院', 'Institution', '会同湖北省高级'),
                   ('湖北省人民检察院', 'Institution', '湖北省人民检察院'), ('湖北省公安厅', 'Institution', '湖北省公安厅'),
                   ('湖北省知识产权保护协会', 'Institution', '湖北省知识产权保护协会'), (NPC, 'Institution', '第十二次会议通过'),
                   ('湖北省第十四届人民代表大会常务委员会第十二次会议', 'Event', '第十二次会议通过'),
                   ('湖北省人民政府', 'Institution', '省人民政府支持'), ('湖北省市场监督管理局', 'Institution', '省市场监督管理局'),
                   ('湖北省版权局', 'Institution', '省版权局'), ('湖北省农业农村厅', 'Institution', '省农业农村厅'), ('湖北省林业局', 'Institution', '省林业局'),
                   ('湖北省法院', 'Institution', '全省法院')]:
    rel(D, 'LOCATED_IN', x, t, '湖北省', 'Region', find)
rel(D, 'LOCATED_IN', '中国（襄阳）知识产权保护中心', 'Platform', '襄阳市', 'Region', '中国（襄阳）')
rel(D, 'LOCATED_IN', '武汉海关', 'Institution', '武汉市', 'Region', '武汉海关')
rel(D, 'LOCATED_IN', '武汉知识产权法庭', 'Institution', '武汉市', 'Region', '武汉知识产权法庭')

qa('ho-1', D, 'who_issued', REG, [NPC, '湖北省人民代表大会常务委员会'],
   '《湖北省知识产权保护条例》由哪个机关通过？', 'Which body adopted the Hubei IP Protection Regulation?', '第十二次会议通过')
qa('ho-2', D, 'who_implements', '知识产权行政执法与刑事司法衔接机制', ['湖北省知识产权局'],
   '哪个机构牵头建立知识产权行政执法与刑事司法衔接机制？', 'Which body leads the link between administrative enforcement and criminal justice?', '衔接机制')
qa('ho-3', D, 'who_implements', '技术调查官制度', ['湖北省高级人民法院'],
   '谁负责完善技术调查官制度？', 'Who improves the technical investigator system?', '三合一')
qa('ho-4', D, 'located_in', '中国（襄阳）知识产权保护中心', ['襄阳市', '襄阳'],
   '中国（襄阳）知识产权保护中心位于哪里？', 'Where is the China (Xiangyang) IP Protection Center?', '中国（襄阳）')
qa('ho-5', D, 'part_of', '技术调查官制度', [REG],
   '技术调查官制度出自哪部法规？', 'Which regulation provides for the technical investigator system?', '三合一')
qa('ho-6', D, 'cooperates', '湖北省人民政府', ['国家知识产权局'],
   '湖北省人民政府与哪个机构共同推进知识产权强省建设？', 'With which body does the Hubei government build a strong IP province?', '共同推进')
qa('ho-7', D, 'platforms_of', '湖北省知识产权局', ['湖北省知识产权公共服务平台'],
   '湖北省知识产权局依托哪个平台提供公益服务？', 'Through which platform does the Hubei IP office offer public services?', '依托湖北省知识产权公共服务平台')
qa('ho-8', D, 'events', NPC, ['湖北省第十四届人民代表大会常务委员会第十二次会议'],
   '湖北省人大常委会在哪次会议上通过了知识产权保护条例？', 'At which session did the Hubei standing committee adopt the regulation?', '第十二次会议通过')
qa('ho-9', D, 'search', None, ['专利快速预审', '快速维权'],
   '湖北的知识产权保护中心提供哪些快速服务？', 'Which fast services do the Hubei IP protection centres offer?', '专利快速预审')
qa('ho-27', D, 'cooperates', '湖北省知识产权局', ['湖北省高级人民法院', '湖北省人民检察院', '湖北省公安厅'],
   '湖北省知识产权局会同哪些机构建立行政执法与刑事司法衔接机制？', 'With which bodies does the Hubei IP office build the enforcement–justice link?', '衔接机制')
qa('ho-28', D, 'who_implements', '知识产权海关保护', ['武汉海关'],
   '湖北省由谁开展知识产权海关保护？', 'Who carries out customs IP protection in Hubei?', '知识产权海关保护')
