from lib import *
# Fifteen independent news briefs (written for this project) from different places, one or two sentences each,
# dated by the heading (2025年5月): documents issued, court judgments, agreements signed with foreign and regional
# counterparts, a platform launched, meetings held, figures reported.
D = '119_news_briefs.txt'

def inst(name, kind, find=None, aliases=()):
    ent(D, 'Institution', name, list(aliases), kind=kind, find=find)
def region(name, kind, find=None, aliases=()):
    ent(D, 'Region', name, list(aliases), kind=kind, find=find)
def located(x, t, r, find):
    rel(D, 'LOCATED_IN', x, t, r, 'Region', find)
def outcome(indicator, value, unit, find, subject, period='2025', kind='actual', figure=None):
    name = f'{indicator}：{figure or value + unit}（{period}{"年" if period.isdigit() else ""}）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period=period, subject=subject, find=find)
    return name
def signed(bodies, find):
    """Every pair of signatories or co-hosts cooperates (v2: annotated once, either direction)."""
    for i, a in enumerate(bodies):
        for b in bodies[i + 1:]:
            rel(D, 'COOPERATES_WITH', a, 'Institution', b, 'Institution', find)

# 1. Yunnan: two bodies issue a 办法 jointly (v2: joint issuers each ISSUED; 联合 -> COOPERATES_WITH).
YN_RULES = '云南省专利转化运用奖补资金管理办法'
inst('云南省市场监督管理局', 'government')
inst('云南省财政厅', 'government')
region('云南省', 'province', find='云南省市场监督管理局')
ent(D, 'Policy', YN_RULES, [f'《{YN_RULES}》'], kind='regulation')
for body in ['云南省市场监督管理局', '云南省财政厅']:
    rel(D, 'ISSUED', body, 'Institution', YN_RULES, 'Policy', YN_RULES)
    located(body, 'Institution', '云南省', YN_RULES)
signed(['云南省市场监督管理局', '云南省财政厅'], YN_RULES)

# 2. Guangxi and Viet Nam sign a memorandum in Nanning; 双方将建立… makes both implement the mechanism.
GX = '广西壮族自治区市场监督管理局'
VN = '越南国家知识产权局'
GX_MOU = '中越边境地区商标保护合作备忘录'
GX_SIGNING = f'{GX}与{VN}签署《{GX_MOU}》'
inst(GX, 'government')
inst(VN, 'government')
region('广西壮族自治区', 'province', find=GX)
region('越南', 'country', find=VN)
region('南宁', 'city')
ent(D, 'Policy', GX_MOU, [f'《{GX_MOU}》'], kind='agreement')
ent(D, 'Event', GX_SIGNING, kind='signing', date='2025-05-08', find=GX_MOU)
ent(D, 'Measure', '商标侵权案件协查机制', ['建立商标侵权案件协查机制'], kind='action')
for body in [GX, VN]:
    rel(D, 'ISSUED', body, 'Institution', GX_MOU, 'Policy', GX_MOU)
    rel(D, 'PARTICIPATED_IN', body, 'Institution', GX_SIGNING, 'Event', GX_MOU)
    rel(D, 'IMPLEMENTS', body, 'Institution', '商标侵权案件协查机制', 'Measure', GX_MOU)
signed([GX, VN], GX_MOU)
located(GX_SIGNING, 'Event', '南宁', GX_MOU)
located(GX, 'Institution', '广西壮族自治区', GX_MOU)
located(VN, 'Institution', '越南', GX_MOU)

# 3. A Chongqing court's first-instance judgment (v2: an event named who + what).
CQ = '重庆市第一中级人民法院'
CQ_CASE = f'{CQ}一审判决新能源汽车电池管理系统发明专利侵权纠纷案'
inst(CQ, 'judicial')
region('重庆市', 'city', find=CQ)
ent(D, 'Event', CQ_CASE, ['新能源汽车电池管理系统发明专利侵权纠纷案'], kind='case', date='2025-05-09', find='电池管理系统')
cq_damages = outcome('判赔经济损失及合理开支', '2100', '万元', '共计2100万元', CQ)
rel(D, 'PARTICIPATED_IN', CQ, 'Institution', CQ_CASE, 'Event', '电池管理系统')
rel(D, 'PRODUCED', CQ_CASE, 'Event', cq_damages, 'Outcome', '共计2100万元')
located(CQ, 'Institution', '重庆市', '电池管理系统')

# 4. Shanghai and Hong Kong co-host an exchange meeting (共同主办 -> both take part and cooperate).
SH = '上海市知识产权局'
HK = '香港特别行政区政府知识产权署'
SH_MEETING = '2025沪港知识产权交流会'
inst(SH, 'government')
inst(HK, 'government')
region('上海市', 'city', find=SH, aliases=['上海'])
region('香港特别行政区', 'province', find=HK)
ent(D, 'Event', SH_MEETING, kind='meeting', date='2025-05-12')
sh_deals = outcome('达成知识产权服务合作意向项目', '32', '个', '合作意向项目32个', SH_MEETING)
for body in [SH, HK]:
    rel(D, 'PARTICIPATED_IN', body, 'Institution', SH_MEETING, 'Event', SH_MEETING)
signed([SH, HK], SH_MEETING)
rel(D, 'PRODUCED', SH_MEETING, 'Event', sh_deals, 'Outcome', '合作意向项目32个')
located(SH_MEETING, 'Event', '上海市', SH_MEETING)
located(SH, 'Institution', '上海市', SH_MEETING)
located(HK, 'Institution', '香港特别行政区', SH_MEETING)

# 5. 黑龙江、辽宁两省和内蒙古自治区知识产权局: a list split, the shared tail word restored (v2).
HLJ, LN, NMG = '黑龙江省知识产权局', '辽宁省知识产权局', '内蒙古自治区知识产权局'
NE_AGREEMENT = '东北地区知识产权行政执法协作协议'
NE_SIGNING = f'{HLJ}、{LN}和{NMG}签署《{NE_AGREEMENT}》'
for body in [HLJ, LN, NMG]:
    inst(body, 'government', find=NE_AGREEMENT)
region('黑龙江省', 'province', find=NE_AGREEMENT, aliases=['黑龙江'])
region('辽宁省', 'province', find=NE_AGREEMENT, aliases=['辽宁'])
region('内蒙古自治区', 'province', find=NE_AGREEMENT)
region('沈阳', 'city')
ent(D, 'Policy', NE_AGREEMENT, [f'《{NE_AGREEMENT}》'], kind='agreement')
ent(D, 'Event', NE_SIGNING, kind='signing', date='2025-05-13', find=NE_AGREEMENT)
ent(D, 'Measure', '跨区域知识产权执法协作机制', ['建立跨区域知识产权执法协作机制'], kind='action')
for body, r in [(HLJ, '黑龙江省'), (LN, '辽宁省'), (NMG, '内蒙古自治区')]:
    rel(D, 'ISSUED', body, 'Institution', NE_AGREEMENT, 'Policy', NE_AGREEMENT)
    rel(D, 'PARTICIPATED_IN', body, 'Institution', NE_SIGNING, 'Event', NE_AGREEMENT)
    rel(D, 'IMPLEMENTS', body, 'Institution', '跨区域知识产权执法协作机制', 'Measure', NE_AGREEMENT)
    located(body, 'Institution', r, NE_AGREEMENT)
signed([HLJ, LN, NMG], NE_AGREEMENT)
located(NE_SIGNING, 'Event', '沈阳', NE_AGREEMENT)

# 6. Tianjin: a platform built and run by a named bureau goes online (the launch is an Event the bureau takes part in).
TJ = '天津市知识产权局'
TJ_PLATFORM = '“津知通”知识产权公共服务平台'
TJ_LAUNCH = '“津知通”知识产权公共服务平台上线'
inst(TJ, 'government')
region('天津市', 'city', find=TJ)
ent(D, 'Platform', TJ_PLATFORM, ['津知通', '津知通知识产权公共服务平台'], kind='online service', find='津知通')
ent(D, 'Event', TJ_LAUNCH, kind='launch', date='2025-05-15', find='津知通')
tj_services = outcome('可在线办理业务', '23', '项', '等23项业务', TJ)
rel(D, 'OPERATES', TJ, 'Institution', TJ_PLATFORM, 'Platform', '津知通')
rel(D, 'PARTICIPATED_IN', TJ, 'Institution', TJ_LAUNCH, 'Event', '津知通')
rel(D, 'PRODUCED', TJ_PLATFORM, 'Platform', tj_services, 'Outcome', '等23项业务')
located(TJ, 'Institution', '天津市', '津知通')

# 7. A Beijing court's second-instance judgment.
BJ = '北京知识产权法院'
BJ_CASE = f'{BJ}二审判决网络游戏著作权侵权及不正当竞争纠纷案'
inst(BJ, 'judicial')
region('北京', 'city', find=BJ)
ent(D, 'Event', BJ_CASE, ['网络游戏著作权侵权及不正当竞争纠纷案'], kind='case', date='2025-05-16', find='网络游戏著作权侵权')
bj_damages = outcome('赔偿经济损失', '500', '万元', '赔偿原告经济损失500万元', BJ)
rel(D, 'PARTICIPATED_IN', BJ, 'Institution', BJ_CASE, 'Event', '网络游戏著作权侵权')
rel(D, 'PRODUCED', BJ_CASE, 'Event', bj_damages, 'Outcome', '赔偿原告经济损失500万元')
located(BJ, 'Institution', '北京', '网络游戏著作权侵权')

# 8. Ningxia: a conference co-hosted by a regional bureau and a county government, held in 宁夏银川.
NX = '宁夏回族自治区市场监督管理局'
ZN = '中宁县人民政府'
NX_MEETING = '2025中国（宁夏）枸杞产业知识产权保护大会'
inst(NX, 'government')
inst(ZN, 'government')
region('宁夏回族自治区', 'province', find=NX, aliases=['宁夏'])
region('中宁县', 'district', find=ZN)
region('银川', 'city', find='在宁夏银川')
ent(D, 'Event', NX_MEETING, kind='meeting', date='2025-05-20', find='枸杞产业知识产权保护大会')
nx_projects = outcome('签约枸杞区域品牌授权使用项目', '9', '个', '授权使用项目9个', NX_MEETING)
for body in [NX, ZN]:
    rel(D, 'PARTICIPATED_IN', body, 'Institution', NX_MEETING, 'Event', '枸杞产业知识产权保护大会')
signed([NX, ZN], '枸杞产业知识产权保护大会')
rel(D, 'PRODUCED', NX_MEETING, 'Event', nx_projects, 'Outcome', '授权使用项目9个')
for x, t, r in [(NX_MEETING, 'Event', '银川'), (NX_MEETING, 'Event', '宁夏回族自治区'), (NX, 'Institution', '宁夏回族自治区'), (ZN, 'Institution', '中宁县')]:
    located(x, t, r, '枸杞产业知识产权保护大会')
# v2 Regions nest: 宁夏银川.
rel(D, 'PART_OF', '银川', 'Region', '宁夏回族自治区', 'Region', '在宁夏银川')

# 9. Tibet: a bureau issues a 办法.
XZ = '西藏自治区市场监督管理局'
XZ_RULES = '西藏自治区地理标志专用标志使用管理办法'
inst(XZ, 'government')
region('西藏自治区', 'province', find=XZ)
ent(D, 'Policy', XZ_RULES, [f'《{XZ_RULES}》'], kind='regulation')
rel(D, 'ISSUED', XZ, 'Institution', XZ_RULES, 'Policy', XZ_RULES)
located(XZ, 'Institution', '西藏自治区', XZ_RULES)

# 10. Shanxi: figures a bureau reports for its province (the province's figures, not an action's).
SX = '山西省市场监督管理局'
inst(SX, 'government')
region('山西省', 'province', find=SX, aliases=['全省'])
sx = [outcome('知识产权质押融资登记金额', '38.4', '亿元', '登记金额达38.4亿元', '山西省', period='2025年一季度'),
      outcome('知识产权质押融资登记金额同比增长', '52.6', '%', '同比增长52.6%', '山西省', period='2025年一季度', kind='change'),
      outcome('知识产权质押融资惠及企业', '416', '家', '惠及企业416家', '山西省', period='2025年一季度')]
for o, find in zip(sx, ['登记金额达38.4亿元', '同比增长52.6%', '惠及企业416家']):
    rel(D, 'MEASURED_IN', o, 'Outcome', '山西省', 'Region', find)
located(SX, 'Institution', '山西省', '登记金额达38.4亿元')

# 11. Gansu: a procuratorate and an IP office issue an opinion jointly; 双方将建立… makes both implement.
GS_P = '甘肃省人民检察院'
GS_IP = '甘肃省知识产权局'
GS_OPINION = '关于强化知识产权协同保护的意见'
inst(GS_P, 'judicial')
inst(GS_IP, 'government')
region('甘肃省', 'province', find=GS_P)
ent(D, 'Policy', GS_OPINION, [f'《{GS_OPINION}》'], kind='opinion')
ent(D, 'Measure', '行政执法与检察监督衔接机制', ['建立行政执法与检察监督衔接机制'], kind='action')
for body in [GS_P, GS_IP]:
    rel(D, 'ISSUED', body, 'Institution', GS_OPINION, 'Policy', GS_OPINION)
    rel(D, 'IMPLEMENTS', body, 'Institution', '行政执法与检察监督衔接机制', 'Measure', GS_OPINION)
    located(body, 'Institution', '甘肃省', GS_OPINION)
signed([GS_P, GS_IP], GS_OPINION)

# 12. A forum in Urumqi; CNIPA and the Uzbek office sign a memorandum during it (signatories take part in the forum too).
FORUM = '第二届中国—中亚知识产权合作论坛'
UZ = '乌兹别克斯坦知识产权局'
UZ_MOU = '知识产权领域合作谅解备忘录'
UZ_SIGNING = f'国家知识产权局与{UZ}签署《{UZ_MOU}》'
inst('国家知识产权局', 'government', find='论坛期间')
inst(UZ, 'government')
region('新疆', 'province', find='在新疆乌鲁木齐')
region('乌鲁木齐', 'city', find='在新疆乌鲁木齐')
region('乌兹别克斯坦', 'country', find=UZ)
ent(D, 'Event', FORUM, kind='forum', date='2025-05-26')
ent(D, 'Policy', UZ_MOU, [f'《{UZ_MOU}》'], kind='agreement')
ent(D, 'Event', UZ_SIGNING, kind='signing', date='2025-05', find=UZ_MOU)
for body in ['国家知识产权局', UZ]:
    rel(D, 'ISSUED', body, 'Institution', UZ_MOU, 'Policy', UZ_MOU)
    rel(D, 'PARTICIPATED_IN', body, 'Institution', UZ_SIGNING, 'Event', UZ_MOU)
    rel(D, 'PARTICIPATED_IN', body, 'Institution', FORUM, 'Event', '论坛期间')
signed(['国家知识产权局', UZ], UZ_MOU)
located(FORUM, 'Event', '乌鲁木齐', '在新疆乌鲁木齐')
located(FORUM, 'Event', '新疆', '在新疆乌鲁木齐')
located(UZ, 'Institution', '乌兹别克斯坦', UZ_MOU)
rel(D, 'PART_OF', '乌鲁木齐', 'Region', '新疆', 'Region', '在新疆乌鲁木齐')

# 13. Hebei: a branch centre unveiled in 河北雄安新区, built jointly by two named bodies (both OPERATE it).
XA_CENTRE = '河北省知识产权保护中心雄安分中心'
XA_LAUNCH = f'{XA_CENTRE}揭牌'
HB = '河北省市场监督管理局'
XA_ADMIN = '雄安新区管理委员会'
inst(HB, 'government')
inst(XA_ADMIN, 'government')
region('河北省', 'province', find=HB, aliases=['河北'])
region('雄安新区', 'zone', find='在河北雄安新区', aliases=['河北雄安新区'])
ent(D, 'Platform', XA_CENTRE, kind='service centre')
ent(D, 'Event', XA_LAUNCH, kind='launch', date='2025-05-28', find='揭牌')
for body in [HB, XA_ADMIN]:
    rel(D, 'OPERATES', body, 'Institution', XA_CENTRE, 'Platform', '揭牌')
signed([HB, XA_ADMIN], '揭牌')
for x, t, r in [(XA_CENTRE, 'Platform', '雄安新区'), (XA_CENTRE, 'Platform', '河北省'), (XA_LAUNCH, 'Event', '雄安新区'), (XA_LAUNCH, 'Event', '河北省'),
                (HB, 'Institution', '河北省'), (XA_ADMIN, 'Institution', '雄安新区')]:
    located(x, t, r, '揭牌')
rel(D, 'PART_OF', '雄安新区', 'Region', '河北省', 'Region', '揭牌')

# 14. Qinghai: a police department's named campaign and its figures.
QH = '青海省公安厅'
QH_CAMPAIGN = '“青盾护源”打击侵犯知识产权犯罪专项行动'
inst(QH, 'government')
region('青海省', 'province', find=QH)
ent(D, 'Policy', QH_CAMPAIGN, ['青盾护源打击侵犯知识产权犯罪专项行动'], kind='programme', find='青盾护源')
qh_cases = outcome('破获侵犯知识产权犯罪案件', '42', '起', '破获案件42起', QH)
qh_value = outcome('涉案金额', '2800', '万元', '涉案金额2800万元', QH)
rel(D, 'IMPLEMENTS', QH, 'Institution', QH_CAMPAIGN, 'Policy', '青盾护源')
for o in [qh_cases, qh_value]:
    rel(D, 'PRODUCED', QH_CAMPAIGN, 'Policy', o, 'Outcome', '青盾护源')
located(QH, 'Institution', '青海省', '青盾护源')

# 15. Jingdezhen: two associations sign an (unnamed) cooperation agreement and will each set up liaison points.
JDZ = '景德镇市手工制瓷行业协会'
IT = '意大利南部陶艺工坊联合会'
JDZ_SIGNING = f'{JDZ}与{IT}签署知识产权保护合作协议'
inst(JDZ, 'association')
inst(IT, 'association')
region('景德镇市', 'city', find=JDZ, aliases=['景德镇'])
region('意大利', 'country', find=IT)
ent(D, 'Event', JDZ_SIGNING, kind='signing', date='2025-05-30', find='签署知识产权保护合作协议')
ent(D, 'Platform', '维权联络点', ['互设维权联络点'], kind='station')
for body in [JDZ, IT]:
    rel(D, 'PARTICIPATED_IN', body, 'Institution', JDZ_SIGNING, 'Event', '签署知识产权保护合作协议')
    rel(D, 'OPERATES', body, 'Institution', '维权联络点', 'Platform', '互设维权联络点')
signed([JDZ, IT], '签署知识产权保护合作协议')
located(JDZ_SIGNING, 'Event', '景德镇市', '签署知识产权保护合作协议')
located(JDZ, 'Institution', '景德镇市', '签署知识产权保护合作协议')
located(IT, 'Institution', '意大利', '签署知识产权保护合作协议')

qa('hh-17', D, 'who_issued', YN_RULES, ['云南省市场监督管理局', '云南省财政厅'], '《云南省专利转化运用奖补资金管理办法》由哪些部门印发？',
   'Who issued Yunnan\'s patent commercialisation award fund measures?', YN_RULES)
qa('hh-18', D, 'cooperates', VN, [GX], '越南国家知识产权局与哪个机构签署了商标保护合作备忘录？',
   'With whom did Viet Nam\'s IP office sign the trademark memorandum?', GX_MOU)
qa('hh-19', D, 'who_implements', '跨区域知识产权执法协作机制', [HLJ, LN, NMG], '哪些机构将建立跨区域知识产权执法协作机制？',
   'Which offices will set up the cross-regional enforcement mechanism?', NE_AGREEMENT)
qa('hh-20', D, 'platforms_of', TJ, [TJ_PLATFORM, '津知通'], '天津市知识产权局建设运营了什么平台？',
   'Which platform does the Tianjin IP office build and run?', '津知通')
qa('hh-21', D, 'located_in', NX_MEETING, ['银川', '宁夏回族自治区', '宁夏'], '2025中国（宁夏）枸杞产业知识产权保护大会在哪里召开？',
   'Where was the 2025 Ningxia goji IP protection conference held?', '枸杞产业知识产权保护大会')
qa('hh-22', D, 'outcomes_of', CQ_CASE, [cq_damages, '2100万元'], '重庆市第一中级人民法院审理的电池管理系统专利案判赔多少？',
   'How much did the Chongqing court award in the battery-management patent case?', '共计2100万元')
qa('hh-23', D, 'events', '国家知识产权局', [FORUM, UZ_SIGNING], '国家知识产权局参加了哪些活动？',
   'Which events did CNIPA take part in?', '论坛期间')
qa('hh-24', D, 'search', None, ['38.4亿元'], '山西省一季度知识产权质押融资情况如何？',
   'How did IP pledge financing in Shanxi do in the first quarter?', '登记金额达38.4亿元')
