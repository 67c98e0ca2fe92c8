"""Plays the clerk: fills in Clerk's minutes form of May 22, 2017 with python-docx, as a person would in Word.

Usage: python3 fill_form.py FORM.docx FILLED.docx

It marks attendance (drop-downs picked as Word picks them), adds a guest, types discussion, fills a motion,
copies an action block twice and fills both copies, deletes a decision block, types a paragraph outside any block,
reports on a task, and fills the next meeting and the adjournment.
"""
import copy
import sys

import docx
from docx.oxml.ns import qn

W_P, W_R, W_T, W_TBL, W_TR, W_TC = (qn('w:p'), qn('w:r'), qn('w:t'), qn('w:tbl'), qn('w:tr'), qn('w:tc'))

doc = docx.Document(sys.argv[1])
body = doc.element.body
style_names = {s.style_id: s.name for s in doc.styles}


def style_of(p):
    ppr = p.find(qn('w:pPr'))
    ps = None if ppr is None else ppr.find(qn('w:pStyle'))
    return None if ps is None else style_names.get(ps.get(qn('w:val')), ps.get(qn('w:val')))


def text_of(el):
    return ''.join(t.text or '' for t in el.iter(W_T))


def headings():
    return [p for p in body.iterchildren(W_P) if (style_of(p) or '').lower().startswith('heading')]


def blocks_after(heading_text):
    """The body elements after the item heading whose text is heading_text, up to the next heading."""
    out, on = [], False
    for el in body.iterchildren():
        if el.tag == W_P and (style_of(el) or '').lower().startswith('heading'):
            if on:
                break
            on = text_of(el).strip() == heading_text
            continue
        if on:
            out.append(el)
    assert out, 'no item ' + heading_text
    return out


def block(heading_text, title_style):
    for el in blocks_after(heading_text):
        if el.tag == W_TBL and any(style_of(p) == title_style for p in el.iter(W_P)):
            return el
    raise AssertionError(title_style + ' under ' + heading_text)


def cell_paragraph(table, field_style, nth=0):
    found = [p for p in table.iter(W_P) if style_of(p) == field_style]
    return found[nth]


def type_into(p, text):
    """Types text into an empty paragraph, as a person typing keeps the paragraph's style."""
    for r in list(p.iterchildren(W_R)):
        p.remove(r)
    r = p.makeelement(W_R, {})
    t = r.makeelement(W_T, {})
    t.text = text
    t.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    r.append(t)
    p.append(r)


def new_paragraph_after(p, text):
    q = copy.deepcopy(p)
    for child in list(q):
        if child.tag != qn('w:pPr'):
            q.remove(child)
    type_into(q, text)
    p.addnext(q)
    return q


def pick(p, choice):
    """Picks a choice of a drop-down list as Word does: the placeholder flag goes, the choice replaces the hint."""
    sdt = p.find(qn('w:sdt'))
    pr = sdt.find(qn('w:sdtPr'))
    flag = pr.find(qn('w:showingPlcHdr'))
    if flag is not None:
        pr.remove(flag)
    content = sdt.find(qn('w:sdtContent'))
    for r in list(content):
        content.remove(r)
    r = content.makeelement(W_R, {})
    t = r.makeelement(W_T, {})
    t.text = choice
    r.append(t)
    content.append(r)


def attendance_row(name):
    for tbl in body.iterchildren(W_TBL):
        for tr in tbl.iterchildren(W_TR):
            if any(style_of(p) == 'Form name' and text_of(p).strip() == name for p in tr.iter(W_P)):
                return tr
    raise AssertionError('no attendance row for ' + name)


# Attendance: statuses picked; a guest typed into an empty guest row.
for name, status in [('Saerom Choi', 'present'), ('Alan Guttirez', 'absent'), ('Minouche Kandel', 'present'),
                     ('Carol Leigh', 'excused'), ('Alix Lutnick', 'late'), ('Maggie McHale', 'present')]:
    pick([p for p in attendance_row(name).iter(W_P) if style_of(p) == 'Form status'][0], status)
for tbl in body.iterchildren(W_TBL):
    rows = [tr for tr in tbl.iterchildren(W_TR)
            if any(style_of(p) == 'Form name' and not text_of(p).strip() for p in tr.iter(W_P))]
    if rows:
        guest = rows[0]
        type_into([p for p in guest.iter(W_P) if style_of(p) == 'Form name'][0], 'Jane Roe')
        type_into([p for p in guest.iter(W_P) if style_of(p) == 'Form affiliation'][0], 'St. James Infirmary')
        break

# Discussion typed in two paragraphs.
discussion = cell_paragraph(block('Priorities for 2017', 'Form Discussion'), 'Form narrative')
type_into(discussion, 'The group reviewed the discussion draft of its priorities for 2017.')
new_paragraph_after(discussion, 'Members asked that data access stay the first priority.')

# A motion filled in.
motion = block('Approval of the minutes of March 27, 2017', 'Form Motion')
type_into(cell_paragraph(motion, 'Form motion text'), 'to approve the minutes of March 27, 2017')
type_into(cell_paragraph(motion, 'Form mover'), 'Alix Lutnick')
type_into(cell_paragraph(motion, 'Form seconder'), 'Saerom Choi')
pick(cell_paragraph(motion, 'Form result'), 'passed')
type_into(cell_paragraph(motion, 'Form ayes'), '4')
type_into(cell_paragraph(motion, 'Form noes'), '0')
type_into(cell_paragraph(motion, 'Form abstentions'), '1')

# An action block copied twice (copy and paste of the whole table), each copy filled in.
action = block('Priorities for 2017', 'Form Action')
first = copy.deepcopy(action)
second = copy.deepcopy(action)
action.addnext(first)
first.addnext(second)
for tbl, (task, owners, due) in [(first, ('Circulate the final list of priorities.', 'Minouche Kandel',
                                          'June 1, 2017')),
                                 (second, ('Draft a one-page summary of the data findings.',
                                           'Alix Lutnick and Saerom Choi', ''))]:
    type_into(cell_paragraph(tbl, 'Form task'), task)
    type_into(cell_paragraph(tbl, 'Form owners'), owners)
    if due:
        type_into(cell_paragraph(tbl, 'Form due'), due)

# A block deleted: the decision block of the introductions.
gone = block('Introductions', 'Form Decision')
gone.getparent().remove(gone)

# A paragraph typed outside any block, after the public comment discussion.
public = block('Public comment', 'Form Discussion')
outside = body.makeelement(W_P, {})
public.addnext(outside)
type_into(outside, 'Two members of the public spoke in support of the policy.')

# The review item: one task reported done.
for tbl in body.iterchildren(W_TBL):
    for tr in tbl.iterchildren(W_TR):
        if any(style_of(p) == 'Form update task' and text_of(p).strip() == '2017-03-27-1' for p in tr.iter(W_P)):
            pick([p for p in tr.iter(W_P) if style_of(p) == 'Form update status'][0], 'done')
            type_into([p for p in tr.iter(W_P) if style_of(p) == 'Form update note'][0],
                      'Commander McEachern was told on April 3.')

# The next meeting and the adjournment.
for tbl in body.iterchildren(W_TBL):
    ps = {style_of(p): p for p in tbl.iter(W_P)}
    if 'Form next date' in ps:
        type_into(ps['Form next date'], 'June 26, 2017')
        type_into(ps['Form proposedItems'], 'Budget for the summer brown bag')
    if 'Form end' in ps:
        type_into(ps['Form end'], '12:35 p.m.')

doc.save(sys.argv[2])
