from lib import *
D = '102_zhejiang_report.txt'
ZJ_BUREAU = '浙江省市场监督管理局（浙江省知识产权局）'
ent(D, 'Institution', ZJ_BUREAU, ['浙江省市场监督管理局', '浙江省知识产权局'], kind='government', find='深入实施')
ent(D, 'Institution', '浙江省高级人民法院', kind='judicial')
ent(D, 'Institution', '杭州市中级人民法院', kind='judicial')
ent(D, 'Institution', '最高人民法院', kind='judicial', find='入选最高人民法院')
ent(D, 'Institution', '浙江省公安厅', kind='government')
ent(D, 'Institution', '宁波海关', kind='government')
ent(D, 'Institution', '中国人民银行浙江省分行', kind='government')
ent(D, 'Institution', '国家知识产权局', kind='government')
ent(D, 'Platform', '中国（浙江）知识产权保护中心', kind='service centre')
ent(D, 'Platform', '浙江知识产权在线', ['“浙江知识产权在线”平台'], kind='online service')
ent(D, 'Region', '浙江省', ['浙江'], kind='province', find='全省知识产权创造')
ent(D, 'Region', '杭州市', ['杭州'], kind='city', find='杭州市获批')
ent(D, 'Region', '宁波市', ['宁波'], kind='city', find='宁波海关')
ent(D, 'Policy', '知识产权强省战略', kind='programme')
ent(D, 'Policy', '知识产权协同保护合作备忘录', ['《知识产权协同保护合作备忘录》'], kind='agreement')
ent(D, 'Policy', '国家知识产权运营服务体系建设重点城市', kind='pilot')
ent(D, 'Policy', '最高人民法院年度典型案例', kind='programme')
ent(D, 'Policy', '“昆仑2024”专项行动', kind='programme', find='昆仑2024')
ent(D, 'Policy', '知识产权质押融资入园惠企行动', kind='programme')
# v2: an event is named who + what.
CASE = '杭州市中级人民法院审理某电商平台不正当竞争纠纷案'
ent(D, 'Event', CASE, ['某电商平台不正当竞争纠纷案'], kind='case', date='2024', find='不正当竞争纠纷案')
SIGNING = '浙江省知识产权局与浙江省高级人民法院签署《知识产权协同保护合作备忘录》'
ent(D, 'Event', SIGNING, kind='signing', date='2024-03-15', find='签署《知识产权协同保护合作备忘录》')
ent(D, 'Event', '2024浙江知识产权保护大会', kind='meeting', date='2024-11-08')

def outcome(indicator, value, unit, find, period='2024', kind='actual', subject='浙江省', figure=None):
    name = f'{indicator}：{figure or value + unit}（{period}{"年" if period[:2] == "20" else ""}）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period=period, subject=subject, find=find)
    return name
o = {}
o['grant'] = outcome('发明专利授权量', '6.1', '万件', '全年发明专利授权量6.1万件')
o['growth'] = outcome('发明专利授权量同比增长', '12.5', '%', '同比增长12.5%', kind='change')
o['valid'] = outcome('有效发明专利拥有量', '35.2', '万件', '拥有量达到35.2万件')
o['hv'] = outcome('每万人口高价值发明专利拥有量', '28.6', '件', '拥有量达到28.6件')
o['tm'] = outcome('商标注册量', '42.3', '万件', '全省商标注册量42.3万件')
o['tmvalid'] = outcome('有效注册商标量', '450', '万件', '突破450万件', figure='突破450万件')
o['cases'] = outcome('新收知识产权一审案件数', '3.8', '万件', '新收知识产权一审案件3.8万件', subject='浙江省高级人民法院')
o['closed'] = outcome('审结知识产权一审案件数', '3.6', '万件', '审结3.6万件', subject='浙江省高级人民法院')
o['crimes'] = outcome('破获侵犯知识产权犯罪案件数', '1200余', '起', '破获侵犯知识产权犯罪案件1200余起', subject='浙江省公安厅')
o['pre'] = outcome('受理专利预审案件数', '1.2', '万件', '受理专利预审案件1.2万件', subject='中国（浙江）知识产权保护中心')
o['cycle'] = outcome('发明专利授权周期', '3个月以内', '个月', '压缩至3个月以内', subject='中国（浙江）知识产权保护中心', figure='3个月以内')
o['goods'] = outcome('查获侵权嫌疑货物批次', '560', '批次', '查获侵权嫌疑货物560批次', subject='宁波海关')
o['transfer'] = outcome('专利转让许可次数', '5.8', '万次', '专利转让许可次数达到5.8万次')
o['pledge'] = outcome('知识产权质押融资金额', '1860', '亿元', '质押融资金额达到1860亿元')
o['grant23'] = outcome('发明专利授权量', '5.4', '万件', '发明专利授权量（万件）', period='2023')
o['valid23'] = outcome('有效发明专利拥有量', '30.1', '万件', '有效发明专利拥有量（万件）', period='2023')
o['hv23'] = outcome('每万人口高价值发明专利拥有量', '24.5', '件', '每万人口高价值发明专利拥有量（件）', period='2023')

# Counts of what a crackdown took down are the action's figures, not a region's (the dev gold's convention).
for key, name in o.items():
    if key in ('crimes', 'goods'): continue
    region = '浙江省'
    rel(D, 'MEASURED_IN', name, 'Outcome', region, 'Region', [e for e in E if e['name'] == name][0]['evidence'][:12])
rel(D, 'PRODUCED', '中国（浙江）知识产权保护中心', 'Platform', o['pre'], 'Outcome', '受理专利预审案件')
rel(D, 'PRODUCED', '中国（浙江）知识产权保护中心', 'Platform', o['cycle'], 'Outcome', '压缩至3个月以内')
rel(D, 'PRODUCED', '“昆仑2024”专项行动', 'Policy', o['crimes'], 'Outcome', '昆仑2024')
rel(D, 'PRODUCED', '知识产权质押融资入园惠企行动', 'Policy', o['pledge'], 'Outcome', '入园惠企行动')
rel(D, 'IMPLEMENTS', ZJ_BUREAU, 'Institution', '知识产权强省战略', 'Policy', '深入实施')
rel(D, 'IMPLEMENTS', '浙江省公安厅', 'Institution', '“昆仑2024”专项行动', 'Policy', '昆仑2024')
rel(D, 'IMPLEMENTS', ZJ_BUREAU, 'Institution', '知识产权质押融资入园惠企行动', 'Policy', '入园惠企行动')
rel(D, 'COOPERATES_WITH', ZJ_BUREAU, 'Institution', '浙江省高级人民法院', 'Institution', '签署《知识产权协同保护合作备忘录》')
rel(D, 'COOPERATES_WITH', ZJ_BUREAU, 'Institution', '中国人民银行浙江省分行', 'Institution', '入园惠企行动')
rel(D, 'PARTICIPATED_IN', ZJ_BUREAU, 'Institution', SIGNING, 'Event', '签署《知识产权协同保护合作备忘录》')
rel(D, 'PARTICIPATED_IN', '浙江省高级人民法院', 'Institution', SIGNING, 'Event', '签署《知识产权协同保护合作备忘录》')
rel(D, 'PARTICIPATED_IN', '国家知识产权局', 'Institution', '2024浙江知识产权保护大会', 'Event', '出席会议')
# The report speaks for the bureau: a conference it reports held without naming the holder is the bureau's (v2 Events).
rel(D, 'PARTICIPATED_IN', ZJ_BUREAU, 'Institution', '2024浙江知识产权保护大会', 'Event', '在杭州举行')
# v2 ISSUED: both signatories of a memorandum issue it.
for body in [ZJ_BUREAU, '浙江省高级人民法院']:
    rel(D, 'ISSUED', body, 'Institution', '知识产权协同保护合作备忘录', 'Policy', '签署《知识产权协同保护合作备忘录》')
rel(D, 'PARTICIPATED_IN', '杭州市中级人民法院', 'Institution', CASE, 'Event', '不正当竞争纠纷案')
rel(D, 'LOCATED_IN', '2024浙江知识产权保护大会', 'Event', '杭州市', 'Region', '在杭州举行')
rel(D, 'LOCATED_IN', '2024浙江知识产权保护大会', 'Event', '浙江省', 'Region', '在杭州举行')
for x, t, region, find in [(ZJ_BUREAU, 'Institution', '浙江省', '深入实施'), ('浙江省高级人民法院', 'Institution', '浙江省', '全年新收'),
                           ('杭州市中级人民法院', 'Institution', '杭州市', '不正当竞争纠纷案'), ('浙江省公安厅', 'Institution', '浙江省', '昆仑2024'),
                           ('宁波海关', 'Institution', '宁波市', '宁波海关'), ('中国人民银行浙江省分行', 'Institution', '浙江省', '入园惠企行动'),
                           ('中国（浙江）知识产权保护中心', 'Platform', '浙江省', '受理专利预审案件'), ('浙江知识产权在线', 'Platform', '浙江省', '上线运行')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)

qa('ho-10', D, 'who_implements', '“昆仑2024”专项行动', ['浙江省公安厅'], '谁组织开展了“昆仑2024”专项行动？', 'Who ran the Kunlun 2024 campaign?', '昆仑2024')
qa('ho-11', D, 'outcomes_of', '中国（浙江）知识产权保护中心', ['受理专利预审案件数：1.2万件（2024年）', '1.2万件', '发明专利授权周期：3个月以内（2024年）', '3个月以内'],
   '中国（浙江）知识产权保护中心取得了哪些成效？', 'What did the China (Zhejiang) IP Protection Center achieve?', '受理专利预审案件')
qa('ho-12', D, 'outcomes_of', '知识产权质押融资入园惠企行动', ['知识产权质押融资金额：1860亿元（2024年）', '1860亿元'],
   '知识产权质押融资入园惠企行动带来了多少融资？', 'How much pledge financing did the campaign bring?', '入园惠企行动')
qa('ho-13', D, 'cooperates', '浙江省高级人民法院', [ZJ_BUREAU, '浙江省知识产权局', '浙江省市场监督管理局'],
   '浙江省高级人民法院与哪个机构签署了协同保护合作备忘录？', 'With whom did the Zhejiang High Court sign the memorandum?', '签署《知识产权协同保护合作备忘录》')
qa('ho-14', D, 'events', SIGNING, ['2024-03-15', '3月15日'], '浙江省知识产权局与浙江省高级人民法院何时签署合作备忘录？', 'When was the memorandum signed?', '签署《知识产权协同保护合作备忘录》')
qa('ho-15', D, 'located_in', '2024浙江知识产权保护大会', ['杭州市', '杭州'], '2024浙江知识产权保护大会在哪里举行？', 'Where was the 2024 Zhejiang IP protection conference held?', '在杭州举行')
qa('ho-16', D, 'outcomes_of', '浙江省', ['每万人口高价值发明专利拥有量：28.6件（2024年）', '28.6件', '28.6'],
   '2024年浙江省每万人口高价值发明专利拥有量是多少？', 'How many high-value invention patents per 10,000 people did Zhejiang have in 2024?', '拥有量达到28.6件')
qa('ho-17', D, 'search', None, ['质押融资金额达到1860亿元'], '浙江知识产权质押融资规模有多大？', 'How large is IP pledge financing in Zhejiang?', '质押融资金额达到1860亿元')
qa('ho-18', D, 'search', None, ['破获侵犯知识产权犯罪案件1200余起'], '浙江打击侵犯知识产权犯罪成效如何？', 'How effective was Zhejiang against IP crime?', '1200余起')
