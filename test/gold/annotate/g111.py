from lib import *
# A provincial IP promotion-and-protection regulation (written for this project), annotated to CONVENTIONS v2.
D = '111_henan_ip_regulation.txt'
REG = '河南省知识产权促进和保护条例'
NPC = '河南省第十四届人民代表大会常务委员会'
SESSION = '河南省第十四届人民代表大会常务委员会第十五次会议'
IPO = '县级以上人民政府负责知识产权工作的部门'   # defined in 第五条 as 知识产权主管部门
PROV_IPO = '河南省知识产权主管部门'
COPYRIGHT = '县级以上著作权主管部门'
GOV = '县级以上人民政府'
PROV_GOV = '河南省人民政府'

# Policies
ent(D, 'Policy', REG, kind='regulation', year=2025, find=REG)
for law in ['中华人民共和国专利法', '中华人民共和国商标法', '中华人民共和国著作权法', '中华人民共和国反不正当竞争法']:
    ent(D, 'Policy', law, [f'《{law}》'], kind='law')
ent(D, 'Policy', '河南省专利保护条例', ['《河南省专利保护条例》'], kind='regulation')
ent(D, 'Policy', '国家知识产权服务业集聚发展区', kind='pilot')
ent(D, 'Policy', '河南省高层次人才引进计划', kind='programme')

# Institutions: the adopting committee, roles as written (县级以上…), roles with a level scoped to Henan,
# department lists split with the tail word restored, named bodies.
ent(D, 'Institution', NPC, ['河南省人民代表大会常务委员会'], kind='government', find='第十五次会议通过')
ent(D, 'Institution', GOV, kind='government', find='第四条')
ent(D, 'Institution', '乡镇人民政府', kind='government')
ent(D, 'Institution', '街道办事处', kind='government')
ent(D, 'Institution', IPO, ['知识产权主管部门', '展会所在地知识产权主管部门'], kind='government', find='以下简称知识产权主管部门')
ent(D, 'Institution', COPYRIGHT, ['著作权主管部门'], kind='government', find='县级以上著作权主管部门负责')
ent(D, 'Institution', '县级以上农业农村主管部门', ['县级以上农业农村、林业主管部门'], kind='government', find='县级以上农业农村、林业主管部门')
ent(D, 'Institution', '县级以上林业主管部门', kind='government', find='县级以上农业农村、林业主管部门')
LIST = '发展改革、教育、科技、工业和信息化、公安'
for dept in ['发展改革部门', '教育部门', '工业和信息化部门', '财政部门', '人力资源社会保障部门', '商务部门', '文化和旅游部门']:
    ent(D, 'Institution', dept, kind='government', find=LIST)
ent(D, 'Institution', '科技部门', ['科技主管部门'], kind='government', find=LIST)
ent(D, 'Institution', '司法行政部门', kind='government', find=LIST)
ent(D, 'Institution', '公安机关', ['公安部门'], kind='government', find='会同公安机关')
ent(D, 'Institution', PROV_GOV, ['省人民政府'], kind='government', find='第六条')
ent(D, 'Institution', PROV_IPO, ['省知识产权主管部门'], kind='government', find='第十二条')
ent(D, 'Institution', '河南省农业农村部门', ['省农业农村部门'], kind='government', find='省农业农村、商务等部门')
ent(D, 'Institution', '河南省商务部门', ['省商务部门'], kind='government', find='省农业农村、商务等部门')
ent(D, 'Institution', '河南省财政部门', ['省财政部门'], kind='government', find='省财政部门')
ent(D, 'Institution', '地方金融管理部门', kind='government')
ent(D, 'Institution', '中国人民银行河南省分行', kind='government')
ent(D, 'Institution', '国家金融监督管理总局河南监管局', kind='government')
ent(D, 'Institution', '通信管理部门', kind='government')
ent(D, 'Institution', '人民检察院', kind='judicial', find='与公安机关、人民检察院')
ent(D, 'Institution', '人民法院', kind='judicial', find='第二十八条')
ent(D, 'Institution', '海关', kind='government', find='第二十九条')
ent(D, 'Institution', '知识产权服务行业协会', kind='association')

# Platforms
ent(D, 'Platform', '知识产权保护中心', kind='service centre', find='支持知识产权保护中心')
ent(D, 'Platform', '快速维权中心', kind='service centre', find='支持知识产权保护中心')
ent(D, 'Platform', '中国（河南）知识产权保护中心', kind='service centre')
ent(D, 'Platform', '中国（洛阳）知识产权保护中心', kind='service centre')
ent(D, 'Platform', '河南省知识产权运营交易平台', kind='platform')
ent(D, 'Platform', '河南省公共信用信息平台', kind='online service')
ent(D, 'Platform', '海外知识产权纠纷应对指导工作站', kind='station')
ent(D, 'Platform', '河南省知识产权公共服务平台', kind='online service')
ent(D, 'Platform', '知识产权信息公共服务网点', kind='station')

# Regions
ent(D, 'Region', '河南省', ['本省', '河南'], kind='province', find='河南省第十四届')
ent(D, 'Region', '洛阳市', ['洛阳'], kind='city', find='中国（洛阳）')
ent(D, 'Region', '郑州市', kind='city')

# Events: the adopting session, entry into force, the repeal.
ent(D, 'Event', SESSION, kind='meeting', date='2025-03-28', find='第十五次会议通过')
ent(D, 'Event', f'{REG}施行', kind='launch', date='2025-07-01', find='起施行')
ent(D, 'Event', '河南省专利保护条例废止', kind='other', date='2025-07-01', find='同时废止')

# Measures: every arrangement or named duty an article sets, named without its verb (verb form as alias);
# implementers are the clause's subjects. Remits (负责…的管理和保护工作) and vague intentions (加强宣传) are not measures.
M = []
def measure(name, aliases, find, *bodies):
    ent(D, 'Measure', name, aliases, find=find)
    M.append((name, find, bodies))
measure('知识产权工作协调机制', ['建立健全知识产权工作协调机制'], '知识产权工作协调机制', GOV)
measure('知识产权工作考核', ['对设区的市、县级人民政府及其有关部门的知识产权工作进行考核'], '进行考核', PROV_GOV)
measure('表彰和奖励', [], '给予表彰和奖励')
measure('以质量和效益为导向的知识产权激励机制', [], '以质量和效益为导向', GOV)
measure('科技计划项目知识产权管理', ['在科技计划项目立项、实施和验收中加强知识产权管理'], '科技计划项目立项', '科技部门')
measure('高价值专利培育工程', ['实施高价值专利培育工程'], '高价值专利培育工程', IPO)
measure('重点产业专利导航工作机制', ['建立重点产业专利导航工作机制'], '专利导航工作机制', PROV_IPO)
measure('地理标志产品保护名录', ['建立地理标志产品保护名录'], '地理标志产品保护名录', PROV_IPO)
measure('知识产权管理制度', ['建立知识产权管理制度'], '鼓励企业建立知识产权管理制度')
measure('发明人、设计人奖励和报酬', ['对发明人、设计人给予奖励和报酬'], '职务发明创造的权利归属')
measure('知识产权转化运用激励机制', [], '知识产权转化运用激励机制', GOV)
measure('存量专利盘活工作', ['开展存量专利盘活工作'], '存量专利盘活工作')
measure('知识产权运营资金', ['设立知识产权运营资金'], '知识产权运营资金', PROV_GOV)
measure('知识产权质押融资', ['推动知识产权质押融资'], '应当推动知识产权质押融资', GOV)
measure('知识产权质押融资风险补偿机制', [], '风险补偿机制', GOV)
measure('知识产权保险', ['知识产权保险业务'], '知识产权保险业务')
measure('知识产权金融服务工作机制', [], '知识产权金融服务工作机制', '地方金融管理部门')
measure('知识产权评议', ['开展知识产权评议'], '知识产权评议', PROV_GOV)
measure('知识产权快速协同保护机制', [], '快速协同保护机制', GOV)
measure('快速预审、快速确权、快速维权服务', ['为创新主体提供快速预审、快速确权、快速维权服务'], '快速确权', GOV)
measure('专利预审、专利侵权纠纷快速处理和维权援助等工作', [], '专利侵权纠纷快速处理', PROV_IPO)
measure('专利侵权纠纷处理', ['处理专利侵权纠纷'], '依法处理专利侵权纠纷', IPO)
measure('假冒专利、商标侵权等违法行为查处', ['查处假冒专利、商标侵权等违法行为'], '查处假冒专利', IPO)
measure('有重大影响的专利侵权纠纷行政裁决', ['开展行政裁决'], '开展行政裁决', PROV_IPO)
measure('打击网络侵权盗版专项行动', ['开展打击网络侵权盗版专项行动'], '打击网络侵权盗版专项行动', COPYRIGHT)
# X、Y应当与Z、W建立…: X and Y are a joint subject, Z and W partners.
measure('知识产权行政执法与刑事司法衔接机制', [], '衔接机制', IPO, COPYRIGHT)
measure('案件移送、信息通报和证据互认制度', ['完善案件移送、信息通报和证据互认制度'], '证据互认制度', IPO, COPYRIGHT)
measure('侵犯知识产权犯罪打击', ['打击侵犯知识产权犯罪'], '打击侵犯知识产权犯罪', '公安机关')
measure('知识产权民事、刑事、行政案件审判“三合一”', ['推进知识产权民事、刑事、行政案件审判“三合一”'], '三合一', '人民法院')
measure('技术调查官制度', ['完善技术调查官制度'], '技术调查官制度', '人民法院')
measure('惩罚性赔偿', ['依法适用惩罚性赔偿'], '惩罚性赔偿', '人民法院')
measure('知识产权领域法律监督', ['履行知识产权领域法律监督职责'], '法律监督职责', '人民检察院')
measure('知识产权公益诉讼', ['探索开展知识产权公益诉讼'], '知识产权公益诉讼', '人民检察院')
measure('侵犯知识产权的进出口货物查处', ['依法查处侵犯知识产权的进出口货物'], '进出口货物', '海关')
measure('知识产权纠纷多元化解机制', ['健全知识产权纠纷多元化解机制'], '多元化解机制', GOV)
measure('知识产权纠纷调解和仲裁', [], '开展知识产权纠纷调解和仲裁')
measure('知识产权纠纷诉调对接', ['推进知识产权纠纷诉调对接'], '诉调对接', IPO)
measure('知识产权信用评价制度', ['建立知识产权信用评价制度'], '知识产权信用评价制度', IPO)
measure('海外知识产权纠纷应对指导机制', [], '海外知识产权纠纷应对指导机制', PROV_IPO)
measure('海外知识产权风险预警和维权援助', ['为企业提供海外知识产权风险预警和维权援助'], '海外知识产权风险预警', PROV_IPO)
measure('展会知识产权保护机制', ['建立展会知识产权保护机制'], '展会知识产权保护机制')
measure('知识产权信息检索、分析等公益性服务', ['为社会公众提供知识产权信息检索、分析等公益性服务'], '公益性服务', PROV_IPO)
measure('知识产权代理机构的监督管理', ['加强对知识产权代理机构的监督管理'], '知识产权代理机构的监督管理', IPO)
measure('无资质专利代理、商标恶意注册代理等违法行为查处', ['查处无资质专利代理、商标恶意注册代理等违法行为'], '无资质专利代理', IPO)
measure('知识产权服务行业信用监管', ['推进知识产权服务行业信用监管'], '服务行业信用监管', IPO)
measure('从业人员培训', ['开展从业人员培训'], '开展从业人员培训', '知识产权服务行业协会')
measure('知识产权人才队伍建设', ['加强知识产权人才队伍建设'], '人才队伍建设', PROV_GOV)
measure('严重违法失信名单', ['列入严重违法失信名单'], '严重违法失信名单', IPO)

rel(D, 'ISSUED', NPC, 'Institution', REG, 'Policy', '第十五次会议通过')
rel(D, 'PARTICIPATED_IN', NPC, 'Institution', SESSION, 'Event', '第十五次会议通过')
for law in ['中华人民共和国专利法', '中华人民共和国商标法', '中华人民共和国著作权法', '中华人民共和国反不正当竞争法']:
    rel(D, 'REFERENCES', REG, 'Policy', law, 'Policy', '第一条')
rel(D, 'REFERENCES', REG, 'Policy', '河南省专利保护条例', 'Policy', '同时废止')
for name, find, bodies in M:
    rel(D, 'PART_OF', name, 'Measure', REG, 'Policy', find)
    for body in bodies:
        rel(D, 'IMPLEMENTS', body, 'Institution', name, 'Measure', find)
rel(D, 'IMPLEMENTS', PROV_GOV, 'Institution', '河南省高层次人才引进计划', 'Policy', '人才队伍建设')
# 会同 / 与 partners (v2 COOPERATES_WITH).
for partner in ['河南省农业农村部门', '河南省商务部门']:
    rel(D, 'COOPERATES_WITH', PROV_IPO, 'Institution', partner, 'Institution', '地理标志产品保护名录')
rel(D, 'COOPERATES_WITH', PROV_IPO, 'Institution', '河南省财政部门', 'Institution', '省财政部门')
for partner in ['中国人民银行河南省分行', '国家金融监督管理总局河南监管局']:
    rel(D, 'COOPERATES_WITH', '地方金融管理部门', 'Institution', partner, 'Institution', '知识产权金融服务工作机制')
for partner in ['公安机关', '通信管理部门']:
    rel(D, 'COOPERATES_WITH', COPYRIGHT, 'Institution', partner, 'Institution', '打击网络侵权盗版专项行动')
for body, partner in [(IPO, '公安机关'), (IPO, '人民检察院'), (COPYRIGHT, '人民检察院')]:   # 著作权主管部门–公安机关 is stated above
    rel(D, 'COOPERATES_WITH', body, 'Institution', partner, 'Institution', '衔接机制')
rel(D, 'COOPERATES_WITH', IPO, 'Institution', '司法行政部门', 'Institution', '诉调对接')
# Platforms a body builds, sets up or relies on (v2 OPERATES); 支持/推动…建设 is not building.
for platform, find in [('中国（河南）知识产权保护中心', '依托中国（河南）'), ('中国（洛阳）知识产权保护中心', '依托中国（河南）'),
                       ('河南省知识产权运营交易平台', '省财政部门'), ('海外知识产权纠纷应对指导工作站', '应对指导工作站'),
                       ('河南省知识产权公共服务平台', '建设河南省知识产权公共服务平台')]:
    rel(D, 'OPERATES', PROV_IPO, 'Institution', platform, 'Platform', find)
for x, t, find in [(NPC, 'Institution', '第十五次会议通过'), (SESSION, 'Event', '第十五次会议通过'), (PROV_GOV, 'Institution', '第六条'),
                   (PROV_IPO, 'Institution', '第十二条'), ('河南省农业农村部门', 'Institution', '省农业农村、商务等部门'),
                   ('河南省商务部门', 'Institution', '省农业农村、商务等部门'), ('河南省财政部门', 'Institution', '省财政部门'),
                   ('中国人民银行河南省分行', 'Institution', '中国人民银行河南省分行'), ('国家金融监督管理总局河南监管局', 'Institution', '河南监管局'),
                   ('中国（河南）知识产权保护中心', 'Platform', '依托中国（河南）'), ('河南省知识产权运营交易平台', 'Platform', '省财政部门'),
                   ('河南省公共信用信息平台', 'Platform', '河南省公共信用信息平台'), ('河南省知识产权公共服务平台', 'Platform', '建设河南省知识产权公共服务平台')]:
    rel(D, 'LOCATED_IN', x, t, '河南省', 'Region', find)
rel(D, 'LOCATED_IN', '中国（洛阳）知识产权保护中心', 'Platform', '洛阳市', 'Region', '依托中国（河南）')

qa('he-1', D, 'who_issued', REG, [NPC, '河南省人民代表大会常务委员会'], '《河南省知识产权促进和保护条例》由哪个机关通过？',
   'Which body adopted the Henan IP promotion and protection regulation?', '第十五次会议通过')
qa('he-2', D, 'who_implements', '海外知识产权纠纷应对指导机制', [PROV_IPO, '省知识产权主管部门'], '河南省由谁建立海外知识产权纠纷应对指导机制？',
   'Who sets up the overseas IP dispute guidance mechanism in Henan?', '海外知识产权纠纷应对指导机制')
qa('he-3', D, 'platforms_of', PROV_IPO, ['中国（河南）知识产权保护中心', '中国（洛阳）知识产权保护中心', '河南省知识产权运营交易平台', '海外知识产权纠纷应对指导工作站', '河南省知识产权公共服务平台'],
   '河南省知识产权主管部门建设或依托哪些平台？', 'Which platforms does the Henan IP authority build or rely on?', '依托中国（河南）')
qa('he-4', D, 'cooperates', '地方金融管理部门', ['中国人民银行河南省分行', '国家金融监督管理总局河南监管局'], '地方金融管理部门会同哪些机构建立知识产权金融服务工作机制？',
   'With which bodies does the local financial regulator build the IP finance mechanism?', '知识产权金融服务工作机制')
qa('he-5', D, 'who_implements', '知识产权公益诉讼', ['人民检察院'], '河南省条例规定由谁探索开展知识产权公益诉讼？',
   'Who is to explore IP public-interest litigation under the Henan regulation?', '知识产权公益诉讼')
qa('he-6', D, 'events', f'{REG}施行', ['2025-07-01', '2025年7月1日'], '《河南省知识产权促进和保护条例》何时施行？',
   'When does the Henan regulation take effect?', '起施行')
qa('he-7', D, 'part_of', '知识产权行政执法与刑事司法衔接机制', [REG], '知识产权行政执法与刑事司法衔接机制出自河南省哪部法规？',
   'Which Henan regulation provides for the enforcement–justice link?', '衔接机制')
