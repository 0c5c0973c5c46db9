from lib import *
# A provincial data-IP registration regulation (written for this project), annotated to CONVENTIONS v2.
D = '112_guizhou_data_ip_regulation.txt'
REG = '贵州省数据知识产权登记和保护条例'
NPC = '贵州省第十四届人民代表大会常务委员会'
SESSION = '贵州省第十四届人民代表大会常务委员会第十六次会议'
PROV_IPO = '贵州省知识产权主管部门'
PROV_GOV = '贵州省人民政府'
EXCHANGE = '贵阳大数据交易所'

ent(D, 'Policy', REG, kind='regulation', year=2025, find=REG)
LAWS = ['中华人民共和国民法典', '中华人民共和国数据安全法', '中华人民共和国个人信息保护法', '中华人民共和国反不正当竞争法']
for law in LAWS:
    ent(D, 'Policy', law, [f'《{law}》'], kind='law')
ent(D, 'Policy', '数据知识产权登记规则', kind='regulation')
ent(D, 'Policy', '数据知识产权价值评估指引', kind='standard')

ent(D, 'Institution', NPC, ['贵州省人民代表大会常务委员会'], kind='government', find='第十六次会议通过')
ent(D, 'Institution', PROV_GOV, ['省人民政府'], kind='government', find='第三条')
# 市州和县级人民政府: two bodies, the shared tail restored.
ent(D, 'Institution', '市州人民政府', kind='government', find='市州和县级人民政府')
ent(D, 'Institution', '县级人民政府', kind='government', find='市州和县级人民政府')
ent(D, 'Institution', PROV_IPO, ['省人民政府知识产权主管部门', '省知识产权主管部门'], kind='government', find='以下简称省知识产权主管部门')
ent(D, 'Institution', '市州知识产权主管部门', kind='government')
LIST = '大数据、网信、发展改革、科技'
for dept in ['大数据部门', '网信部门', '发展改革部门', '科技部门', '工业和信息化部门', '商务部门', '司法行政部门']:
    ent(D, 'Institution', dept, kind='government', find=LIST)
ent(D, 'Institution', '市场监督管理部门', kind='government', find=LIST)
ent(D, 'Institution', '公安机关', ['公安部门'], kind='government', find='第十八条')
ent(D, 'Institution', '县级以上人民政府', kind='government', find='第十一条')
ent(D, 'Institution', '贵州省大数据主管部门', ['省大数据主管部门'], kind='government', find='省大数据主管部门、省地方金融管理部门')
ent(D, 'Institution', '贵州省地方金融管理部门', ['省地方金融管理部门'], kind='government', find='省地方金融管理部门')
ent(D, 'Institution', '贵州省网信部门', ['省网信部门'], kind='government', find='省网信部门')
ent(D, 'Institution', EXCHANGE, kind='enterprise')
ent(D, 'Institution', '知识产权主管部门', kind='government', find='第十七条')
ent(D, 'Institution', '人民法院', kind='judicial', find='第十九条')
ent(D, 'Institution', '贵州省高级人民法院', ['省高级人民法院'], kind='judicial', find='省高级人民法院')
ent(D, 'Institution', '国家知识产权局', kind='government')

ent(D, 'Platform', '全省统一的数据知识产权登记平台', ['数据知识产权登记平台', '登记平台'], kind='online service', find='全省统一的数据知识产权登记平台')
ent(D, 'Platform', '贵州省一体化政务服务平台', kind='online service')
ent(D, 'Platform', '中国（贵州）知识产权保护中心', kind='service centre')
ent(D, 'Platform', '数据知识产权服务工作站', kind='station')

ent(D, 'Region', '贵州省', ['本省', '全省', '贵州'], kind='province', find='贵州省第十四届')
ent(D, 'Region', '贵阳市', ['贵阳'], kind='city', find='在贵阳市、遵义市')
ent(D, 'Region', '遵义市', kind='city')
ent(D, 'Region', '贵安新区', ['贵州贵安新区'], kind='zone', find='贵州贵安新区')

ent(D, 'Event', SESSION, kind='meeting', date='2025-05-29', find='第十六次会议通过')
ent(D, 'Event', f'{REG}公布', ['贵州省第十四届人民代表大会常务委员会公告第21号'], kind='launch', date='2025-05-29', find='公告第21号公布')
ent(D, 'Event', f'{REG}施行', kind='launch', date='2025-09-01', find='本条例自2025年9月1日起施行')

M = []
def measure(name, aliases, find, *bodies):
    ent(D, 'Measure', name, aliases, find=find)
    M.append((name, find, bodies))
measure('数据知识产权工作协调机制', ['建立数据知识产权工作协调机制'], '数据知识产权工作协调机制', PROV_GOV)
# The registration the regulation creates is a named duty of the provincial authority, not a mere remit.
measure('数据知识产权登记', ['负责全省数据知识产权登记的组织实施和监督管理'], '以下简称省知识产权主管部门', PROV_IPO)
measure('登记申请形式审查', ['对登记申请进行形式审查'], '形式审查', PROV_IPO)
measure('数据知识产权登记撤销', ['依法撤销登记', '撤销登记'], '依法撤销登记', PROV_IPO)
measure('数据知识产权质押融资服务机制', [], '质押融资服务机制', PROV_IPO)
measure('数据知识产权质押融资', [], '推动金融机构开展数据知识产权质押融资')
measure('数据知识产权证券化', ['证券化'], '推动金融机构开展数据知识产权质押融资')
measure('数据知识产权登记证书核验机制', [], '核验机制', EXCHANGE)
measure('优先挂牌交易服务', ['对持有登记证书的数据产品提供优先挂牌交易服务'], '优先挂牌交易服务', EXCHANGE)
measure('数据知识产权运营', ['开展数据知识产权运营'], '开展数据知识产权运营')
measure('数据知识产权保护协作机制', [], '保护协作机制', PROV_IPO)
measure('数据知识产权侵权风险监测预警', ['开展数据知识产权侵权风险监测预警'], '侵权风险监测预警', PROV_IPO)
measure('数据知识产权侵权纠纷处理', ['处理数据知识产权侵权纠纷'], '依法处理数据知识产权侵权纠纷', '知识产权主管部门')
measure('涉及数据的不正当竞争行为查处', [], '涉及数据的不正当竞争行为', '市场监督管理部门')
measure('侵犯商业秘密、非法获取计算机信息系统数据等违法犯罪行为打击', ['打击侵犯商业秘密、非法获取计算机信息系统数据等违法犯罪行为'], '侵犯商业秘密', '公安机关')
measure('数据知识产权案件审判指导', ['加强数据知识产权案件审判指导'], '审判指导', '贵州省高级人民法院')
measure('数据知识产权侵权纠纷快速处理、维权援助等服务', [], '侵权纠纷快速处理', PROV_IPO)
measure('数据知识产权内部管理制度', ['建立数据知识产权内部管理制度'], '内部管理制度')
measure('数据知识产权登记信用管理制度', ['建立数据知识产权登记信用管理制度'], '登记信用管理制度', PROV_IPO)
measure('信用惩戒', ['依法实施信用惩戒'], '信用惩戒', PROV_IPO)
measure('登记咨询、合规指导等服务', ['为中小企业提供登记咨询、合规指导等服务'], '登记咨询', PROV_IPO)
measure('数据知识产权登记证书跨区域互认', ['推动数据知识产权登记证书跨区域互认'], '跨区域互认', PROV_IPO)

rel(D, 'ISSUED', NPC, 'Institution', REG, 'Policy', '第十六次会议通过')
rel(D, 'PARTICIPATED_IN', NPC, 'Institution', SESSION, 'Event', '第十六次会议通过')
rel(D, 'PARTICIPATED_IN', NPC, 'Institution', f'{REG}公布', 'Event', '公告第21号公布')
for law in LAWS:
    rel(D, 'REFERENCES', REG, 'Policy', law, 'Policy', '第一条')
for name, find, bodies in M:
    rel(D, 'PART_OF', name, 'Measure', REG, 'Policy', find)
    for body in bodies:
        rel(D, 'IMPLEMENTS', body, 'Institution', name, 'Measure', find)
rel(D, 'ISSUED', PROV_IPO, 'Institution', '数据知识产权登记规则', 'Policy', '数据知识产权登记规则')
rel(D, 'ISSUED', PROV_IPO, 'Institution', '数据知识产权价值评估指引', 'Policy', '价值评估指引')
for partner in ['贵州省大数据主管部门', '贵州省地方金融管理部门']:
    rel(D, 'COOPERATES_WITH', PROV_IPO, 'Institution', partner, 'Institution', '质押融资服务机制')
rel(D, 'COOPERATES_WITH', PROV_IPO, 'Institution', '贵州省网信部门', 'Institution', '保护协作机制')   # 大数据主管部门 is stated above
rel(D, 'COOPERATES_WITH', PROV_IPO, 'Institution', '国家知识产权局', 'Institution', '跨区域互认')
rel(D, 'OPERATES', PROV_IPO, 'Institution', '全省统一的数据知识产权登记平台', 'Platform', '全省统一的数据知识产权登记平台')
rel(D, 'OPERATES', PROV_IPO, 'Institution', '中国（贵州）知识产权保护中心', 'Platform', '依托中国（贵州）')
rel(D, 'OPERATES', PROV_IPO, 'Institution', '数据知识产权服务工作站', 'Platform', '数据知识产权服务工作站')
for x, t, find in [(NPC, 'Institution', '第十六次会议通过'), (SESSION, 'Event', '第十六次会议通过'), (PROV_GOV, 'Institution', '第三条'),
                   (PROV_IPO, 'Institution', '以下简称省知识产权主管部门'), ('贵州省大数据主管部门', 'Institution', '省大数据主管部门、省地方金融管理部门'),
                   ('贵州省地方金融管理部门', 'Institution', '省地方金融管理部门'), ('贵州省网信部门', 'Institution', '省网信部门'),
                   ('贵州省高级人民法院', 'Institution', '省高级人民法院'), ('全省统一的数据知识产权登记平台', 'Platform', '全省统一的数据知识产权登记平台'),
                   ('贵州省一体化政务服务平台', 'Platform', '贵州省一体化政务服务平台'), ('中国（贵州）知识产权保护中心', 'Platform', '依托中国（贵州）')]:
    rel(D, 'LOCATED_IN', x, t, '贵州省', 'Region', find)
rel(D, 'LOCATED_IN', EXCHANGE, 'Institution', '贵阳市', 'Region', '核验机制')
for city in ['贵阳市', '遵义市']:
    rel(D, 'LOCATED_IN', '数据知识产权服务工作站', 'Platform', city, 'Region', '数据知识产权服务工作站')
rel(D, 'PART_OF', '贵安新区', 'Region', '贵州省', 'Region', '贵州贵安新区')

qa('he-8', D, 'who_issued', REG, [NPC, '贵州省人民代表大会常务委员会'], '《贵州省数据知识产权登记和保护条例》由哪个机关通过？',
   'Which body adopted the Guizhou data IP regulation?', '第十六次会议通过')
qa('he-9', D, 'platforms_of', PROV_IPO, ['全省统一的数据知识产权登记平台', '数据知识产权登记平台', '中国（贵州）知识产权保护中心', '数据知识产权服务工作站'],
   '贵州省知识产权主管部门建设或依托哪些平台？', 'Which platforms does the Guizhou IP authority build or rely on?', '全省统一的数据知识产权登记平台')
qa('he-10', D, 'who_implements', '数据知识产权登记证书核验机制', [EXCHANGE], '谁应当建立数据知识产权登记证书核验机制？',
   'Who must set up the data IP certificate verification mechanism?', '核验机制')
qa('he-11', D, 'cooperates', PROV_IPO, ['贵州省大数据主管部门', '贵州省地方金融管理部门', '贵州省网信部门', '国家知识产权局'],
   '贵州省知识产权主管部门与哪些机构协作推进数据知识产权工作？', 'With which bodies does the Guizhou IP authority work on data IP?', '保护协作机制')
qa('he-12', D, 'located_in', '数据知识产权服务工作站', ['贵阳市', '遵义市'], '贵州省在哪些地方设立数据知识产权服务工作站？',
   'Where does Guizhou set up data IP service stations?', '数据知识产权服务工作站')
qa('he-13', D, 'search', None, ['十个工作日'], '数据知识产权登记的公示期是多长？', 'How long is the publicity period for data IP registration?', '公示期为十个工作日')
