// Bodies named by role, the name-boundary check, and how they are kept apart across jurisdictions.
import { checkNameBoundary } from '../ingest/extract/boundary.ts';
import { roleRecognizer } from '../ingest/extract/entities/role.ts';
import { extract } from '../ingest/extract/index.ts';
import { analyzedDocument } from './helpers/documents.ts';

/** name[aliases] of each role body the recognizer finds in a sentence of a document titled `title`. */
function roles(sentence: string, title = '某某省专利条例'): string[] {
  const doc = analyzedDocument(`${title}\n${sentence}`);
  return roleRecognizer.recognize(doc, []).map((e) => (e.aliases.length ? `${e.name}[${e.aliases.join(',')}]` : e.name));
}

describe('role institutions', () => {
  test('a government at a level, and 省 alone is the jurisdiction’s own', () => {
    expect(roles('县级以上人民政府应当加强领导。省人民政府负责统筹。', '湖北省专利条例')).toEqual(['县级以上人民政府', '湖北省人民政府[省人民政府]']);
  });

  test('市 alone is a municipality’s own; other levels stay as written', () => {
    expect(roles('市和区（县）人民政府应当加强领导。', '上海市专利保护条例')).toEqual(['上海市人民政府[市人民政府]', '区（县）人民政府']);
    expect(roles('经设区的市人民政府决定，可以行使职权。', '浙江省专利条例')).toEqual(['设区的市人民政府']);
  });

  test('one department at several levels is one body per level', () => {
    expect(roles('省、设区的市和有条件的县（市、区）专利行政部门负责调解专利纠纷。', '浙江省专利条例')).toEqual([
      '浙江省专利行政部门[省专利行政部门]',
      '设区的市专利行政部门',
      '县（市、区）专利行政部门',
    ]);
  });

  test('a department named by its duty, under a government', () => {
    expect(roles('区（县）人民政府管理专利工作的部门开展有关工作。负责知识产权保护的主管部门应当受理投诉。')).toEqual([
      '区（县）人民政府管理专利工作的部门',
      '负责知识产权保护的主管部门',
    ]);
  });

  test('a list of departments is split, the shared head restored; a member that is a body keeps its name', () => {
    expect(roles('县级以上人民政府及财政、科技、经济和信息化等部门应当给予支持。文化、海关等部门依照职责做好工作。').sort()).toEqual(
      ['县级以上人民政府', '财政部门', '科技部门', '经济和信息化部门', '文化部门', '海关'].sort(),
    );
  });

  test('a role written without its level is the broadest-level role of its field when the text names one', () => {
    expect(roles('县级以上人民政府专利行政部门负责专利工作。专利行政部门应当建立专利信用档案。县级以上专利行政部门应当给予奖励。')).toEqual([
      '县级以上人民政府专利行政部门[专利行政部门,县级以上专利行政部门]',
    ]);
  });

  test('bodies whose role is their name, at every level; not as a modifier, not inside a proper name', () => {
    expect(roles('各级人民法院依法审理案件。公安机关依法查处。')).toEqual(['人民法院[各级人民法院]', '公安机关']);
    expect(roles('推行海关知识产权保护措施。', '某市知识产权工作要点')).toEqual([]);
    expect(roles('青溪县人民法院设立巡回审判点。', '青溪县知识产权工作总结')).toEqual([]);
  });

  test('vague roles and departments described by an adjective name no body', () => {
    expect(roles('有关部门应当配合。鼓励企业建立独立的知识产权管理部门。')).toEqual([]);
  });

  test('a place before a role makes it that place’s department', () => {
    expect(roles('浙江省专利行政部门应当建立平台。', '某某条例')).toEqual(['浙江省专利行政部门']);
  });
});

describe('name boundaries', () => {
  test.each([
    ['当事人向市知识产权局', '市知识产权局'],
    ['当事人未向人民法院', '人民法院'],
    ['期限内提交专利复审委员会', '专利复审委员会'],
    ['条省人民政府', '省人民政府'],
    ['六条知识产权主管部门', '知识产权主管部门'],
    ['市科技部门建设某某技术交易服务平台', '某某技术交易服务平台'],
  ])('%s starts inside a clause: the name is %s', (candidate, name) => {
    expect(checkNameBoundary(candidate)).toEqual({ ok: true, name, cut: candidate.length - name.length });
  });

  test('a name left generic or too short is refused; a sound name is kept whole', () => {
    expect(checkNameBoundary('情况纳入政府').ok).toBe(false);
    expect(checkNameBoundary('经济和信息化部门')).toEqual({ ok: true, name: '经济和信息化部门', cut: 0 });
    expect(checkNameBoundary('项目管理中心')).toEqual({ ok: true, name: '项目管理中心', cut: 0 });
    // A facility named after the verb it serves (投诉点, 举报中心) is no clause.
    expect(checkNameBoundary('商标纠纷投诉点')).toEqual({ ok: true, name: '商标纠纷投诉点', cut: 0 });
    expect(checkNameBoundary('侵权假冒举报中心')).toEqual({ ok: true, name: '侵权假冒举报中心', cut: 0 });
  });

  test('a preposition glued by the segmenter to a short form is cut in a document', () => {
    const { entities, dropped } = extract(analyzedDocument('某某市专利办法\n评议办法由市人民政府制定。'));
    expect(entities.filter((e) => e.label === 'Institution').map((e) => e.name)).not.toContain('由市人民政府');
    expect(JSON.stringify(dropped)).not.toContain('rejected');
  });
});
