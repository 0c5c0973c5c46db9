from lib import *
D = '101_hubei_regulation.txt'
# Policies
ent(D, 'Policy', '湖北省知识产权保护条例', kind='regulation', year=2024, find='湖北省知识产权保护条例')
ent(D, 'Policy', '中华人民共和国专利法', ['《中华人民共和国专利法》'], kind='law')
ent(D, 'Policy', '中华人民共和国商标法', ['《中华人民共和国商标法》'], kind='law')
ent(D, 'Policy', '中华人民共和国著作权法', ['《中华人民共和国著作权法》'], kind='law')
ent(D, 'Policy', '知识产权强市建设试点', kind='pilot')
# Institutions
ent(D, 'Institution', '湖北省人民代表大会常务委员会', ['湖北省第十四届人民代表大会常务委员会'], kind='government', find='人民代表大会常务委员会')
ent(D, 'Institution', '湖北省知识产权局', ['省知识产权局'], kind='government')
ent(D, 'Institution', '湖北省市场监督管理局', ['省市场监督管理局'], kind='government', find='省市场监督管理局')
ent(D, 'Institution', '湖北省版权局', ['省版权局'], kind='government', find='省版权局')
ent(D, 'Institution', '湖北省农业农村厅', ['省农业农村厅'], kind='government', find='省农业农村厅')
ent(D, 'Institution', '湖北省林业局', ['省林业局'], kind='government', find='省林业局')
ent(D, 'Institution', '湖北省人民政府', ['省人民政府'], kind='government', find='省人民政府支持')
ent(D, 'Institution', '湖北省高级人民法院', kind='judicial')
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
ent(D, 'Region', '湖北省', ['湖北', '本省'], kind='province')
ent(D, 'Region', '武汉市', ['武汉'], kind='city')
ent(D, 'Region', '宜昌市', kind='city')
ent(D, 'Region', '襄阳市', ['襄阳'], kind='city', find='襄阳')
# Events
ent(D, 'Event', '湖北省第十四届人民代表大会常务委员会第十二次会议', kind='meeting', date='2024-09-26', find='第十二次会议')
# Measures
ent(D, 'Measure', '知识产权保护工作协调机制', kind='action')
ent(D, 'Measure', '知识产权行政执法与刑事司法衔接机制', kind='action')
ent(D, 'Measure', '知识产权民事、行政和刑事案件“三合一”审判机制', ['“三合一”审判机制'], kind='action', find='三合一')
ent(D, 'Measure', '技术调查官制度', kind='action')

rel(D, 'ISSUED', '湖北省人民代表大会常务委员会', 'Institution', '湖北省知识产权保护条例', 'Policy', '第十二次会议通过')
rel(D, 'PARTICIPATED_IN', '湖北省人民代表大会常务委员会', 'Institution', '湖北省第十四届人民代表大会常务委员会第十二次会议', 'Event', '第十二次会议通过')
for law in ['中华人民共和国专利法', '中华人民共和国商标法', '中华人民共和国著作权法']:
    rel(D, 'REFERENCES', '湖北省知识产权保护条例', 'Policy', law, 'Policy', '根据《中华人民共和国专利法》')
for m, find in [('知识产权保护工作协调机制', '协调机制'), ('知识产权行政执法与刑事司法衔接机制', '衔接机制'), ('知识产权民事、行政和刑事案件“三合一”审判机制', '三合一'), ('技术调查官制度', '三合一')]:
    rel(D, 'PART_OF', m, 'Measure', '湖北省知识产权保护条例', 'Policy', find)
for body in ['湖北省知识产权局', '湖北省高级人民法院', '湖北省人民检察院', '湖北省公安厅']:
    rel(D, 'IMPLEMENTS', body, 'Institution', '知识产权行政执法与刑事司法衔接机制', 'Measure', '衔接机制')
rel(D, 'IMPLEMENTS', '湖北省高级人民法院', 'Institution', '知识产权民事、行政和刑事案件“三合一”审判机制', 'Measure', '三合一')
rel(D, 'IMPLEMENTS', '湖北省高级人民法院', 'Institution', '技术调查官制度', 'Measure', '三合一')
rel(D, 'OPERATES', '湖北省知识产权局', 'Institution', '湖北省知识产权公共服务平台', 'Platform', '依托湖北省知识产权公共服务平台')
rel(D, 'COOPERATES_WITH', '湖北省人民政府', 'Institution', '国家知识产权局', 'Institution', '共同推进')
for x, t, find in [('中国（湖北）知识产权保护中心', 'Platform', '中国（湖北）'), ('湖北省知识产权公共服务平台', 'Platform', '依托湖北省'),
                   ('湖北省知识产权局', 'Institution', '湖北省知识产权局负责'), ('湖北省高级人民法院', 'Institution', '会同湖北省高级'),
                   ('湖北省人民检察院', 'Institution', '湖北省人民检察院'), ('湖北省公安厅', 'Institution', '湖北省公安厅'),
                   ('湖北省知识产权保护协会', 'Institution', '湖北省知识产权保护协会'), ('湖北省人民代表大会常务委员会', 'Institution', '第十二次会议通过'),
                   ('湖北省第十四届人民代表大会常务委员会第十二次会议', 'Event', '第十二次会议通过'),
                   ('湖北省人民政府', 'Institution', '省人民政府支持'), ('湖北省市场监督管理局', 'Institution', '省市场监督管理局'),
                   ('湖北省版权局', 'Institution', '省版权局'), ('湖北省农业农村厅', 'Institution', '省农业农村厅'), ('湖北省林业局', 'Institution', '省林业局')]:
    rel(D, 'LOCATED_IN', x, t, '湖北省', 'Region', find)
rel(D, 'LOCATED_IN', '中国（襄阳）知识产权保护中心', 'Platform', '襄阳市', 'Region', '中国（襄阳）')
rel(D, 'LOCATED_IN', '武汉海关', 'Institution', '武汉市', 'Region', '武汉海关')
rel(D, 'LOCATED_IN', '武汉知识产权法庭', 'Institution', '武汉市', 'Region', '武汉知识产权法庭')

qa('ho-1', D, 'who_issued', '湖北省知识产权保护条例', ['湖北省人民代表大会常务委员会', '湖北省第十四届人民代表大会常务委员会'],
   '《湖北省知识产权保护条例》由哪个机关通过？', 'Which body adopted the Hubei IP Protection Regulation?', '第十二次会议通过')
qa('ho-2', D, 'who_implements', '知识产权行政执法与刑事司法衔接机制', ['湖北省知识产权局', '湖北省高级人民法院', '湖北省人民检察院', '湖北省公安厅'],
   '哪些机构共同建立知识产权行政执法与刑事司法衔接机制？', 'Which bodies set up the link between administrative enforcement and criminal justice?', '衔接机制')
qa('ho-3', D, 'who_implements', '技术调查官制度', ['湖北省高级人民法院'],
   '谁负责完善技术调查官制度？', 'Who improves the technical investigator system?', '三合一')
qa('ho-4', D, 'located_in', '中国（襄阳）知识产权保护中心', ['襄阳市', '襄阳'],
   '中国（襄阳）知识产权保护中心位于哪里？', 'Where is the China (Xiangyang) IP Protection Center?', '中国（襄阳）')
qa('ho-5', D, 'part_of', '技术调查官制度', ['湖北省知识产权保护条例'],
   '技术调查官制度出自哪部法规？', 'Which regulation provides for the technical investigator system?', '三合一')
qa('ho-6', D, 'cooperates', '湖北省人民政府', ['国家知识产权局'],
   '湖北省人民政府与哪个机构共同推进知识产权强省建设？', 'With which body does the Hubei government build a strong IP province?', '共同推进')
qa('ho-7', D, 'platforms_of', '湖北省知识产权局', ['湖北省知识产权公共服务平台'],
   '湖北省知识产权局依托哪个平台提供公益服务？', 'Through which platform does the Hubei IP office offer public services?', '依托湖北省知识产权公共服务平台')
qa('ho-8', D, 'events', '湖北省人民代表大会常务委员会', ['湖北省第十四届人民代表大会常务委员会第十二次会议'],
   '湖北省人大常委会在哪次会议上通过了知识产权保护条例？', 'At which session did the Hubei standing committee adopt the regulation?', '第十二次会议通过')
qa('ho-9', D, 'search', None, ['专利快速预审', '快速维权'],
   '湖北的知识产权保护中心提供哪些快速服务？', 'Which fast services do the Hubei IP protection centres offer?', '专利快速预审')
