from lib import *
D = '108_yuhang_summary.txt'
BUREAU = '余杭区市场监督管理局（余杭区知识产权局）'
ent(D, 'Institution', BUREAU, ['余杭区市场监督管理局', '余杭区知识产权局'], kind='government', find='围绕打造')
ent(D, 'Institution', '余杭区人民法院', kind='judicial')
ent(D, 'Platform', '杭州市余杭区知识产权保护工作站', kind='station')
ent(D, 'Platform', '余杭区知识产权公共服务平台', kind='platform')
ent(D, 'Region', '余杭区', ['杭州市余杭区', '全区'], kind='district', find='杭州市余杭区2024年')
ent(D, 'Region', '杭州市', kind='city', find='杭州市余杭区2024年')
ent(D, 'Region', '未来科技城', kind='zone', find='未来科技城获评')
ent(D, 'Region', '良渚街道', kind='district')
ent(D, 'Region', '浙江省', kind='province', find='浙江省知识产权示范园区')
ent(D, 'Policy', '国家知识产权示范企业', kind='pilot')
ent(D, 'Policy', '浙江省知识产权示范园区', kind='pilot')
ent(D, 'Measure', '“行政调解+司法确认”机制', kind='action', find='行政调解+司法确认')
ent(D, 'Event', '第三届余杭知识产权服务业发展大会', kind='meeting', date='2024-12-06')
# v2 Platforms: a station a body sets up with a partner.
ent(D, 'Platform', '知识产权巡回审判点', kind='station', find='设立知识产权巡回审判点')

def figure(indicator, value, unit, find, kind='actual', figure=None):
    name = f'{indicator}：{figure or value + unit}（2024年）'
    ent(D, 'Outcome', name, kind=kind, indicator=indicator, value=value, unit=unit, period='2024', subject='余杭区', find=find)
    return name
grant = figure('发明专利授权量', '4860', '件', '授权量4860件')
growth = figure('发明专利授权量同比增长', '9.1', '%', '同比增长9.1%', kind='change')
model = figure('新增国家知识产权示范企业数', '8', '家', '示范企业8家')
strong = figure('新增国家知识产权优势企业数', '21', '家', '优势企业21家')
mediated = figure('调解知识产权纠纷数', '430', '件', '调解知识产权纠纷430件')
served = figure('提供专利检索、预警分析服务次数', '2300余', '次', '2300余次')
for name, find in [(grant, '授权量4860件'), (growth, '同比增长9.1%'), (model, '示范企业8家'), (strong, '优势企业21家'), (mediated, '调解知识产权纠纷430件'), (served, '2300余次')]:
    rel(D, 'MEASURED_IN', name, 'Outcome', '余杭区', 'Region', find)
rel(D, 'PRODUCED', '“行政调解+司法确认”机制', 'Measure', mediated, 'Outcome', '调解知识产权纠纷430件')
rel(D, 'PRODUCED', '余杭区知识产权公共服务平台', 'Platform', served, 'Outcome', '2300余次')
rel(D, 'OPERATES', BUREAU, 'Institution', '杭州市余杭区知识产权保护工作站', 'Platform', '依托杭州市余杭区')
rel(D, 'OPERATES', BUREAU, 'Institution', '余杭区知识产权公共服务平台', 'Platform', '建成余杭区')
rel(D, 'IMPLEMENTS', BUREAU, 'Institution', '“行政调解+司法确认”机制', 'Measure', '行政调解+司法确认')
rel(D, 'COOPERATES_WITH', BUREAU, 'Institution', '余杭区人民法院', 'Institution', '联合余杭区人民法院')
# 联合余杭区人民法院…设立…: the summary's body (the implicit subject) sets it up; the court is its partner (v2).
rel(D, 'OPERATES', BUREAU, 'Institution', '知识产权巡回审判点', 'Platform', '联合余杭区人民法院')
rel(D, 'LOCATED_IN', '知识产权巡回审判点', 'Platform', '良渚街道', 'Region', '联合余杭区人民法院')
# The summary speaks for the bureau: a conference it reports held with no holder named is the bureau's (v2 Events).
rel(D, 'PARTICIPATED_IN', BUREAU, 'Institution', '第三届余杭知识产权服务业发展大会', 'Event', '服务业发展大会')
# v2 Regions nest: 杭州市余杭区 -> 余杭区 PART_OF 杭州市.
rel(D, 'PART_OF', '余杭区', 'Region', '杭州市', 'Region', '杭州市余杭区2024年')
for x, t, region, find in [('杭州市余杭区知识产权保护工作站', 'Platform', '余杭区', '依托杭州市余杭区'), ('杭州市余杭区知识产权保护工作站', 'Platform', '杭州市', '依托杭州市余杭区'),
                           ('余杭区知识产权公共服务平台', 'Platform', '余杭区', '建成余杭区'), (BUREAU, 'Institution', '余杭区', '围绕打造'),
                           ('余杭区人民法院', 'Institution', '余杭区', '联合余杭区人民法院'), ('第三届余杭知识产权服务业发展大会', 'Event', '余杭区', '服务业发展大会'),
                           ('第三届余杭知识产权服务业发展大会', 'Event', '未来科技城', '服务业发展大会')]:
    rel(D, 'LOCATED_IN', x, t, region, 'Region', find)

qa('hc-6', D, 'platforms_of', BUREAU, ['杭州市余杭区知识产权保护工作站', '余杭区知识产权公共服务平台'], '余杭区市场监督管理局依托和建成了哪些平台？', 'Which platforms does the Yuhang bureau run?', '建成余杭区')
qa('hc-7', D, 'outcomes_of', '“行政调解+司法确认”机制', ['调解知识产权纠纷数：430件（2024年）', '430件'], '“行政调解+司法确认”机制调解了多少纠纷？', 'How many disputes did the mechanism mediate?', '调解知识产权纠纷430件')
qa('hc-8', D, 'located_in', '第三届余杭知识产权服务业发展大会', ['未来科技城'], '第三届余杭知识产权服务业发展大会在哪里召开？', 'Where was the Yuhang IP services conference held?', '服务业发展大会')
