"""Reads every export of the sample back with a real client of its format."""
import csv
import json
import sys

import icalendar
import networkx
import rdflib

d = sys.argv[1]
g = networkx.read_graphml(d + '/out.graphml')
assert g.number_of_nodes() > 100 and g.number_of_edges() > 100, 'graphml'

query = """PREFIX schema: <https://schema.org/> PREFIX chr: <https://w3id.org/chronicle/vocab#>
SELECT ?name ?date WHERE { ?e chr:sets ?m . ?m schema:name ?l . FILTER(str(?l) = "五严五防")
  ?e schema:name ?name ; schema:startDate ?date }"""
for fmt, path in [('turtle', '/out.turtle'), ('json-ld', '/out.jsonld')]:
    r = rdflib.Graph()
    r.parse(d + path, format=fmt)
    rows = [(str(a), str(b)) for a, b in r.query(query)]
    assert rows == [('省委专题会议', '2020-01-26')], (fmt, rows)

cal = icalendar.Calendar.from_ical(open(d + '/out.ics', 'rb').read())
events = cal.walk('VEVENT')
assert len(events) >= 20, 'ics count'
assert any(str(e['SUMMARY']) == '省委专题会议' and str(e['DTSTART'].dt) == '2020-01-26' for e in events), 'ics event'

nodes = list(csv.DictReader(open(d + '/out-nodes.csv')))
rels = list(csv.DictReader(open(d + '/out-relationships.csv')))
ids = {n['id:ID'] for n in nodes}
assert all(r[':START_ID'] in ids and r[':END_ID'] in ids for r in rels), 'csv'

assert json.load(open(d + '/out.json'))['graph']['directed'] is True
html = open(d + '/out.html').read()
assert '<svg' in html and '五严五防' in html, 'html'
assert 'src="http' not in html and 'href="http' not in html, 'html loads nothing from the network'
mermaid = open(d + '/out.mermaid').read()
assert mermaid.startswith('timeline') and '2020-01-26 : 上午 省委专题会议' in mermaid, 'mermaid'
assert open(d + '/out.cypher').read().count('MERGE (n:Event') >= 20, 'cypher'
print('ok')
