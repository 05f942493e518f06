/// Generated graphs of any size with realistic proportions, for tests and benchmarks:
/// events on consecutive days at every level, each chaired by one of a pool of people,
/// attended by two more, some conveying an earlier event and some setting or
/// reiterating a measure. Labels are Chinese. Deterministic: the same size gives the
/// same graph.
public enum SyntheticGraph {
    public static func make(events count: Int, startingOn start: CalendarDate = CalendarDate(year: 2020, month: 1, day: 1)!) -> Graph {
        let document = DocumentID("d1")
        var graph = Graph(documents: [DocumentInfo(id: document, path: "synthetic.txt", date: start)])
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
        let given = Array("建国海明华军平文志强永春晓光丽红伟东")
        let levels = EventLevel.allCases
        let kinds: [String] = ["专题会议", "常务会议", "视频会议", "座谈会", "党组会", "领导小组会议"]
        let places = ["北京", "南昌", "太原", "郑州"]
        var offset = 0
        func evidence(_ text: String) -> [Evidence] {
            defer { offset += text.unicodeScalars.count + 1 }
            return [Evidence(document: document, offset: offset, length: text.unicodeScalars.count, text: text)]
        }
        let peopleCount = max(3, count / 4)
        var people: [NodeID] = []
        for i in 0..<peopleCount {
            let name = String(surnames[i % surnames.count]) + String(given[(i / surnames.count) % given.count])
                + (i >= surnames.count * given.count ? String(i) : "")
            let id = NodeID("p-" + name)
            graph.upsert(Node(id: id, label: name, type: .person, titles: ["书记"], evidence: evidence("书记\(name)")))
            people.append(id)
        }
        let measureCount = max(1, count / 10)
        var measures: [NodeID] = []
        let numerals = Array("一二三四五六七八九十")
        for i in 0..<measureCount {
            let label = "\(numerals[i % 10])严\(numerals[(i / 10) % 10])防" + (i >= 100 ? String(i) : "")
            let id = NodeID("m-" + label)
            graph.upsert(Node(id: id, label: label, type: .measure, category: "operational", evidence: evidence("“\(label)”")))
            measures.append(id)
        }
        var eventIDs: [NodeID] = []
        var measuresSet = Set<NodeID>()
        for i in 0..<count {
            let date = start.adding(days: i / 2)!
            let level = levels[i % levels.count]
            let name = "第\(i + 1)次" + kinds[i % kinds.count]
            let id = NodeID("e-\(date.iso)-\(name)")
            let sentence = "\(date.month!)月\(date.day!)日上午，召开\(name)。"
            graph.upsert(Node(
                id: id, label: name, type: .event, kind: .meeting, level: level, date: date,
                timeOfDay: i % 3 == 0 ? .morning : (i % 3 == 1 ? .afternoon : nil),
                properties: ["place": .string(places[i % places.count])],
                evidence: evidence(sentence)))
            graph.add(Edge(source: people[i % people.count], target: id, relation: .chairs, evidence: evidence(sentence)))
            graph.add(Edge(source: people[(i + 1) % people.count], target: id, relation: .attends, evidence: evidence(sentence)))
            graph.add(Edge(source: people[(i + 2) % people.count], target: id, relation: .attends, evidence: evidence(sentence)))
            if i >= 3, i % 3 == 0 {
                graph.add(Edge(source: id, target: eventIDs[i - 3], relation: .conveys, evidence: evidence(sentence)))
            }
            if i % 2 == 0 {
                let measure = measures[(i / 2) % measures.count]
                let relation: Relation = measuresSet.insert(measure).inserted ? .sets : .reiterates
                graph.add(Edge(source: id, target: measure, relation: relation, evidence: evidence(sentence)))
            }
            eventIDs.append(id)
        }
        return graph
    }
}
