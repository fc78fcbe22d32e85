#!/usr/bin/env python3
"""Candidate rewordings for the Chinese paraphrase probe (data/eval/para-zh.jsonl).

For each answerable Chinese lookup that passes on a baseline run (BASEDIR/<set>.json), find the
report terms the question shares with its gold quote and print candidate substitutes from data the
bot already carries: CC-CEDICT words sharing an English sense with the term, the thesaurus read in
reverse (report word -> asker's words), and 性/的/化 dropped or added. The candidates are for a
person to keep or throw away by hand; nothing here is written to the eval set.

usage: scripts/paraprobe.py BASEDIR > candidates.txt
"""
import glob, gzip, json, os, re, sys
from collections import defaultdict

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
base = sys.argv[1]

senses = defaultdict(set)   # word -> senses
bysense = defaultdict(set)  # sense -> words
with gzip.open(os.path.join(root, 'internal/cedict/cedict.tsv.gz'), 'rt') as f:
    for line in f:
        if line.startswith('#'):
            continue
        w, _, g = line.rstrip('\n').partition('\t')
        for s in re.split(r'[;/]', g):
            s = re.sub(r'\(.*?\)', '', s).strip().lower()
            if s and len(w) >= 2:
                senses[w].add(s)
                bysense[s].add(w)

rev = defaultdict(set)  # report word -> asker's words
for line in open(os.path.join(root, 'internal/zh/thesaurus/thesaurus.txt')):
    line = line.split('#')[0]
    op = '>' if '>' in line else '='
    if op not in line:
        continue
    l, r = (x.split() for x in line.split(op, 1))
    for w in r:
        rev[w].update(l)
    if op == '=':
        for w in l:
            rev[w].update(r)

def terms(q, gold):
    out = set()
    for n in (4, 3, 2):
        for i in range(len(q) - n + 1):
            w = q[i:i + n]
            if w in senses and any(w in g for g in gold):
                out.add(w)
    return sorted(out, key=len, reverse=True)

def cands(w):
    c = set(rev.get(w, ()))
    for s in senses.get(w, ()):
        if len(bysense[s]) < 12:
            c.update(x for x in bysense[s] if x != w)
    for suf in ('性', '的', '化'):
        c.add(w[:-1] if w.endswith(suf) else w + suf)
    return sorted(c)

sets = ['team'] + [os.path.basename(p)[:-6] for p in sorted(glob.glob(os.path.join(root, 'data/eval/heldout*-answers.jsonl')))]
for name in sets:
    res = {r['id']: r for r in json.load(open(os.path.join(base, name + '.json')))['results']}
    for line in open(os.path.join(root, 'data/eval', name + '.jsonl')):
        q = json.loads(line)
        r = res.get(q['id'], {})
        if q['lang'] != 'zh' or q['type'] != 'lookup' or not q.get('figure') or not r.get('pass') or r.get('refused'):
            continue
        for w in terms(q['q'], q['gold']):
            c = cands(w)
            if c:
                print(f"{name}\t{q['id']}\t{q['q']}\t{w}\t{' '.join(c)}")
