from lib import *
D = '106_shandong_press_release.txt'
MEETING = '山东省2025年上半年知识产权工作新闻发布会'
SIGNING = '山东省知识产权局与中国银行山东省分行签署战略合作协议'
ent(D, 'Institution', '山东省人民政府新闻办公室', kind='government')
ent(D, 'Institution', '山东省市场监督管理局', kind='government', find='副局长王明')
ent(D, 'Institution', '山东省公安厅', kind='government')
ent(D, 'Institution', '济南海关', kind='government')
ent(D, 'Institution', '山东省知识产权局', kind='government')
ent(D, 'Institution', '中国银行山东省分行', kind='enterprise')
ent(D, 'Platform', '中国（山东）知识产权保护中心', kind='service centre')
ent(D, 'Platform', '中国（青岛）知识产权保护中心', kind='service centre')
ent(D, 'Policy', '“铁拳”行动', kind='programme', find='铁拳')
ent(D, 'Policy', '“鲁知贷”产品', ['鲁知贷'], kind='programme', find='鲁知贷')
ent(D, 'Policy', '山东省知识产权强省建设纲要（2021—2035年）', ['《山东省知识产权强省建设纲要（2021—2035年）》'], kind='plan', find='强省建设纲要')
ent(D, 'Policy', '国家知识产权强省建设试点省', kind='pilot')
ent(D, 'Region', '山东省', ['山东', '全省'], kind='province', find='全省知识产权工作情况')
ent(D, 'Region', '济南市', ['济南'], kind='city', find='济南市、青岛市')
ent(D, 'Region', '青岛市', ['青岛'], kind='city', find='济南市、青岛市')
ent(D, 'Region', '烟台市', kind='city')
ent(D, 'Event', MEETING, kind='meeting', date='2025-07-15', find=MEETING)
ent(D, 'Event', SIGNING, kind='signing', date='2025', find='签署战略合作协议')

def figure(indicator, value, unit, find, kind='actual', figure=None):
    name = f'{indicator}：{figure or value + unit}（2025年）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period='2025', subject='山东省', find=find)
    return name
grant = figure('发明专利授权量', '2.9', '万件', '授权量达到2.9万件')
growth = figure('发明专利授权量同比增长', '15.2', '%', '同比增长15.2%', kind='change')
valid = figure('有效发明专利拥有量', '21.6', '万件', '拥有量达到21.6万件')
# v2: a ranking is an outcome with the rank as value.
rank = figure('有效发明专利拥有量全国排名', '6', '位', '居全国第六位', figure='居全国第六位')
share = figure('济南市、青岛市、烟台市有效发明专利拥有量占全省比重', '62', '%', '占全省的62%')
cases = figure('查处商标侵权案件数', '860', '件', '查处商标侵权案件860件')
pre = figure('受理专利预审申请数', '5200', '件', '受理专利预审申请5200件')
cycle = figure('预审合格专利平均授权周期', '75', '天', '缩短至75天')
firms = figure('获得知识产权质押贷款的企业数', '1100', '家', '为1100家企业')
loans = figure('知识产权质押贷款金额', '96', '亿元', '质押贷款96亿元')
for name, find in [(grant, '授权量达到2.9万件'), (growth, '同比增长15.2%'), (valid, '拥有量达到21.6万件'), (rank, '居全国第六位'), (share, '占全省的62%'),
                   (pre, '受理专利预审申请5200件'), (cycle, '缩短至75天'), (firms, '为1100家企业'), (loans, '质押贷款96亿元')]:
    rel(D, 'MEASURED_IN', name, 'Outcome', '山东省', 'Region', find)
rel(D, 'PRODUCED', '“铁拳”行动', 'Policy', cases, 'Outcome', '查处商标侵权案件860件')
for centre in ['中国（山东）知识产权保护中心', '中国（青岛）知识产权保护中心']:
    rel(D, 'PRODUCED', centre, 'Platform', pre, 'Outcome', '受理专利预审申请5200件')
    rel(D, 'PRODUCED', centre, 'Platform', cycle, 'Outcome', '受理专利预审申请5200件')
rel(D, 'PRODUCED', '“鲁知贷”产品', 'Policy', firms, 'Outcome', '为1100家企业')
rel(D, 'PRODUCED', '“鲁知贷”产品', 'Policy', loans, 'Outcome', '为1100家企业')
# X联合Y、Z开展…: the lead implements, the others are partners (v2 COOPERATES_WITH).
rel(D, 'IMPLEMENTS', '山东省市场监督管理局', 'Institution', '“铁拳”行动', 'Policy', '铁拳')
# X与Y签署…，推出…: a joint subject, both implement (v2).
for body in ['山东省知识产权局', '中国银行山东省分行']:
    rel(D, 'IMPLEMENTS', body, 'Institution', '“鲁知贷”产品', 'Policy', '签署战略合作协议')
# The deputy director speaks for his bureau (v2: a person acting for a body makes the body the actor).
rel(D, 'IMPLEMENTS', '山东省市场监督管理局', 'Institution', '山东省知识产权强省建设纲要（2021—2035年）', 'Policy', '强省建设纲要')
rel(D, 'IMPLEMENTS', '山东省市场监督管理局', 'Institution', '国家知识产权强省建设试点省', 'Policy', '强省建设纲要')
rel(D, 'COOPERATES_WITH', '山东省市场监督管理局', 'Institution', '山东省公安厅', 'Institution', '铁拳')
rel(D, 'COOPERATES_WITH', '山东省市场监督管理局', 'Institution', '济南海关', 'Institution', '铁拳')
rel(D, 'COOPERATES_WITH', '山东省知识产权局', 'Institution', '中国银行山东省分行', 'Institution', '签署战略合作协议')
rel(D, 'PARTICIPATED_IN', '山东省人民政府新闻办公室', 'Institution', MEETING, 'Event', '举行新闻发布会')
rel(D, 'PARTICIPATED_IN', '山东省市场监督管理局', 'Institution', MEETING, 'Event', '副局长王明')
rel(D, 'PARTICIPATED_IN', '山东省知识产权局', 'Institution', SIGNING, 'Event', '签署战略合作协议')
rel(D, 'PARTICIPATED_IN', '中国银行山东省分行', 'Institution', SIGNING, 'Event', '签署战略合作协议')
for x, t, region, find in [('中国（山东）知识产权保护中心', 'Platform', '山东省', '受理专利预审申请'), ('中国（青岛）知识产权保护中心', 'Platform', '青岛市', '受理专利预审申请'),
                           ('山东省人民政府新闻办公室', 'Institution', '山东省', '举行新闻发布会'), ('山东省市场监督管理局', 'Institution', '山东省', '副局长王明'),
                           ('山东省公安厅', 'Institution', '山东省', '铁拳'), ('山东省知识产权局', 'Institution', '山东省', '签署战略合作协议'),
                           ('中国银行山东省分行', 'Institution', '山东省', '签署战略合作协议'), ('济南海关', 'Institution', '济南市', '铁拳'),
                           (MEETING, 'Event', '山东省', MEETING)]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)

qa('hc-1', D, 'who_implements', '“铁拳”行动', ['山东省市场监督管理局'], '谁牵头开展了“铁拳”行动？', 'Who led the Iron Fist campaign?', '铁拳')
qa('hc-9', D, 'cooperates', '山东省市场监督管理局', ['山东省公安厅', '济南海关'], '山东省市场监督管理局联合哪些机构开展“铁拳”行动？', 'With which bodies did the Shandong market regulator run the Iron Fist campaign?', '铁拳')
qa('hc-2', D, 'cooperates', '中国银行山东省分行', ['山东省知识产权局'], '中国银行山东省分行与哪个机构签署了战略合作协议？', 'With whom did the Bank of China Shandong branch sign?', '签署战略合作协议')
qa('hc-3', D, 'outcomes_of', '“鲁知贷”产品', ['知识产权质押贷款金额：96亿元（2025年）', '96亿元', '1100家'], '“鲁知贷”产品发放了多少贷款？', 'How much did the Luzhidai product lend?', '为1100家企业')
qa('hc-4', D, 'located_in', '中国（青岛）知识产权保护中心', ['青岛市', '青岛'], '中国（青岛）知识产权保护中心在哪里？', 'Where is the China (Qingdao) IP Protection Center?', '受理专利预审申请')
qa('hc-5', D, 'events', MEETING, ['2025-07-15', '7月15日'], '山东省上半年知识产权工作新闻发布会何时召开？', 'When was the press conference held?', '举行新闻发布会')
